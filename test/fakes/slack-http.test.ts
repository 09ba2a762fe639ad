import type { AddressInfo } from "node:net";
import { App, LogLevel } from "@slack/bolt";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import {
  blockActionBody,
  eventBody,
  signedPost,
  slashCommandBody,
  urlVerificationBody,
  viewSubmissionBody,
} from "../support/slack-request.js";

// A real Bolt 5 App (default HTTPReceiver) driven over 127.0.0.1 against the Slack fake.
const SECRET = "test-signing-secret";
const PNG_1X1 = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
  "base64",
);

let fake: FakeSlack;
let app: App;
let boltUrl: string;
let handled: string[];

beforeAll(async () => {
  fake = await startFakeSlack();
  app = new App({
    signingSecret: SECRET,
    token: "xoxb-test-token",
    botId: fake.botId,
    botUserId: fake.botUserId,
    logLevel: LogLevel.ERROR,
    // Bolt hands clientOptions to every WebClient it builds; retryConfig lives here (WebClientOptions).
    clientOptions: { slackApiUrl: fake.url, retryConfig: { retries: 0 } },
  });
  app.command("/afterchat", async ({ ack, command, say, respond, client }) => {
    await ack();
    handled.push(command.text);
    if (command.text === "say")
      await say({ text: "hello", blocks: [{ type: "section", text: { type: "mrkdwn", text: "*hi*" } }] });
    if (command.text === "respond") await respond({ text: "only you", response_type: "ephemeral" });
    if (command.text === "upload") {
      await client.files.uploadV2({
        channel_id: command.channel_id,
        thread_ts: "1700000000.000100",
        file: PNG_1X1,
        filename: "chart.png",
        title: "Answers per question",
      });
    }
  });
  app.action("vote", async ({ ack, body }) => {
    await ack();
    handled.push(`action:${(body as { user: { id: string } }).user.id}`);
  });
  app.view("note", async ({ ack, view }) => {
    await ack({ response_action: "errors", errors: { title: "too_long" } });
    handled.push(`view:${view.callback_id}`);
  });
  app.event("app_mention", async ({ event }) => {
    handled.push(`event:${event.text}`);
  });
  const server = (await app.start({ port: 0, host: "127.0.0.1" })) as { address(): AddressInfo };
  boltUrl = `http://127.0.0.1:${server.address().port}/slack/events`;
});

afterAll(async () => {
  await app?.stop();
  await fake?.close();
});

beforeEach(() => {
  handled = [];
});

