/** What only a real database can show: triggers, stored formats, several clients at once. */
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../src/store/database.js";
import { createPrismaStore } from "../../src/store/prisma-store.js";
import { databaseTargets, pgTestUrl } from "../support/db.js";
import { useStore } from "./harness.js";
import { collect, makePost, minutes, seedWorld } from "./seed.js";

describe.each(databaseTargets())("the $name database", (target) => {
  const h = useStore(target);
  const db = () => h.database!.db;

  it("GIVEN an audit event WHEN something tries to change or delete it THEN the database refuses", async () => {
    const { ws } = await seedWorld(h.store);
    await h.store.audit.append({
      workspaceId: ws.id,
      actorRef: "slack:T1:U1",
      action: "note.delete",
      subjectType: "note",
      subjectId: "n1",
      detail: {},
    });
    await expect(db().$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'forged'`)).rejects.toThrow(
      /append-only/,
    );
    await expect(db().$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    expect((await h.store.audit.list(ws.id))[0]?.action).toBe("note.delete");
  });

  it("GIVEN posts written by the bulk upsert WHEN read by Prisma and compared in SQL THEN dates match the client's own format", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const at = new Date("2026-03-05T18:22:30.203Z");
    await h.store.posts.upsertBatch(ws.id, edition.id, [makePost(1, { createdAt: at })]);
    // The same instant written by Prisma itself, in another table.
    await db().edition.update({ where: { id: edition.id }, data: { importedAt: at } });
    const raw = await db().$queryRawUnsafe<Array<{ post: string; edition: string }>>(
      `SELECT CAST(p."createdAt" AS TEXT) AS post, CAST(e."importedAt" AS TEXT) AS edition
       FROM "Post" p JOIN "Edition" e ON e."id" = p."editionId"`,
    );
    expect(raw[0]?.post).toBe(raw[0]?.edition);
    if (target.name === "sqlite") expect(raw[0]?.post).toBe("2026-03-05T18:22:30.203+00:00");
    const row = await db().post.findFirst({ where: { workspaceId: ws.id } });
    expect(row?.createdAt).toEqual(at);
    expect(row?.importedAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    const later = await db().post.count({ where: { createdAt: { gt: new Date(at.getTime() - 1) } } });
    expect(later).toBe(1);
  });

  it("GIVEN posts imported inside a transaction and outside WHEN their dates are read in SQL THEN both use one format", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const at = new Date("2026-03-05T18:22:30.000Z");
    await h.store.posts.upsertBatch(ws.id, edition.id, [makePost(1, { createdAt: at })]);
    await h.store.transaction((tx) =>
      tx.posts.upsertBatch(ws.id, edition.id, [makePost(2, { createdAt: at })]),
    );
    const raw = await db().$queryRawUnsafe<Array<{ at: string }>>(
      `SELECT CAST("createdAt" AS TEXT) AS at FROM "Post" ORDER BY "externalId"`,
    );
    expect(raw).toHaveLength(2);
    expect(raw[0]?.at).toBe(raw[1]?.at);
    const inWindow = await h.store.posts.countByEdition(ws.id, edition.id);
    expect(inWindow).toBe(2);
    expect(await db().post.count({ where: { createdAt: { gte: at, lte: at } } })).toBe(2);
  });

  it("GIVEN a transaction that will fail WHEN a bulk import runs meanwhile THEN the import waits and survives the rollback", async () => {
    const { ws, edition } = await seedWorld(h.store);
    let wrote!: () => void;
    const insideWrote = new Promise<void>((resolve) => {
      wrote = resolve;
    });
    const failing = h.store
      .transaction(async (tx) => {
        await tx.posts.upsertBatch(ws.id, edition.id, [makePost(1)]);
        wrote();
        await new Promise((resolve) => setTimeout(resolve, 50));
        throw new Error("rollback");
      })
      .catch((error: Error) => error.message);
    await insideWrote;
    const outside = h.store.posts.upsertBatch(ws.id, edition.id, [makePost(2)]);
    expect(await failing).toBe("rollback");
    expect(await outside).toEqual({ inserted: 1, updated: 0 });
    const keys = (await collect(h.store.posts.streamByEdition(ws.id, edition.id))).map((p) => p.externalId);
    expect(keys).toEqual([makePost(2).externalId]);
  });

  it("GIVEN anonymous answers WHEN stored THEN no vote row, a turnout row of poll, part and voter, and one box row of totals", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const { poll } = await h.store.polls.create({
      workspaceId: ws.id,
      editionId: edition.id,
      anonymous: true,
      resultsVisible: false,
      closesAt: null,
      createdBy: "u",
      channelRef: null,
      questions: [{ key: "overall", label: null }],
    });
    const question = poll.questions[0]!.id;
    await h.store.polls.castAnonymous(ws.id, poll.id, ["slack:T1:U2"], { questionId: question, value: 4 });
    await h.store.polls.castAnonymous(ws.id, poll.id, ["slack:T1:U3"], { questionId: question, value: 2 });
    const rows = (table: string) =>
      db().$queryRawUnsafe<Array<Record<string, unknown>>>(`SELECT * FROM "${table}"`);
    expect(await rows("PollVote")).toEqual([]);
    const turnout = await rows("PollTurnout");
    expect(Object.keys(turnout[0]!).sort()).toEqual(["part", "pollId", "voter"]);
    expect(turnout.map((r) => r.voter).sort()).toEqual(["slack:T1:U2", "slack:T1:U3"]);
    const boxes = await rows("PollBallotBox");
    expect(boxes).toHaveLength(1);
    expect(Object.keys(boxes[0]!).sort()).toEqual(["comments", "counts", "pollId", "respondents", "version"]);
    expect(JSON.parse(String(boxes[0]!.counts))).toEqual({ [question]: [0, 1, 0, 1, 0] });
  });

  it("GIVEN an import run WHEN it finishes THEN its status, summary and end time are stored", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const id = await h.store.imports.start(ws.id, edition.id, "x-analytics-csv");
    const summary = {
      source: "x-analytics-csv",
      imported: 10,
      updated: 2,
      ignored: 1,
      skipped: [{ at: "row 4", code: "date_invalid", detail: "31/02" }],
      skippedCount: 1,
      daily: 0,
    };
    expect((await db().importRun.findUnique({ where: { id } }))?.status).toBe("running");
    await h.store.imports.finish(ws.id, id, "complete", summary);
    const row = await db().importRun.findUnique({ where: { id } });
    expect(row).toMatchObject({ status: "complete", editionId: edition.id, source: "x-analytics-csv" });
    expect(JSON.parse(row!.summary)).toEqual(summary);
    expect(row?.finishedAt).toBeInstanceOf(Date);
  });
});

describe.each(databaseTargets().filter((t) => t.name === "postgres"))(
  "several processes on $name",
  (target) => {
    const h = useStore(target);

    it("GIVEN 50 due jobs WHEN 4 separately connected claimers race THEN their sets are disjoint and cover all 50", async () => {
      for (let i = 0; i < 50; i += 1)
        await h.store.jobs.schedule({
          key: `job:${i}`,
          kind: "k",
          workspaceId: null,
          payload: {},
          runAt: minutes(i % 3),
        });
      // ::text: @prisma/adapter-pg 6.19 cannot read the `name` type current_schema() returns.
      const schema = await h.database!.db.$queryRawUnsafe<Array<{ s: string }>>(
        "SELECT current_schema()::text AS s",
      );
      // Four clients with their own connection pools stand for four bot processes.
      const processes = await Promise.all(
        [1, 2, 3, 4].map(() => openDatabase(pgTestUrl(), { schema: schema[0]!.s })),
      );
      try {
        const taken = await Promise.all(
          processes.map(async (database, p) => {
            const store = createPrismaStore(database);
            const mine: string[] = [];
            for (;;) {
              const batch = await store.jobs.claim(`process-${p}`, minutes(10), minutes(20), 3);
              if (batch.length === 0) return mine;
              mine.push(...batch.map((j) => j.key));
            }
          }),
        );
        const all = taken.flat();
        expect(all).toHaveLength(50);
        expect(new Set(all).size).toBe(50);
        expect(taken.filter((keys) => keys.length > 0).length).toBeGreaterThan(1);
      } finally {
        await Promise.all(processes.map((d) => d.close()));
      }
    });
  },
);
