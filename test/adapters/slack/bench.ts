/**
 * A running Slack platform (the real startSlack and Bolt 5) against the local Slack fake, in HTTP
 * or Socket Mode, with a uniform way to send what Slack sends and to wait until it was handled:
 * `command("note good x")` resolves once the dispatcher finished with that delivery, so a test
 * reads the fake's records without sleeping.
 */
import { Writable } from "node:stream";
import { type RunningSlack, startSlack } from "../../../adapters/slack/index.js";
import type { Services } from "../../../src/app/services.js";
import { parseConfig } from "../../../src/config.js";
import type { Dispatcher } from "../../../src/edge.js";
import { healthRoutes } from "../../../src/health.js";
import { createLogger } from "../../../src/log.js";
import { PlatformRouter } from "../../../src/platforms.js";
import type { Store } from "../../../src/ports.js";
import { CallLog } from "../../support/call-log.js";
import { type FakeSlack, startFakeSlack } from "../../support/fake-slack.js";
import { createMemoryStore } from "../../support/memory-store.js";
import { MovableClock, TEST_SECRET } from "../../support/recording-responder.js";
import {
  blockActionPayload,
  eventCallbackPayload,
  fakeTriggerId,
  SLACK_DEFAULTS,
  type SlashCommandFields,
  viewSubmissionPayload,
} from "../../support/slack-payloads.js";
import {
  interactionBody,
  type SlackBody,
  signedPost,
  slashCommandBody,
} from "../../support/slack-request.js";

export const SIGNING_SECRET = "afterchat-test-signing-secret";
export type Mode = "http" | "socket";

export interface BenchOptions {
  mode: Mode;
  /** The dispatcher to drive; receives the bench's services (default: a recording one). */
  dispatcher: (services: Services) => Dispatcher;
  store?: Store;
  now?: Date;
  importMaxBytes?: number;
  /** More environment for the configuration (WORK_QUEUE_SIZE...). */
  env?: Record<string, string>;
}

interface Finished {
  kind: "command" | "action" | "form";
  requestKey: string;
}

/** Wraps a dispatcher so tests can wait for one delivery to be fully handled. */
function tracked(inner: Dispatcher, finished: CallLog<Finished>): Dispatcher {
  const after = (kind: Finished["kind"], requestKey: string) => () => finished.record({ kind, requestKey });
  return {
    command: (a, c, r) => inner.command(a, c, r).finally(after("command", a.requestKey)),
    commandText: (a, t, r) => inner.commandText(a, t, r).finally(after("command", a.requestKey)),
    action: (a, e, r) => inner.action(a, e, r).finally(after("action", a.requestKey)),
    form: (a, s, r) => inner.form(a, s, r).finally(after("form", a.requestKey)),
    home: (a, s) => inner.home(a, s),
    threadMessage: (m) => inner.threadMessage(m),
  };
}

export interface Who {
  team?: string;
  teamDomain?: string;
  user?: string;
  channel?: string;
}

