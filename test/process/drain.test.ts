/**
 * SIGTERM with Slack commands acknowledged but not yet answered (npm start as a real process, real
 * Bolt, the fake Slack answering users.info slowly so the work is still running): every one is
 * answered before the process exits 0; past SHUTDOWN_DRAIN_SECONDS the log says how many were
 * dropped.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { signedPost, slashCommandBody } from "../support/slack-request.js";

const ROOT = resolve(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/tsx/dist/esm/index.mjs");
const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const N = 20;

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

interface Bot {
  child: ChildProcess;
  port: number;
  logs(): string;
  exited: Promise<number | null>;
}

async function startBot(slack: FakeSlack, env: Record<string, string>): Promise<Bot> {
  const port = await freePort();
  const cwd = mkdtempSync(join(tmpdir(), "afterchat-drain-"));
  const child = spawn(process.execPath, ["--import", TSX, join(ROOT, "src/main.ts")], {
    cwd,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: cwd,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      SCHEDULER_ENABLED: "false",
      SLACK_BOT_TOKEN: "xoxb-1-2-drain-test",
      SLACK_SIGNING_SECRET: SECRET,
      SLACK_API_URL: slack.url,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let logs = "";
  child.stdout?.on("data", (c: Buffer) => (logs += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (logs += c.toString()));
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  const deadline = Date.now() + 90_000;
  for (;;) {
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`bot not ready:\n${logs}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { child, port, logs: () => logs, exited };
}

/** N signed /afterchat help commands from N people; resolves once Slack's acks (HTTP 200) are back. */
async function sendCommands(slack: FakeSlack, bot: Bot, tag: string): Promise<string[]> {
  const ids = Array.from({ length: N }, (_, i) => `${tag}${i}`);
  const acks = await Promise.all(
    ids.map((id, i) =>
      signedPost(`http://127.0.0.1:${bot.port}`, {
        ...slashCommandBody({
          text: "help",
          user_id: `U${tag.toUpperCase()}${i}`,
          trigger_id: `trigger-${id}`,
          response_url: slack.responseUrl(id),
        }),
        secret: SECRET,
      }),
    ),
  );
  expect(acks.map((a) => a.status)).toEqual(ids.map(() => 200));
  return ids;
}

describe("npm start stopped while Slack commands are acknowledged", () => {
  let slack: FakeSlack | null = null;
  let bot: Bot | null = null;
  afterEach(async () => {
    bot?.child.kill("SIGKILL");
    await slack?.close();
  });

  it("GIVEN 20 commands acked and still being worked on WHEN SIGTERM THEN all 20 are answered and the exit code is 0", {
    timeout: 150_000,
  }, async () => {
    slack = await startFakeSlack();
    bot = await startBot(slack, {});
    // users.info (read for every new person) answers 1.5 s late: the work runs past the signal.
    slack.delay("users.info", 1500);
    const ids = await sendCommands(slack, bot, "a");
    expect(slack.responses.all.length).toBe(0);
    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
    const answered = new Set(slack.responses.all.map((r) => r.id));
    expect(ids.filter((id) => !answered.has(id))).toEqual([]);
    for (const r of slack.responses.all) expect(JSON.stringify(r.body)).toContain("/afterchat");
    expect(bot.logs()).toContain("acknowledged deliveries all answered before stopping");
    expect(bot.logs()).toMatch(/"finished":20,"dropped":0\b/);
    expect(bot.logs()).not.toContain("deliveries dropped");
  });

  it("GIVEN work slower than SHUTDOWN_DRAIN_SECONDS WHEN SIGTERM THEN the process exits 0 after it and logs how many were dropped", {
    timeout: 150_000,
  }, async () => {
    slack = await startFakeSlack();
    bot = await startBot(slack, { SHUTDOWN_DRAIN_SECONDS: "1" });
    slack.delay("users.info", 20_000);
    await sendCommands(slack, bot, "b");
    const signalled = Date.now();
    bot.child.kill("SIGTERM");
    expect(await bot.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    expect(bot.logs()).toMatch(/"dropped":20\b/);
    expect(bot.logs()).toContain("20 acknowledged deliveries dropped");
  });
});
