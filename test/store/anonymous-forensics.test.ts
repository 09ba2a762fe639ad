/**
 * A copy of ./data read byte by byte, not through SQL: SQLite leaves the earlier images of changed
 * pages in its WAL file, and deleted or moved rows in free space, unless told otherwise. An
 * anonymous poll's earlier ballot boxes (each one answer away from the next: the difference is
 * that person's answer) and, once closed, who answered, must not be found there
 * (docs/anonymity.md; PostgreSQL's files are discussed there, not tested).
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sqliteFilePath } from "../../src/store/url.js";
import { databaseTargets } from "../support/db.js";
import { minutes, seedWorld } from "./seed.js";

const sqlite = databaseTargets().filter((t) => t.name === "sqlite");

describe.each(sqlite)("the files of an anonymous poll's $name database", (target) => {
  /** The database file and its WAL, as a copy of ./data would hold them. */
  function files(url: string): string {
    const path = sqliteFilePath(url);
    return Buffer.concat([path, `${path}-wal`].filter(existsSync).map((p) => readFileSync(p))).toString(
      "latin1",
    );
  }

  it("GIVEN answers one after the other WHEN the poll closes THEN the files hold no earlier ballot box and no voter", async () => {
    const open = await target.open();
    try {
      const { ws, edition } = await seedWorld(open.store);
      const { poll } = await open.store.polls.create({
        workspaceId: ws.id,
        editionId: edition.id,
        anonymous: true,
        resultsVisible: false,
        closesAt: minutes(60),
        createdBy: "slack:T1:U1",
        channelRef: null,
        questions: [{ key: "overall", label: null }],
      });
      const question = poll.questions[0]!.id;
      const boxes: string[] = [];
      const voters = ["slack:T1:UVOTERANA", "slack:T1:UVOTERBEN", "slack:T1:UVOTERCLO"];
      for (const [i, voter] of voters.entries()) {
        await open.store.polls.castAnonymous(ws.id, poll.id, [voter], { questionId: question, value: i + 3 });
        await open.store.polls.castAnonymous(ws.id, poll.id, [voter], { comment: `comment number ${i}` });
        const [row] = await open.database!.db.pollBallotBox.findMany({ where: { pollId: poll.id } });
        boxes.push(row!.counts, row!.comments);
      }
      const whileOpen = files(open.location!.url);
      // The current box is there; no earlier one is.
      expect(whileOpen).toContain(boxes.at(-2)!);
      for (const earlier of boxes.slice(0, -2)) expect(whileOpen).not.toContain(earlier);
      // As closePoll does: inside a transaction, with its audit row.
      await open.store.transaction((tx) => tx.polls.close(ws.id, poll.id, minutes(61)));
      const closed = files(open.location!.url);
      for (const voter of voters) expect(closed).not.toContain(voter);
      for (const earlier of boxes.slice(0, -2)) expect(closed).not.toContain(earlier);
    } finally {
      await open.close();
    }
  });
});
