/**
 * Upgrading a database whose anonymous polls kept each answer under HMAC(secret, pollId:user):
 * the migration moves the answers into the ballot box, the keys of open polls into the turnout
 * (as "legacy:<hmac>"), and deletes the keyed rows; named polls, and every poll's questions, stay
 * as they were. Afterwards the people who had answered are still recognised: no second answer,
 * no reminder.
 */
import { createHmac } from "node:crypto";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import Sqlite from "better-sqlite3";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { remindNonVoters } from "../../src/app/polls/index.js";
import { turnoutNames } from "../../src/domain/polls.js";
import { silentLogger } from "../../src/log.js";
import { openDatabase } from "../../src/store/database.js";
import { migrate, readMigrations } from "../../src/store/migrate.js";
import { createPrismaStore } from "../../src/store/prisma-store.js";
import { sqliteFilePath } from "../../src/store/url.js";
import { freshPgSchema, freshSqliteUrl, pgReachable, pgTestUrl } from "../support/db.js";
import { MovableClock, RecordingPlatforms, TEST_SECRET } from "../support/recording-responder.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const FIRST = "20261125181641_init";
const ref = (u: string) => `slack:T1:${u}`;
const key = (poll: string, u: string) =>
  createHmac("sha256", TEST_SECRET)
    .update(`${poll}:${ref(u)}`)
    .digest("hex");