describe("Bolt HTTP mode against the Slack fake", () => {
  it("GIVEN a signed slash command WHEN Bolt acks THEN 200 and the handler's say() reaches the fake", async () => {
    const started = performance.now();
    const res = await signedPost(boltUrl, {
      ...slashCommandBody({ text: "say", channel_id: "C0CHAT0001" }),
      secret: SECRET,
    });
    const call = await fake.waitFor("chat.postMessage", (c) => c.args.channel === "C0CHAT0001");
    console.log(
      `bolt http round trip (signed request -> chat.postMessage at the fake): ${(performance.now() - started).toFixed(1)} ms`,
    );

    expect(res.status).toBe(200);
    expect(call.token).toBe("xoxb-test-token");
    expect(fake.messages()).toContainEqual(
      expect.objectContaining({
        channel: "C0CHAT0001",
        text: "hello",
        blocks: [{ type: "section", text: { type: "mrkdwn", text: "*hi*" } }],
      }),
    );
  });

  it.each([
    ["unsigned", { unsigned: true }],
    ["forged", { signature: "v0=0123456789abcdef" }],
    ["stale (6 minutes old)", { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }],
    ["signed with another secret", { secret: "not-the-secret" }],
  ])("GIVEN a %s request THEN Bolt answers 401 and the handler does not run", async (_label, tamper) => {
    const res = await signedPost(boltUrl, {
      ...slashCommandBody({ text: "say" }),
      secret: SECRET,
      ...tamper,
    });

    expect(res.status).toBe(401);
    expect(handled).toEqual([]);
  });

  it("GIVEN a handler calling respond() THEN the post reaches the command's response_url", async () => {
    const responseUrl = fake.responseUrl("cmd-1");
    await signedPost(boltUrl, {
      ...slashCommandBody({ text: "respond", response_url: responseUrl }),
      secret: SECRET,
    });

    const post = await fake.waitForResponse("cmd-1");
    expect(post.body).toEqual({ text: "only you", response_type: "ephemeral" });
  });

  it("GIVEN files.uploadV2 of a PNG THEN the fake holds its bytes, title, channel and thread", async () => {
    await signedPost(boltUrl, {
      ...slashCommandBody({ text: "upload", channel_id: "C0CHAT0002" }),
      secret: SECRET,
    });
    await fake.waitFor("files.completeUploadExternal");

    const upload = fake.uploads().find((u) => u.channel === "C0CHAT0002");
    expect(upload).toMatchObject({
      filename: "chart.png",
      title: "Answers per question",
      thread_ts: "1700000000.000100",
    });
    expect(upload?.bytes.equals(PNG_1X1)).toBe(true);
  });

  it("GIVEN a url_verification request THEN Bolt answers the challenge", async () => {
    const res = await signedPost(boltUrl, { ...urlVerificationBody("challenge-42"), secret: SECRET });

    expect(res.status).toBe(200);
    expect(await res.text()).toContain("challenge-42");
  });

  it("GIVEN a block_actions click THEN the action handler runs for that user", async () => {
    const actions = [
      { type: "button", action_id: "vote", block_id: "b", value: "1", action_ts: "1700000001.1" },
    ];
    const res = await signedPost(boltUrl, {
      ...blockActionBody({
        actions,
        user: { id: "U0VOTER001", username: "bo", name: "bo", team_id: fake.teamId },
      }),
      secret: SECRET,
    });

    expect(res.status).toBe(200);
    expect(handled).toEqual(["action:U0VOTER001"]);
  });

  it("GIVEN a view_submission THEN the ack body (response_action) is the HTTP response", async () => {
    const res = await signedPost(boltUrl, {
      ...viewSubmissionBody({}, { callback_id: "note" }),
      secret: SECRET,
    });

    expect(await res.json()).toEqual({ response_action: "errors", errors: { title: "too_long" } });
    expect(handled).toEqual(["view:note"]);
  });

  it("GIVEN an app_mention event THEN the event listener runs", async () => {
    const res = await signedPost(boltUrl, {
      ...eventBody({
        type: "app_mention",
        user: "U0FAKE0001",
        text: "<@U0FAKEBOT1> results",
        channel: "C0FAKE0001",
        ts: "1700000003.000100",
      }),
      secret: SECRET,
    });

    expect(res.status).toBe(200);
    await expect.poll(() => handled).toEqual(["event:<@U0FAKEBOT1> results"]);
  });
});

describe("WebClient behaviour through Bolt's clientOptions", () => {
  it("GIVEN a 429 with Retry-After WHEN retries are allowed THEN the WebClient retries and succeeds", async () => {
    const retrying = new App({
      token: "xoxb-test-token",
      signingSecret: SECRET,
      botId: fake.botId,
      botUserId: fake.botUserId,
      logLevel: LogLevel.ERROR,
      clientOptions: {
        slackApiUrl: fake.url,
        rejectRateLimitedCalls: false,
        retryConfig: { retries: 1, factor: 1, minTimeout: 0, maxTimeout: 0 },
      },
    });
    fake.failNext("chat.postMessage", { status: 429, retryAfter: 0 });

    const result = await retrying.client.chat.postMessage({ channel: "C0RATE0001", text: "again" });

    expect(result.ok).toBe(true);
    expect(
      fake
        .calls("chat.postMessage")
        .filter((c) => c.args.channel === "C0RATE0001")
        .map((c) => c.status),
    ).toEqual([429, 200]);
  });

  it("GIVEN a scripted error THEN the WebClient rejects with that Slack error code", async () => {
    fake.failNext("chat.update", { error: "message_not_found" });

    await expect(app.client.chat.update({ channel: "C1", ts: "1.2", text: "x" })).rejects.toMatchObject({
      data: { ok: false, error: "message_not_found" },
    });
  });

  it("GIVEN a 500 THEN the WebClient rejects with an HTTP error (no retry with retries: 0)", async () => {
    fake.failNext("chat.delete", { status: 500 });

    await expect(app.client.chat.delete({ channel: "C1", ts: "1.2" })).rejects.toMatchObject({
      statusCode: 500,
    });
  });
});