export async function startBench(options: BenchOptions) {
  const fake = await startFakeSlack();
  answerFilesList(fake);
  const clock = new MovableClock(options.now ?? new Date("2026-03-03T20:00:00Z"));
  const store = options.store ?? createMemoryStore({ clock });
  const logs = new CallLog<Record<string, unknown>>((l) => JSON.stringify(l));
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) logs.record(JSON.parse(line));
      done();
    },
  });
  const log = createLogger({ level: "debug", destination: sink });
  const platforms = new PlatformRouter();
  const services: Services = {
    store,
    clock,
    platforms,
    log,
    secret: TEST_SECRET,
    liveSource: () => null,
    importMaxBytes: options.importMaxBytes ?? 50 * 1024 * 1024,
  };
  const finished = new CallLog<Finished>((f) => `${f.kind} ${f.requestKey}`);
  const dispatcher = tracked(options.dispatcher(services), finished);
  const config = parseConfig({
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    ...(options.mode === "socket" ? { SLACK_APP_TOKEN: "xapp-1-test-token" } : {}),
    SLACK_API_URL: fake.url,
    PORT: "0",
    HOST: "127.0.0.1",
    ...options.env,
  });
  const routes = healthRoutes(() => ({ database: () => store.ping(), slack: () => running.ready() }));
  const running: RunningSlack = await startSlack(
    { config, services, dispatcher, routes, log },
    config.slack!,
    {
      retryConfig: { retries: 0 },
    },
  );
  platforms.register(running.platform);
  const others: RunningSlack[] = [];

  /** Sends a raw interaction payload the way the mode does (signed HTTP or a Socket Mode envelope). */
  async function sendInteraction(
    payload: Record<string, unknown>,
    extra: Partial<SlackBody & { retryNum: number }> = {},
  ) {
    if (options.mode === "socket") {
      const ack = await fake.socket.sendInteraction(payload);
      return { status: 200, ack, body: ack.payload ?? null };
    }
    const res = await signedPost(running.url!, {
      ...interactionBody(payload),
      secret: SIGNING_SECRET,
      ...extra,
    });
    const text = await res.text();
    return {
      status: res.status,
      ack: null,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : null,
    };
  }

  function where(who: Who) {
    return {
      team: who.team ?? SLACK_DEFAULTS.teamId,
      domain: who.teamDomain ?? SLACK_DEFAULTS.teamDomain,
      user: who.user ?? SLACK_DEFAULTS.userId,
      channel: who.channel ?? SLACK_DEFAULTS.channelId,
    };
  }

  return {
    fake,
    running,
    services,
    store,
    clock,
    logs,
    finished,
    /** `/afterchat <text>`; resolves once dispatched. `responses()` are the posts to its response_url. */
    async command(text: string, who: Who = {}, fields: SlashCommandFields = {}) {
      const w = where(who);
      const triggerId = fields.trigger_id ?? fakeTriggerId();
      const responseId = `cmd-${triggerId}`;
      const all: SlashCommandFields = {
        team_id: w.team,
        team_domain: w.domain,
        user_id: w.user,
        channel_id: w.channel,
        text,
        trigger_id: triggerId,
        response_url: fake.responseUrl(responseId),
        ...fields,
      };
      let status = 200;
      if (options.mode === "socket") await fake.socket.sendSlashCommand(all);
      else
        status = (await signedPost(running.url!, { ...slashCommandBody(all), secret: SIGNING_SECRET }))
          .status;
      if (status === 200)
        await finished.waitFor((f) => f.requestKey === triggerId, 15_000, `command ${text}`);
      return {
        status,
        triggerId,
        responses: () => fake.responses.filter((r) => r.id === responseId).map((r) => r.body),
      };
    },
    /** A click on a rendered element (action_id as rendered, value); resolves once dispatched. */
    async click(element: Record<string, unknown>, who: Who = {}, message?: { ts: string; channel?: string }) {
      const w = where(who);
      const triggerId = fakeTriggerId();
      const responseId = `act-${triggerId}`;
      const payload = blockActionPayload({
        team: { id: w.team, domain: w.domain },
        user: { id: w.user, username: "u", name: "u", team_id: w.team },
        trigger_id: triggerId,
        channel: { id: message?.channel ?? w.channel, name: "chat" },
        container: {
          type: "message",
          message_ts: message?.ts ?? "1700000000.000100",
          channel_id: message?.channel ?? w.channel,
          is_ephemeral: false,
        },
        response_url: fake.responseUrl(responseId),
        actions: [{ block_id: "b", action_ts: "1700000001.000200", ...element }],
      });
      const { status } = await sendInteraction(payload);
      if (status === 200) await finished.waitFor((f) => f.requestKey === triggerId, 5000, "a click");
      return {
        status,
        triggerId,
        responses: () => fake.responses.filter((r) => r.id === responseId).map((r) => r.body),
      };
    },
    /** A click on the App Home tab: a view container, no channel, no response_url. */
    async clickInHome(element: Record<string, unknown>, who: Who = {}) {
      const w = where(who);
      const triggerId = fakeTriggerId();
      const payload = blockActionPayload({
        team: { id: w.team, domain: w.domain },
        user: { id: w.user, username: "u", name: "u", team_id: w.team },
        trigger_id: triggerId,
        container: { type: "view", view_id: "V0HOME0001" },
        view: { id: "V0HOME0001", type: "home" },
        channel: undefined,
        message: undefined,
        response_url: undefined,
        actions: [{ block_id: "b", action_ts: "1700000001.000200", ...element }],
      });
      const { status } = await sendInteraction(JSON.parse(JSON.stringify(payload)));
      if (status === 200)
        await finished.waitFor((f) => f.requestKey === triggerId, 5000, "a click in the App Home");
      return { status, triggerId };
    },
    /** Submits a modal as Slack would, from the view our views.open call sent; resolves once dispatched. */
    async submit(
      view: Record<string, unknown>,
      /** Text typed by field id, or a raw input state (`{ type: "static_select", selected_option }`). */
      values: Record<string, string | Record<string, unknown>>,
      who: Who = {},
      viewId?: string,
    ) {
      const w = where(who);
      const id = viewId ?? `V${fakeTriggerId().replace(/\W/g, "")}`;
      const state = {
        values: Object.fromEntries(
          Object.entries(values).map(([k, v]) => [
            k,
            { [k]: typeof v === "string" ? { type: "plain_text_input", value: v } : v },
          ]),
        ),
      };
      const payload = viewSubmissionPayload(
        {
          team: { id: w.team, domain: w.domain },
          user: { id: w.user, username: "u", name: "u", team_id: w.team },
        },
        { ...view, id, team_id: w.team, state },
      );
      const { status, body } = await sendInteraction(payload);
      if (status === 200) await finished.waitFor((f) => f.requestKey === id, 5000, "a submission");
      /** `ack`: what the submission's acknowledgement carried (`response_action: "errors"`...), or null. */
      return { status, viewId: id, payload, ack: body };
    },
    /** app_home_opened; resolves with the views.publish call it caused. */
    async homeOpened(who: Who = {}) {
      const w = where(who);
      const before = fake.calls("views.publish").length;
      const event = { type: "app_home_opened", user: w.user, channel: "D0FAKE0009", tab: "home" };
      const payload = eventCallbackPayload(event, { team_id: w.team });
      if (options.mode === "socket") await fake.socket.sendEvent(payload);
      else
        await signedPost(running.url!, {
          body: JSON.stringify(payload),
          contentType: "application/json",
          secret: SIGNING_SECRET,
        });
      return fake.waitFor("views.publish", () => fake.calls("views.publish").length > before, 5000);
    },
    sendInteraction,
    /** A second bot process on the same store and fake (HTTP), as when several processes share a database. */
    async startAnother(): Promise<RunningSlack> {
      const other = await startSlack({ config, services, dispatcher, routes, log }, config.slack!, {
        retryConfig: { retries: 0 },
      });
      others.push(other);
      return other;
    },
    async stop() {
      for (const other of others) await other.stop();
      await running.stop();
      await fake.close();
    },
  };
}

export type Bench = Awaited<ReturnType<typeof startBench>>;

/**
 * files.list is not among the fake's defaults: answer it from the files tests shared with
 * fake.addFile, newest first, filtered by channel and user as Slack does.
 * @see https://docs.slack.dev/reference/methods/files.list
 */
function answerFilesList(fake: FakeSlack): void {
  fake.answer("files.list", (args, ws) => {
    const files = [...ws.files.values()]
      .filter((f) => f.source === "shared")
      .filter((f) => !args.channel || f.channel === args.channel)
      .filter((f) => !args.user || f.user === args.user)
      .reverse();
    return {
      files: files.map((f) => ws.fileObject(f)),
      paging: { count: 20, total: files.length, page: 1, pages: 1 },
    };
  });
}
