/**
 * Slack acknowledgement latency: how long Slack waits for the HTTP answer (the ack) to a slash
 * command, for the real afterchat app (HTTP mode, SQLite store, real dispatcher, the Slack fake as
 * Slack's Web API, in its own process as Slack is) and for a bare Bolt app that only acks. Rounds
 * of 50 concurrent signed commands (help and note mixed), alternating bare and real; after each
 * real round its work (users.info, database, replies) is let finish, so it never slows the next
 * bare round. Slack gives up after 3 s.
 * @see https://docs.slack.dev/interactivity/implementing-slash-commands#responding_to_commands
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { App, LogLevel } from "@slack/bolt";
import { startSlack } from "../adapters/slack/index.js";
import { createDispatcher } from "../src/app/dispatch.js";
import { allRegistries } from "../src/app/registries.js";
import type { Services } from "../src/app/services.js";
import { parseConfig } from "../src/config.js";
import type { Dispatcher } from "../src/edge.js";
import { healthRoutes } from "../src/health.js";
import { silentLogger } from "../src/log.js";
import { PlatformRouter } from "../src/platforms.js";
import { openDatabase } from "../src/store/database.js";
import { migrate } from "../src/store/migrate.js";
import { createPrismaStore } from "../src/store/prisma-store.js";
import { signedPost, slashCommandBody } from "../test/support/slack-request.js";

const SECRET = "bench-signing-secret";
/** Commands per burst, sent at once. */
const CONCURRENCY = 50;
const ROUNDS = 16;

export type SlackAckResult = {
  p50Ms: number;
  p99Ms: number;
  bareP50Ms: number;
  bareP99Ms: number;
  ratioP50: number;
  ratioP99: number;
  requests: number;
};

function percentile(sorted: number[], p: number): number {
  const at = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, at)]!;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** A child process running tsx `script`, and its stdout lines. */
function child(script: string) {
  const proc = spawn(process.execPath, ["--import", "tsx", join(import.meta.dirname, script)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: proc.stdout })[Symbol.asyncIterator]();
  return {
    proc,
    async next(): Promise<string> {
      const line = await lines.next();
      if (line.done) throw new Error(`${script} exited`);
      return line.value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        proc.once("exit", () => resolve());
        proc.stdin.end();
      }),
  };
}

/** The load generator: one burst of CONCURRENCY commands, timed in its own process. */
async function startLoad(secret: string, origin: string) {
  const load = child("slack-load-child.ts");
  return {
    async fire(url: string, round: number): Promise<number[]> {
      load.proc.stdin.write(`${JSON.stringify({ url, round, count: CONCURRENCY, secret, origin })}\n`);
      return JSON.parse(await load.next()) as number[];
    },
    close: load.close,
  };
}

interface FakeProcess {
  url: string;
  origin: string;
  botId: string;
  botUserId: string;
  responseUrl(id: string): string;
  close(): Promise<void>;
}

async function startFakeProcess(): Promise<FakeProcess> {
  const fake = child("fake-slack-child.ts");
  const info = JSON.parse(await fake.next()) as {
    url: string;
    origin: string;
    botId: string;
    botUserId: string;
  };
  return { ...info, responseUrl: (id) => `${info.origin}/response/${id}`, close: fake.close };
}

/** Counts deliveries the dispatcher finished, to wait for a round's work to drain. */
function counting(inner: Dispatcher): Dispatcher & { finished(): number } {
  let done = 0;
  const count = <T>(p: Promise<T>) => p.finally(() => (done += 1));
  return {
    finished: () => done,
    command: (a, c, r) => count(inner.command(a, c, r)),
    commandText: (a, t, r) => count(inner.commandText(a, t, r)),
    action: (a, e, r) => count(inner.action(a, e, r)),
    form: (a, s, r) => count(inner.form(a, s, r)),
    home: (a, s) => inner.home(a, s),
    threadMessage: (m) => inner.threadMessage(m),
  };
}

async function drained(dispatcher: { finished(): number }, expected: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (dispatcher.finished() < expected && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 20));
}

/** `concurrency`: the app's bound on handlers after their ack (default: the app's own). */
export async function benchSlackAck(options: { concurrency?: number } = {}): Promise<SlackAckResult> {
  const fake = await startFakeProcess();
  const dir = mkdtempSync(join(tmpdir(), "afterchat-slack-bench-"));
  const databaseUrl = `file:${join(dir, "bench.db")}`;
  await migrate(databaseUrl);
  const database = await openDatabase(databaseUrl);
  const store = createPrismaStore(database);
  const log = silentLogger();
  const services: Services = {
    store,
    clock: { now: () => new Date() },
    platforms: new PlatformRouter(),
    log,
    secret: "bench-secret-for-anonymous-votes-000000",
    liveSource: () => null,
    importMaxBytes: 10 * 1024 * 1024,
  };
  const config = parseConfig({
    SLACK_BOT_TOKEN: "xoxb-bench",
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_API_URL: fake.url,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
  });
  const dispatcher = counting(createDispatcher(services, allRegistries));
  const routes = healthRoutes(() => ({ database: () => store.ping() }));
  const real = await startSlack({ config, services, dispatcher, routes, log }, config.slack!, {
    retryConfig: { retries: 0 },
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
  });
  const bare = new App({
    signingSecret: SECRET,
    token: "xoxb-bench",
    botId: fake.botId,
    botUserId: fake.botUserId,
    logLevel: LogLevel.ERROR,
    clientOptions: { slackApiUrl: fake.url, retryConfig: { retries: 0 } },
  });
  bare.command(/.+/, async ({ ack }) => ack());
  const bareServer = (await bare.start({ port: 0, host: "127.0.0.1" })) as Server;
  const bareUrl = `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}`;
  const load = await startLoad(SECRET, fake.origin);
  try {
    // A series in the channel, so notes are stored as a team would file them; then a warm-up round.
    const setup = slashCommandBody({
      text: "setup #benchchat",
      channel_id: "C0BENCH001",
      user_id: "U0BENCH000",
    });
    await signedPost(real.url!, { ...setup, secret: SECRET });
    let sent = 1;
    await load.fire(real.url!, -1);
    sent += CONCURRENCY;
    await drained(dispatcher, sent);
    await load.fire(bareUrl, -1);
    const measured: number[] = [];
    const bareMeasured: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      bareMeasured.push(...(await load.fire(bareUrl, round)));
      measured.push(...(await load.fire(real.url!, round)));
      sent += CONCURRENCY;
      await drained(dispatcher, sent);
    }
    measured.sort((a, b) => a - b);
    bareMeasured.sort((a, b) => a - b);
    const [p50, p99] = [percentile(measured, 50), percentile(measured, 99)];
    const [bareP50, bareP99] = [percentile(bareMeasured, 50), percentile(bareMeasured, 99)];
    return {
      p50Ms: round2(p50),
      p99Ms: round2(p99),
      bareP50Ms: round2(bareP50),
      bareP99Ms: round2(bareP99),
      ratioP50: round2(p50 / bareP50),
      ratioP99: round2(p99 / bareP99),
      requests: measured.length,
    };
  } finally {
    await load.close();
    await bare.stop();
    await real.stop();
    await fake.close();
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

// `tsx bench/slack-ack.ts` runs it alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(await benchSlackAck())}\n`);
}
