/**
 * Three real bot processes on one PostgreSQL database with the same Discord bot (2 shards, as
 * Discord recommends through GET /gateway/bot): each shard has exactly one gateway session at any
 * time. The owner of shard 0 is killed (SIGKILL: no goodbye), another process takes the shard
 * once its lease ends; later the new owner gets SIGTERM and releases it, so the last process takes
 * it at its next check. Interactions are sent all along, to guilds of both shards: none is answered
 * twice, and only those sent while shard 0 had no session go unanswered (Discord's users would see
 * "This interaction failed" after 3 s: Discord does not send an interaction to a session that
 * identifies later).
 */
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { pgReachable } from "../support/db.js";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord.js";
import { guildIdOnShard } from "../support/fake-discord-gateway.js";
import { type BotProcess, freshPgDatabase, startBot, until } from "./support/bot-processes.js";

const SHARDS = 2;
const LEASE_SECONDS = 3;
const CHECK_MS = (LEASE_SECONDS * 1000) / 3;

const guild = (shard: number, n: number) => {
  const id = guildIdOnShard(shard, SHARDS, n);
  return {
    id,
    name: `Guild ${shard}-${n}`,
    channels: [{ id: String(BigInt(id) + 1n), name: "chat" }],
    roles: [{ id, name: "@everyone" }],
    members: [{ id: String(BigInt(id) + 2n), username: `member-${shard}-${n}` }],
  };
};
const GUILDS = [guild(0, 1), guild(0, 2), guild(1, 1), guild(1, 2)];
const ON_SHARD = (shard: number) => GUILDS.filter((_, i) => Math.floor(i / 2) === shard).map((g) => g.id);

interface Sent {
  id: string;
  shard: number;
  at: number;
}

