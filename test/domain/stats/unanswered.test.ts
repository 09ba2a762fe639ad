import { describe, expect, it } from "vitest";
import { computeReport } from "../../../src/domain/stats/index.js";
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
