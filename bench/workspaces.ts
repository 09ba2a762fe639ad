/**
 * Many workspaces, several processes (issue 15, point 7): 50 Slack workspaces installed through
 * OAuth (tokens sealed in PostgreSQL; half of them expiring within Bolt's 2-hour window so their
 * first send refreshes them), one scheduled "debrief" job per workspace, all due at the same
 * instant, and 3 bot processes (bench/workspaces-child.ts) racing for them against the Slack fake.
 * Reports: jobs run (and run twice), posts sent with the wrong team's token, refreshes (and refresh
 * tokens spent twice), and the scheduler lag (handler start - runAt) p50 / p99 / max.
 *
 * The job posts one message through the real Slack platform; it does not render the report (the
 * report's own cost is measured by importStats): this measures claiming, routing and tokens.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { loadavg } from "node:os";
import { join } from "node:path";
import { SecretBox } from "../src/secret-box.js";
import { openDatabase } from "../src/store/database.js";
import { migrate } from "../src/store/migrate.js";
import { createPrismaStore } from "../src/store/prisma-store.js";
import { freshPgSchema, pgReachable, pgTestUrl } from "../test/support/db.js";
import { startFakeSlack } from "../test/support/fake-slack.js";
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET } from "../test/support/fake-slack-oauth.js";

interface ChildRun {
  owner: string;
  ran: Array<{ key: string; lagMs: number; runMs: number }>;
}

/** A bot process: `ready` resolves once it has started, `start(deadline)` lets it run, `done` its report. */
function startChild(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", join("bench", "workspaces-child.ts"), ...args], {
    env: { ...process.env, LOG_LEVEL: "silent" },
    stdio: ["pipe", "pipe", "inherit"],
  });
  let out = "";
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout.on("data", (chunk) => {
    out += String(chunk);
    if (out.includes("ready\n")) markReady();
  });
  const done = new Promise<ChildRun>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`workspaces-child exited with ${code}`));
      resolve(JSON.parse(out.slice(out.indexOf("{"))));
    });
  });
  return { ready, done, start: (deadline: number) => child.stdin.end(`${deadline}\n`) };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;

export async function benchWorkspaces(teams = 50, processes = 3) {
  if (!pgReachable()) return { error: "PostgreSQL not reachable" };
  const fake = await startFakeSlack();
  const { schema, drop } = freshPgSchema();
  await migrate(pgTestUrl(), { schema });
  const database = await openDatabase(pgTestUrl(), { schema });
  const store = createPrismaStore(database);
  const key = randomBytes(32).toString("hex");
  const box = new SecretBox(Buffer.from(key, "hex"));
  try {
    const teamIds = Array.from({ length: teams }, (_, i) => `TW${String(i + 1).padStart(4, "0")}`);
    for (const [i, teamId] of teamIds.entries()) {
      // Odd teams: a fresh 12-hour token; even teams: one expiring in an hour (refreshed at first use).
      fake.oauth.expiresIn = i % 2 ? 43_200 : 3_600;
      const granted = fake.oauth.access({
        client_id: FAKE_CLIENT_ID,
        client_secret: FAKE_CLIENT_SECRET,
        code: fake.oauth.issueCode(teamId),
      }) as { access_token: string; refresh_token: string; expires_in: number; bot_user_id: string };
      await store.installations.save({
        teamId,
        teamName: teamId,
        enterpriseId: null,
        appId: "A0FAKE0001",
        botId: `B${teamId}`,
        botUserId: granted.bot_user_id,
        botScopes: ["chat:write"],
        installerUserId: null,
        botToken: box.seal(granted.access_token),
        botRefreshToken: box.seal(granted.refresh_token),
        botExpiresAt: new Date(Date.now() + granted.expires_in * 1000),
      });
      await store.workspaces.ensure({ platform: "slack", externalId: teamId, name: teamId });
    }
    fake.oauth.expiresIn = 43_200;
    const children = Array.from({ length: processes }, (_, i) =>
      startChild([pgTestUrl(), schema, fake.url, `bench-proc-${i + 1}`, key]),
    );
    await Promise.all(children.map((c) => c.ready));
    // Every debrief due at the same instant, once every process is running.
    const runAt = new Date(Date.now() + 1000);
    for (const teamId of teamIds) {
      const ws = await store.workspaces.findByExternal("slack", teamId);
      await store.jobs.schedule({
        key: `bench:${teamId}:debrief`,
        kind: "bench.debrief",
        workspaceId: ws?.id ?? null,
        payload: { team: teamId },
        runAt,
      });
    }
    for (const child of children) child.start(runAt.getTime() + 15_000);
    const reports = await Promise.all(children.map((c) => c.done));
    const ran = reports.flatMap((c) => c.ran);
    const keys = new Set(ran.map((r) => r.key));
    const posts = fake.calls("chat.postMessage");
    const wrongToken = posts.filter((c) => {
      const team = String(c.args.channel).slice(1);
      return !c.token?.startsWith(`xoxe.xoxb-${team}-`) || c.response.ok !== true;
    });
    const lags = ran.map((r) => r.lagMs).sort((a, b) => a - b);
    const runs = ran.map((r) => r.runMs).sort((a, b) => a - b);
    const done = await store.jobs.list({ status: ["done"] });
    return {
      workspaces: teams,
      processes,
      jobsDone: done.length,
      jobsRun: ran.length,
      jobsRunTwice: ran.length - keys.size,
      perProcess: reports.map((c) => c.ran.length),
      posts: posts.length,
      postsWithWrongTokenOrRefused: wrongToken.length,
      tokenRefreshes: fake.oauth.refreshes.filter((r) => r.answer === "ok").length,
      refreshTokensSpentTwice: fake.oauth.refreshes.filter((r) => r.answer !== "ok").length,
      schedulerLagMs: {
        p50: Math.round(percentile(lags, 50)),
        p99: Math.round(percentile(lags, 99)),
        max: Math.round(lags.at(-1) ?? 0),
      },
      /** One job's own time (token look-up or refresh, then chat.postMessage). */
      jobRunMs: { p50: Math.round(percentile(runs, 50)), p99: Math.round(percentile(runs, 99)) },
      /** The machine's 1-minute load average when it finished (2 cores shared with other work). */
      loadAverage: Math.round(loadavg()[0]! * 10) / 10,
    };
  } finally {
    await database.close();
    await drop();
    await fake.close();
  }
}

if (process.argv[1]?.endsWith("workspaces.ts"))
  process.stdout.write(`${JSON.stringify(await benchWorkspaces())}\n`);
