/**
 * "Nobody, moderators included, can see who voted what", against a copy of the database, with or
 * without the secret (docs/anonymity.md). The same three people answer in the same order in two
 * runs; only who gave which answers changes. If the two copies read the same (after numbering
 * ids, times, row and transaction numbers by first appearance), nothing in the database, not even
 * storage order or PostgreSQL's xmin, tells which answers are whose.
 */
import { createHmac } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { comparable, databaseCopy } from "../../../support/database-copy.js";
import { type OpenStore, storeTargets } from "../../../support/db.js";
import { createMemoryStore } from "../../../support/memory-store.js";
import { MovableClock, TEST_SECRET } from "../../../support/recording-responder.js";
import { anonymousPollOn, VOTERS } from "./world.js";

interface Answers {
  pacing: number;
  overall: number;
  comment: string;
}

const ANA: Answers = { pacing: 5, overall: 4, comment: "alpha: keep the guest" };
const BEN: Answers = { pacing: 1, overall: 2, comment: "beta: too fast" };
const CLO: Answers = { pacing: 3, overall: 4, comment: "gamma: more questions" };

describe.each(storeTargets())("a copy of the $name database", (target) => {
  let opened: OpenStore[] = [];
  afterEach(async () => {
    for (const store of opened) await store.close();
    opened = [];
  });

  /** U2, U3 and U4 answer pacing and overall and comment, in that order; then the poll closes. */
  async function story(answers: { U2: Answers; U3: Answers; U4: Answers }) {
    const clock = new MovableClock(new Date("2026-03-03T20:00:00Z"));
    // The memory store stamps rows with its clock: the world's, so both runs see the same times.
    const open =
      target.name === "memory"
        ? { store: createMemoryStore({ clock }), close: async () => {} }
        : await target.open();
    opened.push(open);
    const w = await anonymousPollOn(open, { clock });
    for (const user of ["U2", "U3", "U4"] as const) {
      await w.vote(user, 0, answers[user].pacing);
      await w.vote(user, 4, answers[user].overall);
      await w.comment(user, answers[user].comment);
    }
    const whileOpen = await databaseCopy(open);
    await w.close();
    const afterClose = await databaseCopy(open);
    return { w, whileOpen, afterClose };
  }

  it("GIVEN two runs where only who answered what differs WHEN the copies are compared, poll open or closed THEN they are the same", async () => {
    const first = await story({ U2: ANA, U3: BEN, U4: CLO });
    const second = await story({ U2: CLO, U3: ANA, U4: BEN });
    // The copies do hold the answers (here, the comments).
    expect(comparable(first.whileOpen)).toContain("gamma: more questions");
    expect(comparable(first.afterClose)).toContain("gamma: more questions");
    expect(comparable(second.whileOpen)).toBe(comparable(first.whileOpen));
    expect(comparable(second.afterClose)).toBe(comparable(first.afterClose));
  });

  it("GIVEN a copy and afterchat.secret WHEN each member's HMAC(secret, pollId:member) is recomputed THEN no row holds one, and once closed no row names a voter", async () => {
    const { w, whileOpen, afterClose } = await story({ U2: ANA, U3: BEN, U4: CLO });
    const members = ["U1", ...VOTERS].map(w.ref);
    for (const copy of [whileOpen, afterClose]) {
      const text = JSON.stringify(copy);
      for (const member of members)
        expect(text).not.toContain(
          createHmac("sha256", TEST_SECRET).update(`${w.poll.id}:${member}`).digest("hex"),
        );
    }
    const closed = JSON.stringify(afterClose);
    for (const voter of ["U2", "U3", "U4"]) expect(closed).not.toContain(w.ref(voter));
  });
});
