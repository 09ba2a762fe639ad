import { describe, expect, it } from "vitest";
import {
  asksNotToBeQuoted,
  mergeOptOuts,
  optOutsFromReplies,
  quotable,
} from "../../../src/domain/content/consent.js";
import { makePost } from "../../store/seed.js";

describe("consent to quote", () => {
  it("GIVEN replies in French and English WHEN read THEN 'no quote' and 'pas de citation' opt out, look-alikes do not", () => {
    for (const yes of [
      "No quote please",
      "@host pas de citation svp",
      "PAS DE CITATIONS",
      "Don’t quote me",
      "ne me citez pas",
    ])
      expect(asksNotToBeQuoted(yes), yes).toBe(true);
    for (const no of ["no quoted text", "A1 quote of the day", "pas de citationnel", "noquote"])
      expect(asksNotToBeQuoted(no), no).toBe(false);
  });

  it("GIVEN a 'no quote' reply to the host and one to someone else WHEN read THEN only the reply to the host opts out", () => {
    const posts = [
      makePost(1, { authorHandle: "Ana", replyToHandle: "host", text: "no quote please", mentions: [] }),
      makePost(2, { authorHandle: "bo", replyToHandle: "cy", text: "no quote", mentions: [] }),
      makePost(3, { authorHandle: "host", text: "Reply 'no quote' if you prefer", mentions: [] }),
      makePost(4, { authorHandle: "dee", text: "@host pas de citation", mentions: ["host"] }),
    ];
    expect(optOutsFromReplies(posts, ["@Host"])).toEqual([
      { network: "x", handle: "ana", source: "reply" },
      { network: "x", handle: "dee", source: "reply" },
    ]);
  });

  it("GIVEN an opt-out and approval on WHEN posts are checked THEN the opted-out author never passes, others only once approved", () => {
    const post = makePost(1, { authorHandle: "Ana" });
    const other = makePost(2, { authorHandle: "bo" });
    const optOuts = [{ network: null, handle: "ana", source: "moderator" as const }];
    expect(quotable(post, { optOuts, approvalRequired: false, approvals: [] })).toBe(false);
    expect(quotable(other, { optOuts, approvalRequired: false, approvals: [] })).toBe(true);
    const approvals = [
      {
        network: post.network,
        externalId: post.externalId,
        authorHandle: "ana",
        status: "approved" as const,
      },
    ];
    expect(quotable(post, { optOuts, approvalRequired: true, approvals })).toBe(false);
    expect(quotable(other, { optOuts: [], approvalRequired: true, approvals })).toBe(false);
    expect(quotable(post, { optOuts: [], approvalRequired: true, approvals })).toBe(true);
    expect(
      quotable(post, {
        optOuts: [],
        approvalRequired: true,
        approvals: [{ ...approvals[0]!, status: "pending" }],
      }),
    ).toBe(false);
  });

  it("GIVEN the same handle from a reply and a moderator WHEN merged THEN one entry, the moderator's", () => {
    expect(
      mergeOptOuts(
        [{ network: "x", handle: "ana", source: "reply" }],
        [{ network: "x", handle: "ana", source: "moderator" }],
      ),
    ).toEqual([{ network: "x", handle: "ana", source: "moderator" }]);
  });
});
