import { readFileSync } from "node:fs";
import { LogLevel, WebClient } from "@slack/web-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { sharedFixture } from "../support/fixtures.js";
import { blockActionPayload, slashCommandPayload, viewSubmissionPayload } from "../support/slack-payloads.js";

// The fake's own behaviour, through the real @slack/web-api WebClient (what Bolt's `client` is).
let fake: FakeSlack;
let client: WebClient;

beforeAll(async () => {
  fake = await startFakeSlack();
  client = new WebClient("xoxb-test-token", {
    slackApiUrl: fake.url,
    retryConfig: { retries: 0 },
    logLevel: LogLevel.ERROR,
  });
});

afterAll(async () => {
  await fake?.close();
});

describe("Slack fake: Web API answers", () => {
  it("GIVEN a user scripted with fr-FR WHEN users.info asks for the locale THEN it gets fr-FR, and only then", async () => {
    fake.users.set("U0FR000001", { locale: "fr-FR", real_name: "Amélie" });

    const withLocale = await client.users.info({ user: "U0FR000001", include_locale: true });
    const without = await client.users.info({ user: "U0FR000001" });

    expect(withLocale.user).toMatchObject({ id: "U0FR000001", locale: "fr-FR", real_name: "Amélie" });
    expect(without.user?.locale).toBeUndefined();
  });

  it("GIVEN a user group THEN usergroups.users.list lists its members, and an unknown group fails", async () => {
    fake.usergroups.set("S0HOSTS001", ["U1", "U2"]);

    expect((await client.usergroups.users.list({ usergroup: "S0HOSTS001" })).users).toEqual(["U1", "U2"]);
    await expect(client.usergroups.users.list({ usergroup: "S0NONE" })).rejects.toMatchObject({
      data: { error: "no_such_subteam" },
    });
  });

  it("GIVEN conversations.open twice for one user THEN the same DM channel comes back", async () => {
    const first = await client.conversations.open({ users: "U0DM000001" });
    const second = await client.conversations.open({ users: "U0DM000001" });

    expect(first.channel?.id).toMatch(/^D/);
    expect(second.channel?.id).toBe(first.channel?.id);
  });

  it("GIVEN views.open with a modal THEN the view is recorded as an object and answered with an id", async () => {
    const view = {
      type: "modal" as const,
      callback_id: "note",
      title: { type: "plain_text" as const, text: "Note" },
      blocks: [],
    };
    const result = await client.views.open({ trigger_id: "1.2.3", view });

    expect(result.view?.id).toMatch(/^V/);
    expect(fake.calls("views.open").at(-1)?.args.view).toEqual(view);
  });

  it("GIVEN a file shared in a channel THEN files.info describes it and its download needs the token", async () => {
    const shared = fake.addFile({
      name: "analytics.csv",
      bytes: Buffer.from("id,text\n1,A1\n"),
      mimetype: "text/csv",
    });

    const info = await client.files.info({ file: String(shared.id) });
    const url = String(info.file?.url_private_download);
    const authed = await fetch(url, { headers: { authorization: "Bearer xoxb-test-token" } });
    const anonymous = await fetch(url);

    expect(info.file).toMatchObject({ name: "analytics.csv", size: 13 });
    expect(await authed.text()).toBe("id,text\n1,A1\n");
    expect(anonymous.headers.get("content-type")).toBe("text/html");
    expect(fake.downloads.all.map((d) => d.authorized)).toEqual([true, false]);
  });

  it("GIVEN a JSON-bodied call THEN its arguments are recorded like form ones", async () => {
    const res = await fetch(`${fake.url}chat.postEphemeral`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: "Bearer xoxb-json" },
      body: JSON.stringify({
        channel: "C0JSON0001",
        user: "U1",
        text: "psst",
        blocks: [{ type: "divider" }],
      }),
    });

    expect(await res.json()).toMatchObject({ ok: true });
    expect(fake.messages().at(-1)).toMatchObject({
      method: "chat.postEphemeral",
      user: "U1",
      blocks: [{ type: "divider" }],
    });
  });

  it("GIVEN no token THEN not_authed; GIVEN an unknown method THEN unknown_method, both recorded", async () => {
    const anonymous = new WebClient(undefined, {
      slackApiUrl: fake.url,
      retryConfig: { retries: 0 },
      logLevel: LogLevel.ERROR,
    });

    await expect(anonymous.auth.test()).rejects.toMatchObject({ data: { error: "not_authed" } });
    await expect(client.apiCall("reactions.nope")).rejects.toMatchObject({
      data: { error: "unknown_method" },
    });
    expect(fake.calls("reactions.nope")).toHaveLength(1);
  });

  it("GIVEN answer() overrides a method THEN the override's body is returned", async () => {
    fake.answer("conversations.info", (args) => ({
      channel: { id: args.channel, name: "chat-hour", locale: "fr-FR" },
    }));

    const info = await client.conversations.info({ channel: "C0OVR00001", include_locale: true });
    expect(info.channel).toMatchObject({ id: "C0OVR00001", locale: "fr-FR" });
  });

  it("GIVEN an expired response_url THEN the post gets 404 and is still recorded", async () => {
    fake.failNext("response_url", { status: 404 });

    const res = await fetch(fake.responseUrl("late"), {
      method: "POST",
      body: JSON.stringify({ text: "too late" }),
    });

    expect(res.status).toBe(404);
    expect(fake.responses.all.at(-1)).toEqual({ id: "late", body: { text: "too late" }, status: 404 });
  });

  it("GIVEN nothing arrives WHEN waitFor times out THEN the error names the method and lists recorded calls", async () => {
    await client.chat.postMessage({ channel: "C0WAIT0001", text: "something else" });

    const error = await fake.waitFor("chat.scheduleMessage", () => true, 50).catch((e: Error) => e);

    expect(String(error)).toContain("waiting for a chat.scheduleMessage call");
    expect(String(error)).toContain('chat.postMessage {"channel":"C0WAIT0001"');
  });
});

describe("Slack payload builders cover the fields of Slack's payload schemas", () => {
  const cases = [
    ["SlashCommandPayload.json", slashCommandPayload(), ["enterprise_id", "enterprise_name"]],
    // view (clicks inside a modal), app_unfurl, and the workflow-function fields only appear in those contexts.
    [
      "BlockActionPayload.json",
      blockActionPayload(),
      ["view", "app_unfurl", "bot_access_token", "function_data", "interactivity"],
    ],
    [
      "ViewSubmissionPayload.json",
      viewSubmissionPayload(),
      ["bot_access_token", "function_data", "interactivity", "is_cleared"],
    ],
  ] as const;

  it.each(cases)("GIVEN %s THEN our default payload has its top-level fields", (file, payload, optional) => {
    const path = sharedFixture(`slack-payload-schemas/${file}`);
    if (!path) return;
    const schema = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;

    const missing = Object.keys(schema).filter(
      (key) => !(key in payload) && !(optional as readonly string[]).includes(key),
    );
    expect(missing).toEqual([]);
  });
});