describe.skipIf(!pgReachable())("Discord shards shared by three processes on PostgreSQL", () => {
  let discord: FakeDiscord | undefined;
  let db: Awaited<ReturnType<typeof freshPgDatabase>> | undefined;
  const bots: BotProcess[] = [];
  afterAll(async () => {
    for (const bot of bots) bot.child.kill("SIGKILL");
    await Promise.all(bots.map((b) => b.exited));
    await discord?.close();
    await db?.drop();
  });

  it("GIVEN the owner of a shard killed, then its successor stopped THEN one session per shard throughout, every interaction answered at most once, none lost outside the takeover", async () => {
    const fake = await startFakeDiscord({ guilds: GUILDS, recommendedShards: SHARDS });
    discord = fake;
    db = await freshPgDatabase();
    const env = {
      DATABASE_URL: db.url,
      LOG_LEVEL: "info",
      SCHEDULER_ENABLED: "false",
      DISCORD_TOKEN: "process-test-discord-token-0000000000",
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_SHARD_LEASE_SECONDS: String(LEASE_SECONDS),
      AFTERCHAT_SECRET: "shard-test-secret-0123456789abcdef0123456789",
    };
    for (let i = 0; i < 3; i += 1) bots.push(await startBot(env));
    const outputs = () => bots.map((b, i) => `--- process ${i + 1}\n${b.output()}`).join("\n");
    const fail = (error: Error) => {
      throw new Error(`${error.message}\n${outputs()}`);
    };

    // Never two live sessions for one shard, checked every 50 ms for the whole test.
    let worst = 0;
    const watch = setInterval(() => {
      const perShard = new Map<number, number>();
      for (const s of fake.gateway.liveSessions())
        perShard.set(s.shard[0], (perShard.get(s.shard[0]) ?? 0) + 1);
      worst = Math.max(worst, ...perShard.values());
    }, 50);
    const sessionOf = (shard: number) =>
      fake.gateway.liveSessions().find((s) => s.shard[0] === shard)?.id ?? null;
    await until(
      "a session per shard and three ready processes",
      async () =>
        sessionOf(0) && sessionOf(1) && (await Promise.all(bots.map((b) => b.ready()))).every(Boolean)
          ? true
          : null,
      180_000,
      () => (bots.some((b) => b.child.exitCode !== null) ? "a process exited" : null),
    ).catch(fail);

    const sent: Sent[] = [];
    const send = (shard: number) => {
      const ids = ON_SHARD(shard);
      const guildId = ids[sent.length % ids.length] as string;
      const interaction = fake.sendChatInput({ guildId, subcommand: "help" });
      sent.push({ id: String(interaction.id), shard, at: Date.now() });
    };
    const callbacks = (id: string) =>
      fake.calls("POST", "/interactions/:id/:token/callback").filter((c) => c.params.id === id);
    const answered = (s: Sent) => callbacks(s.id).some((c) => c.status < 300);

    // Everyone answered once while all processes live.
    for (const shard of [0, 1, 0, 1]) send(shard);
    await until("the first answers", async () => (sent.every(answered) ? true : null), 60_000).catch(fail);

    // Who holds shard 0, from the lease table (owner = host:pid:random).
    const owners = await leaseOwners(db.url);
    const ownerPid = (shard: number) => Number(owners.get(`discord:shard:${SHARDS}:${shard}`)?.split(":")[1]);
    const victim = bots.find((b) => b.child.pid === ownerPid(0));
    if (!victim) throw new Error(`no process holds shard 0: ${JSON.stringify([...owners])}\n${outputs()}`);
    const control = [1].filter((shard) => ownerPid(shard) !== victim.child.pid);

    // kill -9 the owner of shard 0; interactions every 200 ms to both shards until 3 s after the takeover.
    const firstSession = sessionOf(0);
    const killedAt = Date.now();
    victim.child.kill("SIGKILL");
    let takenAt = 0;
    // 5 s after: past the IDENTIFY window, so the next handover does not wait for it.
    while (!takenAt || Date.now() < takenAt + 5000) {
      send(0);
      for (const shard of control) send(shard);
      await new Promise((r) => setTimeout(r, 200));
      const now = sessionOf(0);
      if (!takenAt && now && now !== firstSession) takenAt = Date.now();
      if (Date.now() - killedAt > 120_000) fail(new Error("shard 0 was not taken over within 120 s"));
    }
    const takeoverMs = takenAt - killedAt;

    // SIGTERM the new owner: it releases the lease, the last process takes the shard at its next check.
    const nowOwner = (await leaseOwners(db.url)).get(`discord:shard:${SHARDS}:0`);
    const successor = bots.find((b) => b !== victim && b.child.pid === Number(nowOwner?.split(":")[1]));
    expect(successor).toBeDefined();
    const secondSession = sessionOf(0);
    const stoppedAt = Date.now();
    successor?.child.kill("SIGTERM");
    let handedAt = 0;
    while (!handedAt || Date.now() < handedAt + 3000) {
      send(0);
      await new Promise((r) => setTimeout(r, 200));
      const now = sessionOf(0);
      if (!handedAt && now && now !== secondSession) handedAt = Date.now();
      if (Date.now() - stoppedAt > 120_000) fail(new Error("shard 0 was not handed over within 120 s"));
    }
    const handoverMs = handedAt - stoppedAt;
    expect(await successor?.exited).toBe(0);
    clearInterval(watch);

    // Answers take a moment under load: wait for every interaction sent after each takeover.
    const after = (s: Sent) => s.at > takenAt && (s.at < stoppedAt || s.at > handedAt);
    await until(
      "answers after the takeovers",
      async () => (sent.filter(after).every(answered) ? true : null),
      60_000,
    ).catch(fail);
    await new Promise((r) => setTimeout(r, 2000));

    const twice = sent.filter((s) => callbacks(s.id).length > 1);
    const lost = sent.filter((s) => !answered(s));
    const lostOutside = lost.filter(
      (s) =>
        s.shard !== 0 || !((s.at >= killedAt && s.at <= takenAt) || (s.at >= stoppedAt && s.at <= handedAt)),
    );
    const window = (from: number, to: number) => {
      const times = lost.filter((s) => s.at >= from && s.at <= to).map((s) => s.at);
      return times.length ? Math.max(...times) - from : 0;
    };
    console.log(
      `discord shard takeover: kill -9 -> new session ${takeoverMs} ms (lease ${LEASE_SECONDS} s, check ${CHECK_MS} ms), ` +
        `SIGTERM -> new session ${handoverMs} ms; ${sent.length} interactions, ${lost.length} unanswered ` +
        `(last one sent ${window(killedAt, takenAt)} ms after the kill, ${window(stoppedAt, handedAt)} ms after SIGTERM), ` +
        `${twice.length} answered twice, at most ${worst} live session(s) per shard, ` +
        `IDENTIFY gaps ${fake.gateway
          .identifies()
          .map((i, n, all) => (n ? i.at - (all[n - 1]?.at ?? 0) : 0))
          .slice(1)
          .join("/")} ms`,
    );
    // What each process did with the shards, in its own words (shown when an expectation fails).
    const shardLines = bots
      .map((b, i) => {
        const lines = b
          .output()
          .split("\n")
          .filter((l) => l.includes("discord shard"));
        return `--- process ${i + 1} (pid ${b.child.pid})\n${lines.map((l) => l.slice(0, 300)).join("\n")}`;
      })
      .join("\n");
    expect(worst, shardLines).toBe(1);
    // Discord's session start limit (max_concurrency 1 at the fake): one IDENTIFY per 5 s, all processes together.
    const starts = fake.gateway.identifies().map((i) => i.at);
    const gaps = starts.slice(1).map((at, i) => at - (starts[i] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(5000);
    expect(twice).toEqual([]);
    expect(lostOutside).toEqual([]);
    expect(control.length === 0 || sent.some((s) => s.shard === 1 && s.at > killedAt && answered(s))).toBe(
      true,
    );
    // Taken over once the lease ended, plus a check, plus the login (slow on a loaded machine).
    expect(takeoverMs).toBeLessThan(LEASE_SECONDS * 1000 + CHECK_MS + 20_000);
    expect(takeoverMs).toBeGreaterThan(LEASE_SECONDS * 1000 - CHECK_MS - 200);
    expect(handoverMs).toBeLessThan(LEASE_SECONDS * 1000);
  }, 400_000);
});

async function leaseOwners(url: string): Promise<Map<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string; owner: string }>(
      `SELECT "name", "owner" FROM "Lease" WHERE "name" LIKE 'discord:shard:%'`,
    );
    return new Map(rows.map((r) => [r.name, r.owner]));
  } finally {
    await client.end();
  }
}
