import { describe, expect, it } from "vitest";
import type { NewPoll } from "../../src/domain/poll.js";
import { storeTargets } from "../support/db.js";
import { useStore } from "./harness.js";
import { minutes, seedWorld } from "./seed.js";

function pollInput(workspaceId: string, editionId: string, over: Partial<NewPoll> = {}): NewPoll {
  return {
    workspaceId,
    editionId,
    anonymous: false,
    resultsVisible: false,
    closesAt: minutes(48 * 60),
    createdBy: "slack:T1:U1",
    channelRef: "slack:T1:C1",
    questions: [
      { key: "pacing", label: null },
      { key: null, label: "Was the guest good?" },
    ],
    ...over,
  };
}

describe.each(storeTargets())("polls on $name", (target) => {
  const h = useStore(target);

  it("GIVEN a new poll WHEN it is read back THEN its questions come in order, numbered from 1", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const { poll, created } = await h.store.polls.create(pollInput(ws.id, edition.id));
    expect(created).toBe(true);
    expect(poll).toMatchObject({
      status: "open",
      anonymous: false,
      minAnswers: 1,
      messageRef: null,
      closedAt: null,
    });
    expect(poll.questions.map((q) => [q.position, q.key, q.label])).toEqual([
      [1, "pacing", null],
      [2, null, "Was the guest good?"],
    ]);
    expect(await h.store.polls.get(ws.id, poll.id)).toEqual(poll);
    await h.store.polls.setMessage(ws.id, poll.id, "slack:T1:C2", "1700000000.0001");
    expect(await h.store.polls.get(ws.id, poll.id)).toMatchObject({
      channelRef: "slack:T1:C2",
      messageRef: "1700000000.0001",
    });
  });

  it("GIVEN a retried creation with the same request key WHEN created again THEN the first poll comes back", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const first = await h.store.polls.create(pollInput(ws.id, edition.id, { requestKey: "slack:view:1" }));
    const again = await h.store.polls.create(pollInput(ws.id, edition.id, { requestKey: "slack:view:1" }));
    expect(again).toEqual({ poll: first.poll, created: false });
  });

  it("GIVEN votes WHEN tallied THEN counts, average and sorted comments come, and never who voted", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const { poll } = await h.store.polls.create(pollInput(ws.id, edition.id));
    const [q1, q2] = poll.questions;
    await h.store.polls.vote(ws.id, poll.id, q1!.id, "voter-a", { value: 5, comment: "zippy" });
    await h.store.polls.vote(ws.id, poll.id, q1!.id, "voter-b", { value: 3 });
    await h.store.polls.vote(ws.id, poll.id, q1!.id, "voter-c", { comment: "apt" });
    await h.store.polls.vote(ws.id, poll.id, q2!.id, "voter-a", { value: 4 });
    const tally = await h.store.polls.tally(ws.id, poll.id);
    expect(tally).toEqual([
      { questionId: q1!.id, counts: [0, 0, 1, 0, 1], votes: 2, average: 4, comments: ["apt", "zippy"] },
      { questionId: q2!.id, counts: [0, 0, 0, 1, 0], votes: 1, average: 4, comments: [] },
    ]);
    expect(JSON.stringify(tally)).not.toContain("voter-");
    expect(await h.store.polls.voters(ws.id, poll.id)).toEqual(new Set(["voter-a", "voter-b", "voter-c"]));
    expect(await h.store.polls.votesOf(ws.id, poll.id, "voter-a")).toEqual([
      { questionId: q1!.id, voterKey: "voter-a", value: 5, comment: "zippy" },
      { questionId: q2!.id, voterKey: "voter-a", value: 4, comment: null },
    ]);
  });

  it("GIVEN a vote WHEN the voter changes only the value THEN the comment stays and one vote remains", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const { poll } = await h.store.polls.create(pollInput(ws.id, edition.id));
    const q = poll.questions[0]!;
    await h.store.polls.vote(ws.id, poll.id, q.id, "v", { value: 2, comment: "slow start" });
    await h.store.polls.vote(ws.id, poll.id, q.id, "v", { value: 4 });
    expect(await h.store.polls.votesOf(ws.id, poll.id, "v")).toEqual([
      { questionId: q.id, voterKey: "v", value: 4, comment: "slow start" },
    ]);
    await h.store.polls.vote(ws.id, poll.id, q.id, "v", { value: null, comment: null });
    expect((await h.store.polls.tally(ws.id, poll.id))[0]).toMatchObject({
      votes: 0,
      average: null,
      comments: [],
    });
  });

  it("GIVEN one member clicking 10 times at once WHEN the votes land THEN one vote is stored", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const { poll } = await h.store.polls.create(pollInput(ws.id, edition.id));
    const q = poll.questions[0]!;
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        h.store.polls.vote(ws.id, poll.id, q.id, "same", { value: (i % 5) + 1 }),
      ),
    );
    const tally = await h.store.polls.tally(ws.id, poll.id);
    expect(tally[0]?.votes).toBe(1);
    expect(await h.store.polls.votesOf(ws.id, poll.id, "same")).toHaveLength(1);
  });

  it("GIVEN a value off the scale WHEN voted THEN it is refused", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const { poll } = await h.store.polls.create(pollInput(ws.id, edition.id));
    await expect(
      h.store.polls.vote(ws.id, poll.id, poll.questions[0]!.id, "v", { value: 6 }),
    ).rejects.toMatchObject({
      code: "input_invalid",
    });
  });

  it("GIVEN an open poll WHEN closed twice THEN only the first close counts, and it leaves the open lists", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const { poll } = await h.store.polls.create(pollInput(ws.id, edition.id));
    expect((await h.store.polls.listOpen(ws.id)).map((p) => p.id)).toEqual([poll.id]);
    expect((await h.store.polls.openForEdition(ws.id, edition.id))?.id).toBe(poll.id);
    expect(await h.store.polls.close(ws.id, poll.id, minutes(100))).toBe(true);
    expect(await h.store.polls.close(ws.id, poll.id, minutes(101))).toBe(false);
    expect(await h.store.polls.get(ws.id, poll.id)).toMatchObject({
      status: "closed",
      closedAt: minutes(100),
    });
    expect(await h.store.polls.listOpen(ws.id)).toEqual([]);
    expect(await h.store.polls.openForEdition(ws.id, edition.id)).toBeNull();
    expect((await h.store.polls.latestForEdition(ws.id, edition.id))?.id).toBe(poll.id);
  });

  it("GIVEN two polls in one edition and one in another WHEN their rank is asked THEN the edition's second is 2, the other edition's first 1", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const other = await seedWorld(h.store, "B");
    const first = await h.store.polls.create(pollInput(ws.id, edition.id));
    await h.store.polls.close(ws.id, first.poll.id, minutes(1));
    const second = await h.store.polls.create(pollInput(ws.id, edition.id));
    const elsewhere = await h.store.polls.create(pollInput(other.ws.id, other.edition.id));
    expect(await h.store.polls.ordinalInEdition(ws.id, first.poll)).toBe(1);
    expect(await h.store.polls.ordinalInEdition(ws.id, second.poll)).toBe(2);
    expect(await h.store.polls.ordinalInEdition(other.ws.id, elsewhere.poll)).toBe(1);
  });

  it("GIVEN polls in two workspaces WHEN the scheduler asks which are due THEN open ones past their deadline come, earliest first", async () => {
    const a = await seedWorld(h.store, "A");
    const b = await seedWorld(h.store, "B");
    const late = await h.store.polls.create(pollInput(a.ws.id, a.edition.id, { closesAt: minutes(120) }));
    const early = await h.store.polls.create(pollInput(b.ws.id, b.edition.id, { closesAt: minutes(90) }));
    const exact = await h.store.polls.create(pollInput(b.ws.id, b.edition.id, { closesAt: minutes(150) }));
    await h.store.polls.create(pollInput(a.ws.id, a.edition.id, { closesAt: minutes(151) }));
    await h.store.polls.create(pollInput(a.ws.id, a.edition.id, { closesAt: null }));
    const closed = await h.store.polls.create(pollInput(a.ws.id, a.edition.id, { closesAt: minutes(10) }));
    await h.store.polls.close(a.ws.id, closed.poll.id, minutes(11));

    const due = await h.store.polls.listDueAcrossWorkspaces(minutes(150));
    expect(due.map((p) => p.id)).toEqual([early.poll.id, late.poll.id, exact.poll.id]);
    expect(due.map((p) => p.workspaceId)).toEqual([b.ws.id, a.ws.id, b.ws.id]);
    expect(due[0]?.questions.map((q) => q.position)).toEqual([1, 2]);
    expect(await h.store.polls.listDueAcrossWorkspaces(minutes(89))).toEqual([]);
  });

  it("GIVEN workspace B's poll WHEN workspace A reads, votes, tallies or closes it THEN nothing is seen or changed", async () => {
    const a = await seedWorld(h.store, "A");
    const b = await seedWorld(h.store, "B");
    const { poll } = await h.store.polls.create(pollInput(b.ws.id, b.edition.id, { requestKey: "rk" }));
    const q = poll.questions[0]!;
    await h.store.polls.vote(b.ws.id, poll.id, q.id, "b-voter", { value: 5 });
    expect(await h.store.polls.get(a.ws.id, poll.id)).toBeNull();
    expect(await h.store.polls.openForEdition(a.ws.id, b.edition.id)).toBeNull();
    expect(await h.store.polls.latestForEdition(a.ws.id, b.edition.id)).toBeNull();
    expect(await h.store.polls.listOpen(a.ws.id)).toEqual([]);
    expect(await h.store.polls.tally(a.ws.id, poll.id)).toEqual([]);
    expect(await h.store.polls.voters(a.ws.id, poll.id)).toEqual(new Set());
    expect(await h.store.polls.votesOf(a.ws.id, poll.id, "b-voter")).toEqual([]);
    await expect(h.store.polls.vote(a.ws.id, poll.id, q.id, "a-voter", { value: 1 })).rejects.toMatchObject({
      code: "poll_not_found",
    });
    await expect(h.store.polls.setMessage(a.ws.id, poll.id, "x", "y")).rejects.toMatchObject({
      code: "poll_not_found",
    });
    expect(await h.store.polls.close(a.ws.id, poll.id, minutes(1))).toBe(false);
    await expect(
      h.store.polls.create(pollInput(a.ws.id, a.edition.id, { requestKey: "rk" })),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    expect((await h.store.polls.get(b.ws.id, poll.id))?.status).toBe("open");
    expect((await h.store.polls.tally(b.ws.id, poll.id))[0]?.votes).toBe(1);
  });
});
