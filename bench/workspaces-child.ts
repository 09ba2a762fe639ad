/**
 * One bot process of bench/workspaces.ts: the real startSlack in OAuth-install mode on the shared
 * PostgreSQL schema, and a job runner whose "bench.debrief" job posts to its workspace's channel
 * through the Slack platform (each team's token, refreshed when due). It polls every 100 ms until
 * the deadline, then prints one JSON line: the jobs it ran, with how late each started.
 * argv: <pg url> <schema> <fake api url> <owner> <token key hex>. Prints "ready" once started, then
 * reads the deadline (ms since the epoch) from stdin: the jobs are scheduled once all are ready.
 */
import { createInterface } from "node:readline";
import { startSlack } from "../adapters/slack/index.js";
import type { Services } from "../src/app/services.js";
import { parseConfig } from "../src/config.js";
import { createJobRunner } from "../src/jobs/runner.js";
import { createLogger } from "../src/log.js";
import { PlatformRouter } from "../src/platforms.js";
import { sentence } from "../src/render/message.js";
import { openDatabase } from "../src/store/database.js";
import { createPrismaStore } from "../src/store/prisma-store.js";
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET } from "../test/support/fake-slack-oauth.js";

const [url, schema, apiUrl, owner, key] = process.argv.slice(2) as [string, string, string, string, string];
const database = await openDatabase(url, { schema });
const store = createPrismaStore(database);
const log = createLogger({ level: "silent" });
const platforms = new PlatformRouter();
const clock = { now: () => new Date() };
const services: Services = {
  store,
  clock,
  platforms,
  log,
  secret: "bench-secret-0123456789abcdef0123456789",
  liveSource: () => null,
  importMaxBytes: 1024,
};
const config = parseConfig({
  DATABASE_URL: url,
  AFTERCHAT_SECRET: services.secret,
  SLACK_CLIENT_ID: FAKE_CLIENT_ID,
  SLACK_CLIENT_SECRET: FAKE_CLIENT_SECRET,
  SLACK_STATE_SECRET: "bench-state-secret-0123456789abcdef01",
  SLACK_SIGNING_SECRET: "bench-signing-secret",
  SLACK_API_URL: apiUrl,
  TOKEN_ENCRYPTION_KEY: key,
  PORT: "0",
  HOST: "127.0.0.1",
});
const dispatcher = {} as Parameters<typeof startSlack>[0]["dispatcher"];
const running = await startSlack({ config, services, dispatcher, routes: [], log }, config.slack!, {
  retryConfig: { retries: 0 },
  owner,
});
platforms.register(running.platform);

const ran: Array<{ key: string; lagMs: number; runMs: number; team: string }> = [];
const runner = createJobRunner({
  store,
  clock,
  owner,
  leaseMs: 60_000,
  pollMs: 1000,
  graceMs: 3_600_000,
  maxAttempts: 3,
  batchSize: 5,
  log,
  handlers: {
    "bench.debrief": {
      mode: "idempotent",
      run: async (job) => {
        const started = Date.now();
        const team = String(job.payload.team);
        await running.platform.post(`slack:${team}:C${team}`, sentence(`debrief of ${team}`));
        ran.push({ key: job.key, lagMs: started - job.runAt.getTime(), runMs: Date.now() - started, team });
      },
    },
  },
});

process.stdout.write("ready\n");
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const deadline = Number((await lines.next()).value);
while (Date.now() < deadline) {
  await runner.tick();
  await new Promise((resolve) => setTimeout(resolve, 100));
}
await running.stop();
await database.close();
process.stdout.write(`${JSON.stringify({ owner, ran })}\n`);
process.exit(0);
