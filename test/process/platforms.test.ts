/**
 * `npm start` with Slack and Discord credentials, as a real process pointed at the local fakes by
 * configuration alone (SLACK_API_URL, DISCORD_API_URL): both platforms start, /readyz reports
 * them, a signed Slack slash command and a Discord interaction are both answered, and SIGTERM
 * stops everything with exit code 0.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { signedPost, slashCommandBody } from "../support/slack-request.js";

const ROOT = resolve(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/tsx/dist/esm/index.mjs");
const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function until<T>(what: string, probe: () => Promise<T | null>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("npm start with Slack and Discord configured", () => {
  let slack: FakeSlack;
  let discord: FakeDiscord;
  let child: ChildProcess | null = null;
  let logs = "";
  afterAll(async () => {
    child?.kill("SIGKILL");
    await slack?.close();
    await discord?.close();
  });

  it("GIVEN both platforms' credentials WHEN started THEN both connect, answer, and stop on SIGTERM", async () => {
    slack = await startFakeSlack();
    discord = await startFakeDiscord({
      guilds: [
        {
          id: "111111111111111111",
          name: "Chat community",
          channels: [{ id: "222222222222222222", name: "after-party" }],
          roles: [{ id: "111111111111111111", name: "@everyone" }],
          members: [{ id: "333333333333333333", username: "ana" }],
        },
      ],
    });
    const port = await freePort();
    const cwd = mkdtempSync(join(tmpdir(), "afterchat-platforms-"));
    child = spawn(process.execPath, ["--import", TSX, join(ROOT, "src/main.ts")], {
      cwd,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: cwd,
        PORT: String(port),
        HOST: "127.0.0.1",
        LOG_LEVEL: "info",
        SCHEDULER_ENABLED: "false",
        SLACK_BOT_TOKEN: "xoxb-1-2-process-test",
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.url,
        DISCORD_TOKEN: "process-test-discord-token-0000000000",
        DISCORD_APPLICATION_ID: discord.applicationId,
        DISCORD_API_URL: discord.apiUrl,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (c: Buffer) => (logs += c.toString()));
    child.stderr?.on("data", (c: Buffer) => (logs += c.toString()));

    const ready = await until(
      "both platforms ready",
      async () => {
        const response = await fetch(`http://127.0.0.1:${port}/readyz`);
        const body = (await response.json()) as { ready: boolean; checks: Record<string, boolean> };
        return body.ready && body.checks.slack && body.checks.discord ? body : null;
      },
      90_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\nprocess output:\n${logs}`);
    });
    expect(ready.checks).toEqual({ database: true, slack: true, discord: true });

    // Slack: a signed slash command on the same port gets its answer through response_url.
    const responseUrl = slack.responseUrl("help");
    const signed = await signedPost(`http://127.0.0.1:${port}`, {
      ...slashCommandBody({ text: "help", response_url: responseUrl }),
      secret: SIGNING_SECRET,
    });
    expect(signed.status).toBe(200);
    const answered = await slack.waitForResponse("help", 15_000);
    expect(JSON.stringify(answered.body)).toContain("/afterchat");
    const forged = await signedPost(`http://127.0.0.1:${port}`, {
      ...slashCommandBody({ text: "help" }),
      secret: "not-the-secret",
    });
    expect(forged.status).toBe(401);

    // Discord: a slash command through the gateway gets an interaction reply.
    const interaction = discord.sendChatInput({ subcommand: "help" });
    await until(
      "the Discord reply",
      async () => (discord.interactionReplies(String(interaction.id)).length ? true : null),
      15_000,
    );

    // No secret of the configuration appears in the logs.
    expect(logs).not.toContain("xoxb-1-2-process-test");
    expect(logs).not.toContain(SIGNING_SECRET);
    expect(logs).not.toContain("process-test-discord-token");

    const exited = new Promise<number | null>((done) => child?.once("exit", (code) => done(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 150_000);
});
