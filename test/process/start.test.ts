/**
 * `npm start` with an empty environment, as a real process: it creates the SQLite database under
 * ./data, says which variables to set, serves the health endpoints, and stops cleanly on SIGTERM.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/tsx/dist/esm/index.mjs");

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function waitFor(
  child: ChildProcess,
  stream: "stdout" | "stderr",
  text: string,
  timeoutMs: number,
): Promise<string> {
  return new Promise((done, fail) => {
    let seen = "";
    const timer = setTimeout(
      () => fail(new Error(`timed out waiting for "${text}"; ${stream} so far:\n${seen}`)),
      timeoutMs,
    );
    child[stream]?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) {
        clearTimeout(timer);
        done(seen);
      }
    });
  });
}

describe("npm start with an empty environment", () => {
  const cwd = mkdtempSync(join(tmpdir(), "afterchat-start-"));
  let child: ChildProcess | null = null;
  afterAll(() => {
    child?.kill("SIGKILL");
  });

  it("GIVEN no variables WHEN started THEN it guides, serves /healthz and /readyz, and exits 0 on SIGTERM", async () => {
    const port = await freePort();
    child = spawn(process.execPath, ["--import", TSX, join(ROOT, "src/main.ts")], {
      cwd,
      env: { PATH: process.env.PATH ?? "", HOME: cwd, PORT: String(port), HOST: "127.0.0.1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const stderr = waitFor(child, "stderr", ".env.example", 90_000);
    await waitFor(child, "stdout", "afterchat is running", 90_000);
    const guidance = await stderr;
    expect(guidance).toContain("SLACK_BOT_TOKEN");
    expect(guidance).toContain("DISCORD_TOKEN");
    expect(existsSync(join(cwd, "data/afterchat.db"))).toBe(true);

    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(await ready.json()).toEqual({ ready: true, checks: { database: true } });

    const exited = new Promise<number | null>((done) => child?.once("exit", (code) => done(code)));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 120_000);

  it("GIVEN a bad variable WHEN started THEN one readable line per problem and exit 1, no stack trace", async () => {
    const bad = spawn(process.execPath, ["--import", TSX, join(ROOT, "src/main.ts")], {
      cwd,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: cwd,
        PORT: "not-a-port",
        SLACK_BOT_TOKEN: "xoxp-user-token-secret",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    bad.stderr?.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((done) => bad.once("exit", (c) => done(c)));
    expect(code).toBe(1);
    expect(stderr).toContain("PORT: must be a number");
    expect(stderr).toContain("SLACK_BOT_TOKEN: must be a bot token starting with xoxb-");
    expect(stderr).not.toContain("xoxp-user-token-secret");
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 120_000);
});
