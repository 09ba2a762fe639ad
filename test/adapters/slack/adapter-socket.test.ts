/** The Slack adapter in Socket Mode: the same listeners behind Bolt's SocketModeReceiver and the fake's WebSocket. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { sentence } from "../../../src/render/message.js";
import { SLACK_DEFAULTS, slashCommandPayload } from "../../support/slack-payloads.js";
import { type Bench, startBench } from "./bench.js";
import { RecordingDispatcher } from "./recording-dispatcher.js";

const T = SLACK_DEFAULTS.teamId;
let bench: Bench;
let dispatcher: RecordingDispatcher;

beforeAll(async () => {
  dispatcher = new RecordingDispatcher();
  bench = await startBench({ mode: "socket", dispatcher: () => dispatcher });
});
afterAll(async () => bench?.stop());
beforeEach(() => {
  dispatcher.received.length = 0;
  dispatcher.script = async () => {};
});

describe("GIVEN Socket Mode", () => {
  it("THEN it connected with the app token, is ready, and leaves the health routes to the plain server", () => {
    expect(bench.fake.calls("apps.connections.open").map((c) => c.token)).toEqual(["xapp-1-test-token"]);
    expect(bench.running.ready()).toBe(true);
    expect(bench.running.servesHttp).toBe(false);
    expect(bench.running.url).toBeNull();
  });

  it("WHEN a slash command envelope arrives THEN it is acked and the core answers through the response_url", async () => {
    bench.fake.users.set("U0SOCKET01", { locale: "fr-CA" });
    dispatcher.script = async (_r, responder) =>
      responder.reply(sentence("**Bonjour**"), { ephemeral: true });
    const sent = await bench.command("aide", { user: "U0SOCKET01" });

    expect(dispatcher.received[0]).toMatchObject({
      kind: "commandText",
      text: "aide",
      actor: { locales: ["fr-CA"], userRef: `slack:${T}:U0SOCKET01`, requestKey: sent.triggerId },
    });
    expect(sent.responses()).toEqual([
      expect.objectContaining({ response_type: "ephemeral", text: "Bonjour" }),
    ]);
    expect(bench.fake.socket.acks.all.length).toBeGreaterThan(0);
  });

  it("WHEN a button click arrives THEN the ActionEvent reaches the core", async () => {
    await bench.click({ type: "button", action_id: "task.done", value: "t1:c" });
    expect(dispatcher.received[0]).toMatchObject({
      kind: "action",
      event: { action: "task.done", value: "t1:c" },
    });
  });

  it("WHEN a modal is submitted THEN the FormSubmission reaches the core", async () => {
    const view = {
      callback_id: "afterchat.form",
      private_metadata: JSON.stringify({ f: "setup", s: "", c: "C0SOCK0001" }),
    };
    await bench.submit(view, { hashtag: "kpop" });
    expect(dispatcher.received[0]).toMatchObject({
      kind: "form",
      submission: { formId: "setup", values: { hashtag: "kpop" } },
      actor: { channel: `slack:${T}:C0SOCK0001` },
    });
  });

  it("WHEN the App Home is opened THEN the tab is published for that user", async () => {
    const call = await bench.homeOpened({ user: "U0HOME0001" });
    expect(call.args).toMatchObject({ user_id: "U0HOME0001", view: { type: "home" } });
  });

  it("WHEN Slack redelivers an envelope (retry_attempt 1) THEN the core gets it once", async () => {
    const payload = slashCommandPayload({
      text: "help",
      trigger_id: "1337.42.sockretry",
      response_url: bench.fake.responseUrl("sr"),
    });
    await bench.fake.socket.send({ type: "slash_commands", accepts_response_payload: true, payload });
    await bench.finished.waitFor((f) => f.requestKey === "1337.42.sockretry", 5000, "first");
    await bench.fake.socket.send({
      type: "slash_commands",
      accepts_response_payload: true,
      retry_attempt: 1,
      payload,
    });
    await bench.logs.waitFor((l) => l.msg === "Slack delivery already handled: dropped", 5000, "drop");

    expect(dispatcher.received).toHaveLength(1);
  });
});
