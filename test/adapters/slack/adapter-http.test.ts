/**
 * The Slack adapter in HTTP mode, real Bolt 5 against the Slack fake, with a recording dispatcher:
 * what the adapter hands the core, and how the core's answers reach Slack.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectedText } from "../../../src/app/reply-error.js";
import { AfterchatError } from "../../../src/errors.js";
import { translator } from "../../../src/i18n/index.js";
import { sentence } from "../../../src/render/message.js";
import { SLACK_DEFAULTS } from "../../support/slack-payloads.js";
import { signedPost, slashCommandBody } from "../../support/slack-request.js";
import { type Bench, SIGNING_SECRET, startBench } from "./bench.js";
import { RecordingDispatcher } from "./recording-dispatcher.js";

const T = SLACK_DEFAULTS.teamId;
let bench: Bench;
let dispatcher: RecordingDispatcher;

beforeAll(async () => {
  dispatcher = new RecordingDispatcher();
  bench = await startBench({ mode: "http", dispatcher: () => dispatcher });
});
afterAll(async () => bench?.stop());
beforeEach(() => {
  dispatcher.received.length = 0;
  dispatcher.errors.length = 0;
  dispatcher.script = async () => {};
});

describe("GIVEN a signed /afterchat command", () => {
  it("THEN the core gets the text with neutral mentions and a Caller for this team, user and channel", async () => {
    bench.fake.users.set("U0FAKE0001", { locale: "fr-FR" });
    const sent = await bench.command("task <@U0SAM|sam> write the recap", { user: "U0FAKE0001" });

    expect(sent.status).toBe(200);
    const got = dispatcher.received[0];
    expect(got).toMatchObject({
      kind: "commandText",
      text: "task <@slack:T0FAKE0001:U0SAM> write the recap",
    });
    expect(got?.actor).toMatchObject({
      userRef: `slack:${T}:U0FAKE0001`,
      channel: `slack:${T}:C0FAKE0001`,
      locales: ["fr-FR"],
      isAdmin: false,
      requestKey: sent.triggerId,
      workspace: { platform: "slack", externalId: T, name: SLACK_DEFAULTS.teamDomain },
    });
  });

  it("THEN a reply reaches the response_url as Block Kit, ephemeral or in the channel", async () => {
    dispatcher.script = async (_r, responder) => {
      await responder.reply(sentence("Only **you** see this"), { ephemeral: true });
      await responder.reply(sentence("Everyone sees [this](https://example.org)"));
    };
    const sent = await bench.command("help");

    expect(sent.responses()).toEqual([
      {
        response_type: "ephemeral",
        replace_original: false,
        text: "Only you see this",
        blocks: [{ type: "section", text: { type: "mrkdwn", text: "Only *you* see this" } }],
      },
      {
        response_type: "in_channel",
        replace_original: false,
        text: "Everyone sees this",
        blocks: [
          { type: "section", text: { type: "mrkdwn", text: "Everyone sees <https://example.org|this>" } },
        ],
      },
    ]);
  });

  it("THEN the user's language is read once per hour, not on every command", async () => {
    bench.fake.users.set("U0CACHE01", { locale: "en-GB" });
    const before = bench.fake.calls("users.info").filter((c) => c.args.user === "U0CACHE01").length;
    await bench.command("help", { user: "U0CACHE01" });
    await bench.command("help", { user: "U0CACHE01" });

    const calls = bench.fake.calls("users.info").filter((c) => c.args.user === "U0CACHE01");
    expect(calls.length - before).toBe(1);
    expect(calls[0]?.args.include_locale).toBe("true");
  });

  it("THEN a workspace admin or owner acts as admin", async () => {
    bench.fake.users.set("U0OWNER01", { is_owner: true });
    await bench.command("help", { user: "U0OWNER01" });
    expect(dispatcher.received[0]?.actor.isAdmin).toBe(true);
  });

  it("THEN a defer shows its progress line to the requester only, and a form opens with the trigger_id, in their language", async () => {
    dispatcher.script = async (_r, responder) => {
      await responder.openForm({ id: "note.new", state: "s1", title: "Notes", submit: "Save", fields: [] });
      await responder.defer({ progress: "Importing…" });
    };
    bench.fake.users.set("U0FORMFR01", { locale: "fr-FR" });
    const sent = await bench.command("note", { user: "U0FORMFR01" });

    const open = bench.fake.calls("views.open").at(-1);
    expect(open?.args.trigger_id).toBe(sent.triggerId);
    expect(open?.args.view).toMatchObject({
      type: "modal",
      callback_id: "afterchat.form",
      close: { type: "plain_text", text: "Annuler" },
    });
    expect(sent.responses()).toEqual([
      expect.objectContaining({ response_type: "ephemeral", text: "Importing…" }),
    ]);
  });

  it("THEN an in-channel reply with a file is posted, and the file uploaded in its thread", async () => {
    dispatcher.script = async (_r, responder) =>
      responder.reply({
        ...sentence("Export ready"),
        files: [
          { name: "notes.csv", title: "Notes", mime: "text/csv", bytes: new TextEncoder().encode("a,b\r\n") },
        ],
      });
    await bench.command("export notes", { channel: "C0EXPORT01" });

    const posted = bench.fake.messages().find((m) => m.channel === "C0EXPORT01");
    const upload = bench.fake.uploads().find((u) => u.channel === "C0EXPORT01");
    expect(posted?.text).toBe("Export ready");
    expect(upload).toMatchObject({ filename: "notes.csv", title: "Notes", thread_ts: posted?.ts });
    expect(upload?.bytes.toString()).toBe("a,b\r\n");
  });

  it("THEN an ephemeral reply with a file says so, and the file goes to the user's DM", async () => {
    dispatcher.script = async (_r, responder) =>
      responder.reply(
        {
          ...sentence("Your export"),
          files: [{ name: "t.csv", title: "Tasks", mime: "text/csv", bytes: new Uint8Array([65]) }],
        },
        { ephemeral: true },
      );
    const sent = await bench.command("export tasks", { user: "U0DM000001" });

    expect(JSON.stringify(sent.responses())).toContain("direct messages with afterchat");
    const dm = bench.fake.calls("conversations.open").find((c) => c.args.users === "U0DM000001");
    const dmChannel = (dm!.response.channel as { id: string }).id;
    expect(bench.fake.uploads().find((u) => u.channel === dmChannel)?.filename).toBe("t.csv");
  });

  it("WHEN Slack refuses the post (channel_not_found) THEN the core gets platform_refused naming the channel, said in the user's language", async () => {
    bench.fake.users.set("U0FR000001", { locale: "fr-FR" });
    bench.fake.failNext("chat.postMessage", { error: "channel_not_found" });
    dispatcher.script = async (_r, responder) =>
      responder.reply({
        ...sentence("x"),
        files: [{ name: "a.csv", title: "A", mime: "text/csv", bytes: new Uint8Array([1]) }],
      });
    await bench.command("export notes", { user: "U0FR000001" });

    const error = dispatcher.errors[0];
    expect(error).toBeInstanceOf(AfterchatError);
    expect((error as AfterchatError).code).toBe("platform_refused");
    expect((error as AfterchatError).params.detailKey).toBe("slack.refused.channel_not_found");
    const fr = translator("fr");
    const channel = (error as AfterchatError).params.channel as string;
    expect(channel).toMatch(new RegExp(`^<#slack:${T}:C\\w+>$`));
    expect(expectedText(fr, error as AfterchatError)).toContain(
      fr.t("slack.refused.channel_not_found", { channel }),
    );
    const logged = JSON.stringify(bench.logs.all);
    expect(logged).toContain("channel_not_found");
    expect(logged).not.toContain("xoxb-test-token");
  });

  it("WHEN the response_url is gone THEN the ephemeral reply falls back to chat.postEphemeral", async () => {
    bench.fake.failNext("response_url", { status: 404 });
    dispatcher.script = async (_r, responder) => responder.reply(sentence("still told"), { ephemeral: true });
    await bench.command("help", { user: "U0LATE0001", channel: "C0LATE0001" });

    const ephemeral = bench.fake.calls("chat.postEphemeral").at(-1);
    expect(ephemeral?.args).toMatchObject({ channel: "C0LATE0001", user: "U0LATE0001", text: "still told" });
  });

  it("WHEN the same signed request is replayed (x-slack-retry-num) THEN it is dispatched once", async () => {
    const body = slashCommandBody({
      text: "note good same",
      trigger_id: "1337.42.replay01",
      response_url: bench.fake.responseUrl("rp"),
    });
    const first = await signedPost(bench.running.url!, { ...body, secret: SIGNING_SECRET });
    await bench.finished.waitFor((f) => f.requestKey === "1337.42.replay01", 5000, "the first delivery");
    const again = await signedPost(bench.running.url!, {
      ...body,
      secret: SIGNING_SECRET,
      retryNum: 1,
      retryReason: "http_timeout",
    });
    await bench.logs.waitFor(
      (l) => l.msg === "Slack delivery already handled: dropped" && l.retryNum === 1,
      5000,
      "the drop",
    );

    expect([first.status, again.status]).toEqual([200, 200]);
    expect(dispatcher.received.filter((r) => r.actor.requestKey === "1337.42.replay01")).toHaveLength(1);
  });
});

describe("GIVEN requests that are not from Slack", () => {
  it.each([
    ["unsigned", { unsigned: true }],
    ["forged", { signature: "v0=0123456789abcdef" }],
    ["stale (6 minutes old)", { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }],
    ["signed with another secret", { secret: "not-our-secret" }],
  ])("WHEN %s THEN 401 and nothing reaches the core", async (_label, tamper) => {
    const res = await signedPost(bench.running.url!, {
      ...slashCommandBody({ text: "note good forged" }),
      secret: SIGNING_SECRET,
      ...tamper,
    });

    expect(res.status).toBe(401);
    expect(dispatcher.received).toEqual([]);
  });
});

describe("GIVEN the health routes on the Bolt server", () => {
  it("THEN /healthz and /readyz answer beside /slack/events", async () => {
    const health = await fetch(`${bench.running.url}/healthz`);
    const ready = await fetch(`${bench.running.url}/readyz`);

    expect(health.status).toBe(200);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ready: true, checks: { database: true, slack: true } });
    expect(bench.running.servesHttp).toBe(true);
  });
});
