import { App, LogLevel, SocketModeReceiver } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { blockActionPayload } from "../support/slack-payloads.js";

// A real Bolt 5 App in Socket Mode: apps.connections.open and the WebSocket both point at the fake.
let fake: FakeSlack;
let app: App;
const seen: string[] = [];

beforeAll(async () => {
  fake = await startFakeSlack();
  app = new App({
    token: "xoxb-test-token",
    appToken: "xapp-1-test",
    socketMode: true,
    botId: fake.botId,
    botUserId: fake.botUserId,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: fake.url, retryConfig: { retries: 0 } },
  });
  app.command("/afterchat", async ({ ack, command, say }) => {
    await ack({ text: `working on ${command.text}` });
    await say(`done: ${command.text}`);
  });
  app.action("vote", async ({ ack }) => {
    await ack();
    seen.push("vote");
  });
  app.event("app_mention", async ({ event }) => {
    seen.push(`mention:${event.user}`);
  });
  const started = performance.now();
  await app.start();
  console.log(
    `bolt socket mode start (connections.open + hello): ${(performance.now() - started).toFixed(1)} ms`,
  );
});

afterAll(async () => {
  // Stop the app before the fake, or the Socket Mode client would keep trying to reconnect.
  await app?.stop();
  await fake?.close();
});

describe("Bolt Socket Mode against the Slack fake", () => {
  it("GIVEN Bolt started THEN it opened the connection with its app token", () => {
    expect(fake.calls("apps.connections.open").map((c) => c.token)).toEqual(["xapp-1-test"]);
    expect(fake.socket.connectionCount).toBe(1);
  });

  it("GIVEN a slash command envelope THEN the ack has the same envelope_id and the ack's text", async () => {
    const ack = await fake.socket.send({
      envelope_id: "env-1",
      type: "slash_commands",
      accepts_response_payload: true,
      payload: { command: "/afterchat", text: "stats", channel_id: "C0FAKE0001", user_id: "U0FAKE0001" },
    });

    expect(ack).toEqual({ envelope_id: "env-1", payload: { text: "working on stats" } });
    const posted = await fake.waitFor("chat.postMessage", (c) => c.args.text === "done: stats");
    expect(posted.args.channel).toBe("C0FAKE0001");
  });

  it("GIVEN sendSlashCommand THEN a full slash payload reaches the handler", async () => {
    const ack = await fake.socket.sendSlashCommand({ text: "poll" });

    expect(ack.payload).toEqual({ text: "working on poll" });
  });

  it("GIVEN a block_actions interaction THEN it is acked and the action handler ran", async () => {
    const actions = [
      { type: "button", action_id: "vote", block_id: "b", value: "2", action_ts: "1700000001.1" },
    ];
    const ack = await fake.socket.sendInteraction(blockActionPayload({ actions }));

    expect(ack.envelope_id).toBeTruthy();
    expect(seen).toContain("vote");
  });

  it("GIVEN an Events API event THEN it is acked and the listener sees it", async () => {
    await fake.socket.sendEvent({
      type: "app_mention",
      user: "U0MENTION1",
      text: "hi",
      channel: "C0FAKE0001",
      ts: "1.2",
    });

    await expect.poll(() => seen).toContain("mention:U0MENTION1");
  });
});

describe("Socket Mode reconnects", () => {
  it("GIVEN Slack asks the client to reconnect THEN Bolt opens a new connection and still acks", async () => {
    // The reconnect delay is clientPingTimeout (5 s by default), settable only on a custom SocketModeReceiver.
    const own = await startFakeSlack();
    const clientOptions = { slackApiUrl: own.url, retryConfig: { retries: 0 } };
    const receiver = new SocketModeReceiver({
      appToken: "xapp-1-test",
      clientPingTimeout: 100,
      logLevel: LogLevel.ERROR,
      installerOptions: { clientOptions },
    });
    const reconnecting = new App({
      token: "xoxb-test-token",
      receiver,
      botId: own.botId,
      botUserId: own.botUserId,
      clientOptions,
      logLevel: LogLevel.ERROR,
    });
    reconnecting.command("/afterchat", async ({ ack }) => ack({ text: "still here" }));
    try {
      await reconnecting.start();
      own.socket.requestReconnect();
      await expect.poll(() => own.socket.connectionCount).toBe(2);

      const ack = await own.socket.sendSlashCommand({ text: "after reconnect" });
      expect(ack.payload).toEqual({ text: "still here" });
      expect(own.calls("apps.connections.open")).toHaveLength(2);
    } finally {
      await reconnecting.stop();
      await own.close();
    }
  });
});
