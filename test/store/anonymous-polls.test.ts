/**
 * Anonymous polls in every store: the turnout (who answered which part) and the ballot box
 * (totals) written together, one answer per person and part under concurrent calls, the turnout
 * forgotten and figures under k erased at close, and each workspace kept to itself.
 */
import { describe, expect, it } from "vitest";
import { COMMENT_PART } from "../../src/domain/ballot-box.js";
import type { NewPoll } from "../../src/domain/poll.js";
import { storeTargets } from "../support/db.js";
import { useStore } from "./harness.js";
import { minutes, seedWorld } from "./seed.js";

function anonymousPoll(workspaceId: string, editionId: string): NewPoll {
  return {
    workspaceId,
    editionId,
    anonymous: true,
    resultsVisible: false,
    closesAt: minutes(48 * 60),
    createdBy: "slack:T1:U1",
    channelRef: "slack:T1:C1",
    questions: [
      { key: "pacing", label: null },
      { key: "overall", label: null },
    ],
  };
}

const U = (n: number) => `slack:T1:U${n}`;

describe.each(storeTargets())("anonymous polls on $name", (target) => {
  const h = useStore(target);

  async function opened() {
    const { ws, edition } = await seedWorld(h.store);
    const { poll } = await h.store.polls.create(anonymousPoll(ws.id, edition.id));
    const [pacing, overall] = poll.questions.map((q) => q.id) as [string, string];
    return { ws, poll, pacing, overall };
  }

  it("GIVEN a new anonymous poll THEN it needs 3 answers, its tally is empty, and it takes no named vote", async () => {
    const { ws, poll, pacing } = await opened();
    expect(poll).toMatchObject({ anonymous: true, minAnswers: 3 });
    expect((await h.store.polls.tally(ws.id, poll.id)).map((t) => t.votes)).toEqual([0, 0]);
    await expect(h.store.polls.vote(ws.id, poll.id, pacing, U(2), { value: 4 })).rejects.toMatchObject({
      code: "poll_not_found",
    });
    expect(await h.store.polls.votesOf(ws.id, poll.id, U(2))).toEqual([]);
  });

  it("GIVEN answers and comments WHEN read THEN totals and sorted comments come, who answered is known per part, never how", async () => {
    const { ws, poll, pacing, overall } = await opened();
    expect(await h.store.polls.castAnonymous(ws.id, poll.id, [U(2)], { questionId: pacing, value: 5 })).toBe(
      true,
    );
    await h.store.polls.castAnonymous(ws.id, poll.id, [U(3)], { questionId: pacing, value: 3 });
    await h.store.polls.castAnonymous(ws.id, poll.id, [U(2)], { questionId: overall, value: 4 });
    await h.store.polls.castAnonymous(ws.id, poll.id, [U(3)], { comment: "zippy" });
    await h.store.polls.castAnonymous(ws.id, poll.id, [U(4)], { comment: "apt" });
    expect(await h.store.polls.tally(ws.id, poll.id)).toEqual([
      { questionId: pacing, counts: [0, 0, 1, 0, 1], votes: 2, average: 4, comments: [] },
      { questionId: overall, counts: [0, 0, 0, 1, 0], votes: 1, average: 4, comments: ["apt", "zippy"] },
    ]);
    expect(await h.store.polls.respondents(ws.id, poll.id)).toBe(3);
    expect(await h.store.polls.voters(ws.id, poll.id)).toEqual(new Set([U(2), U(3), U(4)]));
    expect(await h.store.polls.answeredParts(ws.id, poll.id, [U(2)])).toEqual(new Set([pacing, overall]));
    expect(await h.store.polls.answeredParts(ws.id, poll.id, [U(3)])).toEqual(
      new Set([pacing, COMMENT_PART]),
    );
  });

  it("GIVEN one person's part already answered WHEN they answer it again, under any of their names THEN it is refused and nothing moves", async () => {
    const { ws, poll, pacing } = await opened();
    await h.store.polls.castAnonymous(ws.id, poll.id, ["legacy:abc"], { questionId: pacing, value: 5 });
    const before = await h.store.polls.tally(ws.id, poll.id);
    expect(
      await h.store.polls.castAnonymous(ws.id, poll.id, [U(2), "legacy:abc"], {
        questionId: pacing,
        value: 1,
      }),
    ).toBe(false);
    expect(await h.store.polls.tally(ws.id, poll.id)).toEqual(before);
    expect(await h.store.polls.respondents(ws.id, poll.id)).toBe(1);
  });

  it("GIVEN ten answers of one person to one part at once WHEN they land THEN exactly one counts", async () => {
    const { ws, poll, pacing } = await opened();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        h.store.polls.castAnonymous(ws.id, poll.id, [U(2)], { questionId: pacing, value: (i % 5) + 1 }),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect((await h.store.polls.tally(ws.id, poll.id))[0]?.votes).toBe(1);
  });

  it("GIVEN twelve people and one person's two parts answering at once WHEN they land THEN none is lost and that person counts once", async () => {
    const { ws, poll, pacing, overall } = await opened();
    await Promise.all([
      ...Array.from({ length: 12 }, (_, i) =>
        h.store.polls.castAnonymous(ws.id, poll.id, [U(10 + i)], { questionId: pacing, value: (i % 5) + 1 }),
      ),
      h.store.polls.castAnonymous(ws.id, poll.id, [U(2)], { questionId: pacing, value: 4 }),
      h.store.polls.castAnonymous(ws.id, poll.id, [U(2)], { questionId: overall, value: 4 }),
    ]);
    const [p, o] = await h.store.polls.tally(ws.id, poll.id);
    expect(p?.counts).toEqual([3, 3, 2, 3, 2]);
    expect(o?.counts).toEqual([0, 0, 0, 1, 0]);
    expect(await h.store.polls.respondents(ws.id, poll.id)).toBe(13);
  });

  it("GIVEN an anonymous poll WHEN it closes THEN who answered is forgotten, figures and comments under 3 are erased, the rest and the count kept", async () => {
    const { ws, poll, pacing, overall } = await opened();
    for (const [n, value] of [
      [2, 5],
      [3, 4],
      [4, 4],
    ] as const)
      await h.store.polls.castAnonymous(ws.id, poll.id, [U(n)], { questionId: pacing, value });
    await h.store.polls.castAnonymous(ws.id, poll.id, [U(2)], { questionId: overall, value: 1 });
    await h.store.polls.castAnonymous(ws.id, poll.id, [U(2)], { comment: "only one" });
    expect(await h.store.polls.close(ws.id, poll.id, minutes(10))).toBe(true);
    expect(await h.store.polls.voters(ws.id, poll.id)).toEqual(new Set());
    expect(await h.store.polls.answeredParts(ws.id, poll.id, [U(2)])).toEqual(new Set());
    expect(await h.store.polls.respondents(ws.id, poll.id)).toBe(3);
    const [p, o] = await h.store.polls.tally(ws.id, poll.id);
    expect(p).toMatchObject({ counts: [0, 0, 0, 2, 1], votes: 3 });
    expect(o).toEqual({
      questionId: overall,
      counts: [0, 0, 0, 0, 0],
      votes: 0,
      average: null,
      comments: [],
      withheld: true,
      commentsWithheld: true,
    });
    expect(await h.store.polls.close(ws.id, poll.id, minutes(11))).toBe(false);
  });

  it("GIVEN workspace B's anonymous poll WHEN workspace A answers or reads it THEN it is refused and sees nothing", async () => {
    const a = await seedWorld(h.store, "A");
    const b = await seedWorld(h.store, "B");
    const { poll } = await h.store.polls.create(anonymousPoll(b.ws.id, b.edition.id));
    const pacing = poll.questions[0]!.id;
    await h.store.polls.castAnonymous(b.ws.id, poll.id, [U(2)], { questionId: pacing, value: 5 });
    await expect(
      h.store.polls.castAnonymous(a.ws.id, poll.id, [U(3)], { questionId: pacing, value: 1 }),
    ).rejects.toMatchObject({ code: "poll_not_found" });
    expect(await h.store.polls.answeredParts(a.ws.id, poll.id, [U(2)])).toEqual(new Set());
    expect(await h.store.polls.voters(a.ws.id, poll.id)).toEqual(new Set());
    expect(await h.store.polls.respondents(a.ws.id, poll.id)).toBe(0);
    expect(await h.store.polls.tally(a.ws.id, poll.id)).toEqual([]);
  });

  it("GIVEN a value off the scale or an unknown question WHEN answered THEN it is refused", async () => {
    const { ws, poll, pacing } = await opened();
    await expect(
      h.store.polls.castAnonymous(ws.id, poll.id, [U(2)], { questionId: pacing, value: 6 }),
    ).rejects.toMatchObject({ code: "input_invalid" });
    await expect(
      h.store.polls.castAnonymous(ws.id, poll.id, [U(2)], { questionId: "nope", value: 3 }),
    ).rejects.toMatchObject({ code: "poll_not_found" });
    expect(await h.store.polls.voters(ws.id, poll.id)).toEqual(new Set());
  });
});
