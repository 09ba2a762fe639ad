/**
 * `npm start` that cannot start, as a real process: a port already in use, a database that does
 * not answer. The first thing on stderr is one plain sentence saying what to do (the JSON log
 * line with the detail follows on stdout), and the exit code is 1.
 */
import { mkdtempSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { ROOT, runProcess } from "../cli/process.js";

const TSX = join(ROOT, "node_modules/tsx/dist/esm/index.mjs");
const MAIN = ["--import", TSX, join(ROOT, "src/main.ts")];
let blocker: Server | null = null;
afterAll(() => blocker?.close());

function occupiedPort(): Promise<number> {
  return new Promise((done) => {
    blocker = createServer();
    blocker.listen(0, "127.0.0.1", () => done((blocker!.address() as { port: number }).port));
  });
}

describe("npm start that cannot start", () => {
  it("GIVEN a port already in use THEN one sentence naming the port, exit 1, in the default language", async () => {
    const port = await occupiedPort();
    const cwd = mkdtempSync(join(tmpdir(), "afterchat-port-"));
    const run = await runProcess(MAIN, {
      cwd,
      command: process.execPath,
      env: { PORT: String(port), HOST: "127.0.0.1", DEFAULT_LOCALE: "fr", LOG_LEVEL: "fatal" },
      timeoutMs: 60_000,
    });
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n")[0]).toBe(
      translator("fr").t("common.startup.portInUse", { port, host: "127.0.0.1" }),
    );
  }, 90_000);

  it("GIVEN a PostgreSQL database that does not answer THEN one sentence naming it, exit 1", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "afterchat-dbdown-"));
    const run = await runProcess(MAIN, {
      cwd,
      command: process.execPath,
      env: {
        DATABASE_URL: "postgresql://postgres@127.0.0.1:9/afterchat",
        AFTERCHAT_SECRET: "a-secret-of-at-least-thirty-two-characters",
        LOG_LEVEL: "fatal",
      },
      timeoutMs: 60_000,
    });
    expect(run.code).toBe(1);
    const en = translator("en").t;
    expect(run.stderr.split("\n")[0]).toBe(
      en("common.startup.failed", {
        reason: en("cli.db.down", { database: "PostgreSQL 127.0.0.1:9/afterchat" }),
      }),
    );
  }, 90_000);
});
