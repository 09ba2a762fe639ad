/**
 * Real bot processes (src/main.ts through tsx, as `npm start` runs the build) for tests that run
 * several at once on one database: spawned, their output kept, their /readyz polled.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import pg from "pg";
import { pgTestUrl } from "../../support/db.js";

const ROOT = resolve(import.meta.dirname, "../../..");
const TSX = join(ROOT, "node_modules/tsx/dist/esm/index.mjs");

export interface BotProcess {
  child: ChildProcess;
  port: number;
  output(): string;
  exited: Promise<number | null>;
  ready(): Promise<boolean>;
}

export function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

export async function startBot(env: Record<string, string>): Promise<BotProcess> {
  const port = await freePort();
  const cwd = mkdtempSync(join(tmpdir(), "afterchat-bot-"));
  const child = spawn(process.execPath, ["--import", TSX, join(ROOT, "src/main.ts")], {
    cwd,
    env: { PATH: process.env.PATH ?? "", HOME: cwd, PORT: String(port), HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr?.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | null>((done) => child.once("exit", (code) => done(code)));
  return {
    child,
    port,
    output: () => output,
    exited,
    ready: async () => {
      const response = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null);
      if (!response) return false;
      return ((await response.json()) as { ready: boolean }).ready;
    },
  };
}

/** Polls `probe` until it gives a value (not null), or fails naming `what` (at once when `stop` says why). */
export async function until<T>(
  what: string,
  probe: () => Promise<T | null>,
  timeoutMs: number,
  stop: () => string | null = () => null,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const why = stop();
    if (why) throw new Error(`${why} while waiting for ${what}`);
    const value = await probe().catch(() => null);
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A new, empty PostgreSQL database on PG_TEST_URL's server (the processes migrate it at start), and its removal. */
export async function freshPgDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `afterchat_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: pgTestUrl() });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(pgTestUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}