/** The migrations up to the one before the ballot box, in a temporary folder. */
function migrationsBefore(provider: "sqlite" | "postgres") {
  const dir = mkdtempSync(join(tmpdir(), "afterchat-legacy-"));
  cpSync(join(ROOT, "prisma", provider, "migrations", FIRST), join(dir, provider, "migrations", FIRST), {
    recursive: true,
  });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A workspace, a series (U1 moderator, U2..U4 members), an edition and three polls made the old
 * way: "named" (U2: 4), "open" anonymous (U2: 5 + a comment, U3: 2) and "closed" anonymous (U2: 1).
 */
function legacyRows(now: string): string[] {
  const vote = (id: string, question: string, voter: string, value: number | null, comment: string | null) =>
    `INSERT INTO "PollVote" ("id","questionId","voterKey","value","comment") VALUES ('${id}','${question}','${voter}',${value ?? "NULL"},${comment === null ? "NULL" : `'${comment}'`})`;
  const poll = (id: string, anonymous: boolean, status: string) =>
    `INSERT INTO "Poll" ("id","workspaceId","editionId","anonymous","status","createdBy","channelRef") VALUES ('${id}','w','e',${anonymous},'${status}','${ref("U1")}','slack:T1:C1')`;
  return [
    `INSERT INTO "Workspace" ("id","platform","externalId","name","updatedAt") VALUES ('w','slack','T1','Team',${now})`,
    `INSERT INTO "ChatSeries" ("id","workspaceId","hashtag","title","debriefChannel","updatedAt") VALUES ('s','w','edchat','Ed','slack:T1:C1',${now})`,
    ...["U1", "U2", "U3", "U4"].map(
      (u) =>
        `INSERT INTO "TeamMember" ("id","workspaceId","seriesId","userRef","role") VALUES ('t${u}','w','s','${ref(u)}','${u === "U1" ? "moderator" : "member"}')`,
    ),
    `INSERT INTO "Edition" ("id","workspaceId","seriesId","number","startsAt","endsAt","updatedAt") VALUES ('e','w','s',1,${now},${now},${now})`,
    poll("named", false, "open"),
    poll("open", true, "open"),
    poll("closed", true, "closed"),
    ...["named", "open", "closed"].flatMap((p) => [
      `INSERT INTO "PollQuestion" ("id","pollId","position","key") VALUES ('${p}-q1','${p}',1,'pacing')`,
      `INSERT INTO "PollQuestion" ("id","pollId","position","key") VALUES ('${p}-q2','${p}',2,'overall')`,
    ]),
    vote("v1", "named-q1", ref("U2"), 4, null),
    vote("v2", "open-q1", key("open", "U2"), 5, null),
    vote("v3", "open-q2", key("open", "U2"), null, "keep it short"),
    vote("v4", "open-q1", key("open", "U3"), 2, null),
    vote("v5", "closed-q1", key("closed", "U2"), 1, null),
  ];
}

interface Case {
  name: "sqlite" | "postgres";
  url: string;
  schema?: string;
  seed(rows: string[]): Promise<void>;
  cleanup(): Promise<void>;
}

async function sqliteCase(): Promise<Case> {
  const file = freshSqliteUrl();
  return {
    name: "sqlite",
    url: file.url,
    async seed(rows) {
      const db = new Sqlite(sqliteFilePath(file.url));
      for (const row of rows) db.exec(row);
      db.close();
    },
    cleanup: async () => file.remove(),
  };
}

async function postgresCase(): Promise<Case> {
  const { schema, drop } = freshPgSchema();
  return {
    name: "postgres",
    url: pgTestUrl(),
    schema,
    async seed(rows) {
      const client = new pg.Client({ connectionString: pgTestUrl() });
      await client.connect();
      try {
        await client.query(`SET search_path TO "${schema}"`);
        for (const row of rows) await client.query(row);
      } finally {
        await client.end();
      }
    },
    cleanup: drop,
  };
}

const cases = [sqliteCase, ...(pgReachable() ? [postgresCase] : [])];

describe.each(cases.map((make) => ({ make, name: make === sqliteCase ? "sqlite" : "postgres" })))(
  "upgrading anonymous polls on $name",
  ({ make }) => {
    const cleanups: Array<() => Promise<void>> = [];
    afterEach(async () => {
      for (const cleanup of cleanups.splice(0)) await cleanup();
    });

    it("GIVEN polls made before the ballot box WHEN migrated THEN answers move to the box, HMAC-keyed rows go, voters are still recognised", async () => {
      const target = await make();
      cleanups.push(() => target.cleanup());
      const before = migrationsBefore(target.name);
      cleanups.push(async () => before.remove());
      const options = target.schema ? { schema: target.schema } : {};
      await migrate(target.url, { ...options, prismaDir: before.dir });
      await target.seed(legacyRows(target.name === "sqlite" ? "1764000000000" : "now()"));
      const applied = await migrate(target.url, options);
      expect(applied.applied).toEqual(
        readMigrations(target.name)
          .map((m) => m.name)
          .slice(1),
      );

      const database = await openDatabase(target.url, options);
      cleanups.push(() => database.close());
      const store = createPrismaStore(database);
      // Every poll keeps its questions; the named poll keeps its vote.
      expect(await database.db.pollQuestion.count()).toBe(6);
      expect(await store.polls.votesOf("w", "named", ref("U2"))).toEqual([
        { questionId: "named-q1", voterKey: ref("U2"), value: 4, comment: null },
      ]);
      // No HMAC-keyed row is left; a closed poll's keys are not even in the file's free space.
      expect(await database.db.pollVote.findMany({ select: { id: true } })).toEqual([{ id: "v1" }]);
      if (target.name === "sqlite") {
        const path = sqliteFilePath(target.url);
        const bytes = [path, `${path}-wal`].filter(existsSync).map((p) => readFileSync(p).toString("latin1"));
        expect(bytes.join("")).not.toContain(key("closed", "U2"));
      }
      const open = await store.polls.get("w", "open");
      expect(open).toMatchObject({ anonymous: true, minAnswers: 3 });
      expect(await store.polls.tally("w", "open")).toEqual([
        { questionId: "open-q1", counts: [0, 1, 0, 0, 1], votes: 2, average: 3.5, comments: [] },
        {
          questionId: "open-q2",
          counts: [0, 0, 0, 0, 0],
          votes: 0,
          average: null,
          comments: ["keep it short"],
        },
      ]);
      expect(await store.polls.respondents("w", "open")).toBe(2);
      expect(await store.polls.respondents("w", "closed")).toBe(1);
      expect(await store.polls.voters("w", "closed")).toEqual(new Set());
      expect(await store.polls.get("w", "named")).toMatchObject({ minAnswers: 1 });

      // U2 answered pacing before the upgrade: a second answer is refused; overall is still theirs to give.
      const names = turnoutNames("open", ref("U2"), TEST_SECRET);
      expect(await store.polls.castAnonymous("w", "open", names, { questionId: "open-q1", value: 1 })).toBe(
        false,
      );
      expect(await store.polls.castAnonymous("w", "open", names, { comment: "again" })).toBe(false);
      expect(await store.polls.castAnonymous("w", "open", names, { questionId: "open-q2", value: 3 })).toBe(
        true,
      );
      expect(await store.polls.respondents("w", "open")).toBe(2);

      // Reminders reach U1 and U4 only.
      const platforms = new RecordingPlatforms();
      const services = {
        store,
        clock: new MovableClock(new Date("2026-11-26T00:00:00Z")),
        platforms,
        log: silentLogger(),
        secret: TEST_SECRET,
        liveSource: () => null,
        importMaxBytes: 1,
      };
      expect(await remindNonVoters(services, "w", "open")).toBe(2);
      expect(
        platforms
          .of("dm")
          .map((d) => d.user)
          .sort(),
      ).toEqual([ref("U1"), ref("U4")]);
    });
  },
);
