import { afterEach, describe, expect, it } from "vitest";
import { createJobRunner } from "../../../src/jobs/runner.js";
import { createLogger } from "../../../src/log.js";
import { sentence } from "../../../src/render/message.js";
import { openDatabase } from "../../../src/store/database.js";
import { createPrismaStore } from "../../../src/store/prisma-store.js";
import { databaseTargets, type OpenStore } from "../../support/db.js";
import { startFakeSlack } from "../../support/fake-slack.js";
import { type OAuthWorld, startOAuthWorld } from "./oauth-world.js";

/** Slack's tokens live 12 hours; the fake's live LIFETIME_S so that one expires between two jobs. */
const LIFETIME_S = 2;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const posts = (w: OAuthWorld) => w.fake.calls("chat.postMessage");

describe("Slack token rotation", () => {
  const worlds: OAuthWorld[] = [];
  const stores: OpenStore[] = [];
  afterEach(async () => {
    for (const w of worlds.splice(0)) await w.stop(false);
    for (const s of stores.splice(0)) await s.close();
  });

  it("GIVEN a token that expires between two scheduled jobs WHEN the second runs THEN it refreshes first (once) and posts with the new token", async () => {
    const fake = await startFakeSlack();
    fake.oauth.expiresIn = LIFETIME_S;
    const w = await startOAuthWorld({ fake, refreshBeforeSeconds: 0.5 });
    worlds.push(w);
    await w.install("TA1");
    const clock = { now: () => new Date() };
    const runner = createJobRunner({
      store: w.store,
      clock,
      owner: "scheduler-1",
      leaseMs: 60_000,
      pollMs: 1000,
      graceMs: 60_000,
      maxAttempts: 1,
      log: createLogger({ level: "silent" }),
      handlers: {
        send: {
          mode: "idempotent",
          run: async (job) => {
            await w.running.platform.post("slack:TA1:C1", sentence(String(job.payload.text)));
          },
        },
      },
    });
    const job = (key: string) =>
      w.store.jobs.schedule({
        key,
        kind: "send",
        workspaceId: null,
        payload: { text: key },
        runAt: clock.now(),
      });

    await job("first");
    expect((await runner.tick()).ran).toEqual([{ key: "first", outcome: "done" }]);
    await sleep(LIFETIME_S * 1000 + 100); // the first token is now expired at Slack
    await job("second");
    expect((await runner.tick()).ran).toEqual([{ key: "second", outcome: "done" }]);

    const [first, second] = posts(w);
    expect(first?.response.ok).toBe(true);
    expect(second?.response.ok).toBe(true);
    expect(second?.token).not.toBe(first?.token);
    expect(fake.oauth.check(first?.token ?? "")).toEqual({ error: "token_expired" });
    expect(fake.oauth.refreshes.map((r) => r.answer)).toEqual(["ok"]);
    await fake.close();
  });

  // Several processes share PostgreSQL (docs/scheduling.md); SQLite serves one process.
  describe.each(databaseTargets().filter((t) => t.name === "postgres"))("on $name", (target) => {
    it("GIVEN two processes on one database and an expiring token WHEN both send at once THEN the refresh token is spent once and every send works", async () => {
      const fake = await startFakeSlack();
      fake.oauth.expiresIn = LIFETIME_S;
      const first = await target.open();
      stores.push(first);
      const location = first.location!;
      const database = await openDatabase(location.url, location.schema ? { schema: location.schema } : {});
      stores.push({ store: createPrismaStore(database), close: () => database.close() });
      const a = await startOAuthWorld({
        fake,
        store: first.store,
        refreshBeforeSeconds: 0.5,
        owner: "proc-a",
      });
      worlds.push(a);
      const b = await startOAuthWorld({
        fake,
        store: stores[1]!.store,
        refreshBeforeSeconds: 0.5,
        owner: "proc-b",
      });
      worlds.push(b);
      await a.install("TA1");
      await sleep(LIFETIME_S * 1000 + 100);

      await Promise.all(
        Array.from({ length: 6 }, (_, i) =>
          (i % 2 ? a : b).running.platform.post(`slack:TA1:C${i}`, sentence(`send ${i}`)),
        ),
      );
      expect(fake.oauth.refreshes.map((r) => r.answer)).toEqual(["ok"]);
      const sent = fake.calls("chat.postMessage");
      expect(sent).toHaveLength(6);
      expect(sent.every((c) => c.response.ok === true)).toBe(true);
      expect(new Set(sent.map((c) => c.token)).size).toBe(1);
      await fake.close();
    });
  });
});
