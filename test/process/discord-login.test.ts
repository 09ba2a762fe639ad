/**
 * npm start (a real process) refused by Discord at login: a bad token, or the privileged Message
 * Content intent not enabled for the app. The process exits 1 with one sentence naming the setting
 * to change, and no stack trace.
 */
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord.js";

const ROOT = resolve(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/tsx/dist/esm/index.mjs");
const GUILD = {
  id: "111111111111111111",
  name: "Chat community",
  channels: [{ id: "222222222222222222", name: "after-party" }],
  roles: [{ id: "111111111111111111", name: "@everyone" }],
  members: [{ id: "333333333333333333", username: "ana" }],
};

function start(
  discord: FakeDiscord,
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const cwd = mkdtempSync(join(tmpdir(), "afterchat-discord-login-"));
  const child = spawn(process.execPath, ["--import", TSX, join(ROOT, "src/main.ts")], {
    cwd,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: cwd,
      PORT: "0",
      HOST: "127.0.0.1",
      SCHEDULER_ENABLED: "false",
      DISCORD_TOKEN: "process-test-discord-token-0000000000",
      DISCORD_APPLICATION_ID: discord.applicationId,
      DISCORD_API_URL: discord.apiUrl,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
  return new Promise((done) =>
    child.once("exit", (code) => {
      clearTimeout(timer);
      done({ code, output });
    }),
  );
}

describe("npm start refused by Discord at login", () => {
  let discord: FakeDiscord | null = null;
  afterEach(async () => {
    await discord?.close();
  });

  it("GIVEN a token Discord refuses WHEN started THEN it exits 1 naming DISCORD_TOKEN, in the configured language, without a stack", {
    timeout: 90_000,
  }, async () => {
    discord = await startFakeDiscord({ guilds: [GUILD] });
    discord.failNext("GET", "/gateway/bot", { status: 401, code: 0, message: "401: Unauthorized" });
    const { code, output } = await start(discord, { DEFAULT_LOCALE: "fr" });
    expect(code).toBe(1);
    expect(output).toContain(translator("fr").t("discord.login.badToken"));
    expect(output).not.toMatch(/\n\s+at /);
    expect(output).not.toContain("process-test-discord-token");
  });

  it("GIVEN Message Content capture on but the intent not enabled for the app WHEN started THEN it exits 1 naming the intent and DISCORD_MESSAGE_CONTENT, without a stack", {
    timeout: 90_000,
  }, async () => {
    discord = await startFakeDiscord({ guilds: [GUILD], disallowedIntents: 1 << 15 });
    const { code, output } = await start(discord, { DISCORD_MESSAGE_CONTENT: "true", DEFAULT_LOCALE: "en" });
    expect(code).toBe(1);
    expect(output).toContain(translator("en").t("discord.login.disallowedIntents"));
    expect(output).not.toMatch(/\n\s+at /);
  });
});
