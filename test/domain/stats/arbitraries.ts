import fc from "fast-check";
import { NETWORKS, POST_KINDS, type Post } from "../../../src/domain/post.js";
import type { ReportContext } from "../../../src/domain/stats/report.js";
import { extractHashtags, extractMentions } from "../../../src/domain/text.js";

/** Random posts and contexts for the stats engine's property tests. */
export const T0 = Date.UTC(2026, 0, 15, 18, 0);
export const HOUR = 3_600_000;

const WORDS = [
  "coffee",
  "break",
  "remote",
  "work",
  "café",
  "équipe",
  "the",
  "and",
  "why?",
  "pourquoi ?",
  "Q1:",
  "Q2 -",
  "A1",
  "A2:",
  "R2 -",
  "A1C",
  "https://x.y/?a=1",
  "#chat",
  "#Tools",
  "#café",
  "@bob",
  "@Host",
  ".",
  "!",
  "🎉",
];

export const postArbitrary: fc.Arbitrary<Post> = fc
  .record({
    network: fc.constantFrom(...NETWORKS),
    externalId: fc.integer({ min: 1, max: 300 }).map(String),
    authorHandle: fc.constantFrom("alice", "Alice", "bob", "host", "Host", "zoé"),
    authorName: fc.option(fc.constantFrom("A", "B", "Zoé"), { nil: null }),
    authorFollowers: fc.option(fc.nat(10_000), { nil: null }),
    words: fc.array(fc.constantFrom(...WORDS), { maxLength: 10 }),
    // Whole minutes within an hour (so equal times, and the tie rules, are common), sometimes whole hours
    // over three days, to cross the bucket thresholds.
    offset: fc.oneof(
      { arbitrary: fc.integer({ min: 0, max: 60 }).map((minutes) => minutes * 60_000), weight: 9 },
      { arbitrary: fc.integer({ min: 0, max: 72 }).map((hours) => hours * HOUR), weight: 1 },
    ),
    kind: fc.constantFrom(...POST_KINDS),
    replyToId: fc.option(fc.integer({ min: 1, max: 300 }).map(String), { nil: null }),
    likes: fc.nat(50),
    reposts: fc.nat(20),
    replies: fc.nat(20),
    quotes: fc.nat(5),
    impressions: fc.option(fc.nat(5_000), { nil: null }),
  })
  .map(({ words, offset, ...fields }) => {
    const text = words.join(" ");
    return {
      ...fields,
      text,
      createdAt: new Date(T0 + offset),
      replyToHandle: null,
      referencedId: null,
      conversationId: null,
      url: null,
      hashtags: extractHashtags(text),
      mentions: extractMentions(text),
    };
  });

/** Posts with distinct network+id keys (so "the later copy wins" never comes into play). */
export const postsArbitrary = fc.uniqueArray(postArbitrary, {
  selector: (post) => `${post.network}:${post.externalId}`,
  maxLength: 150,
  size: "medium",
});

export const contextArbitrary: fc.Arbitrary<ReportContext> = fc.record({
  hashtag: fc.constantFrom("#chat", null),
  hosts: fc.constant(["@host"]),
  window: fc.constant({ startsAt: new Date(T0), endsAt: new Date(T0 + HOUR / 2) }),
  previousContributors: fc.option(fc.constant(new Set(["x:alice", "bluesky:bob"])), { nil: null }),
  previous: fc.constant(null),
  topN: fc.integer({ min: 0, max: 6 }),
});
