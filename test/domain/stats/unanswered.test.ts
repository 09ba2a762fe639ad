import { describe, expect, it } from "vitest";
import { computeReport, createStatsAccumulator, mergeInto } from "../../../src/domain/stats/index.js";
import { at, post, reply, repost } from "./factory.js";

const CONTEXT = { hashtag: null, hosts: ["host"] };

describe("GIVEN participant questions", () => {
  const asked = post({ externalId: "1", authorHandle: "bob", createdAt: at(1), text: "Anyone tried it ?" });
  const selfOnly = post({ externalId: "2", authorHandle: "dan", createdAt: at(2), text: "Why?" });
  const answered = post({ externalId: "3", authorHandle: "eve", createdAt: at(3), text: "How?" });
  const urlOnly = post({
    externalId: "4",
    authorHandle: "eve",
    createdAt: at(4),
    text: "read https://x.y/?a=1 and www.z.fr/p?q=2",
  });

  it("THEN a reply from someone else answers, a reply from the author does not", () => {
    const report = computeReport(
      [
        // The reply arrives before the question: order must not matter.
        reply(answered, { externalId: "3r", authorHandle: "alice", createdAt: at(5) }),
        asked,
        selfOnly,
        reply(selfOnly, { externalId: "2r", authorHandle: "DAN", createdAt: at(6) }),
        answered,
        urlOnly,
      ],
      CONTEXT,
    );
    expect(report.unanswered.map((left) => left.externalId)).toEqual(["1", "2"]);
  });

  it("THEN a repost of a question is not a question, and a repost is not a reply", () => {
    const report = computeReport([asked, repost(asked, { externalId: "rp", authorHandle: "zed" })], CONTEXT);
    expect(report.unanswered.map((left) => left.externalId)).toEqual(["1"]);
  });

  it("THEN a reply on another network does not answer a post with the same id", () => {
    const elsewhere = reply(asked, { externalId: "m1", network: "mastodon", authorHandle: "zed" });
    const report = computeReport([asked, elsewhere], CONTEXT);
    expect(report.unanswered.map((left) => left.externalId)).toEqual(["1"]);
  });

  it("THEN the author's own reply and then someone else's answers it", () => {
    const report = computeReport(
      [
        selfOnly,
        reply(selfOnly, { externalId: "a", authorHandle: "dan" }),
        reply(selfOnly, { externalId: "b", authorHandle: "dan" }),
        reply(selfOnly, { externalId: "c", authorHandle: "zed" }),
      ],
      CONTEXT,
    );
    expect(report.unanswered).toEqual([]);
  });
});

describe("GIVEN a part of the posts read by another thread", () => {
  const question = (id: string, handle: string, minute: number) =>
    post({ externalId: id, authorHandle: handle, createdAt: at(minute), text: `Question ${id}?` });
  const earlier = question("e1", "ann", 1);
  const answeredThere = question("t1", "bob", 2);
  const selfAnsweredThere = question("t2", "cid", 3);
  const answeredHereLater = question("t3", "dan", 4);
  const part = [
    answeredThere,
    reply(answeredThere, { externalId: "t1r", authorHandle: "eve", createdAt: at(5) }),
    selfAnsweredThere,
    reply(selfAnsweredThere, { externalId: "t2r", authorHandle: "cid", createdAt: at(6) }),
    answeredHereLater,
    // Replies to a question of the first part: what the first part needs from this one.
    reply(earlier, { externalId: "e1r", authorHandle: "fay", createdAt: at(7) }),
  ];
  const first = [
    earlier,
    reply(answeredHereLater, { externalId: "t3r", authorHandle: "gus", createdAt: at(0) }),
  ];

  it("WHEN its state is taken THEN questions answered within it are counted but not sent as candidates", () => {
    const accumulator = createStatsAccumulator(CONTEXT);
    for (const one of part) accumulator.add(one);
    const { unanswered } = accumulator.state();
    expect(unanswered.asked).toBe(3);
    expect(unanswered.candidates.externalId).toEqual(["t2", "t3"]);
  });

  it("WHEN the parts are merged THEN the report is the one-pass report", () => {
    const single = computeReport([...first, ...part], CONTEXT);
    const head = createStatsAccumulator(CONTEXT);
    for (const one of first) head.add(one);
    const other = createStatsAccumulator(CONTEXT);
    for (const one of part) other.add(one);
    const merged = mergeInto(head, [structuredClone(other.state())]);
    expect(merged).toEqual(single);
    expect(merged?.unanswered.map((left) => left.externalId)).toEqual(["t2"]);
  });
});
