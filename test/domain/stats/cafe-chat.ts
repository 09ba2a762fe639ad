import type { Post } from "../../../src/domain/post.js";
import type { Headline, ReportContext } from "../../../src/domain/stats/report.js";
import { at, post, quote, reply, repost } from "./factory.js";

/**
 * A synthetic #CafeChat edition, 18:00-19:00 UTC, hosted by "Host" (written "@Host" in the context and
 * "Host" as the author handle, to exercise case-insensitivity). Six authors:
 *   Host 1000 followers, alice 200, bob 50, dan 300 then 350, chloe unknown (null), eve 80.
 * Every figure asserted in cafe-chat.test.ts is derived by hand there from this list.
 */
const host = { authorHandle: "Host", authorName: "The Host", authorFollowers: 1000 };
const alice = { authorHandle: "alice", authorName: "Alice", authorFollowers: 200 };
const bob = { authorHandle: "bob", authorName: "Bob", authorFollowers: 50 };
const dan = { authorHandle: "dan", authorName: "Dan", authorFollowers: 300 };
const chloe = { authorHandle: "chloe", authorName: "Chloé", authorFollowers: null };
const eve = { authorHandle: "eve", authorName: "Eve", authorFollowers: 80 };

const p01 = post({
  externalId: "p01",
  ...host,
  createdAt: at(0),
  likes: 2,
  text: "Welcome to #CafeChat! Questions start soon.",
});
const p02 = post({
  externalId: "p02",
  ...host,
  createdAt: at(2),
  likes: 5,
  reposts: 2,
  replies: 3,
  impressions: 1000,
  url: "https://x.com/Host/status/p02",
  text: "Q1: What does remote work change for coffee breaks? #CafeChat",
});
const p03 = reply(p02, {
  externalId: "p03",
  ...alice,
  createdAt: at(4, 10),
  likes: 4,
  reposts: 1,
  impressions: 400,
  text: "A1: Remote work makes coffee breaks lonely. #CafeChat #remotework",
});
const p04 = reply(p02, {
  externalId: "p04",
  ...bob,
  createdAt: at(4, 40),
  likes: 1,
  text: "@host A1 remote work coffee breaks are shorter #CafeChat",
});
const p05 = repost(p02, { externalId: "p05", ...dan, createdAt: at(4, 50) });
const p06 = post({
  externalId: "p06",
  ...host,
  createdAt: at(10),
  likes: 3,
  reposts: 1,
  replies: 1,
  quotes: 1,
  text: "Q2: How do you keep a team connected? #CafeChat",
});
const p07 = reply(p06, {
  externalId: "p07",
  ...chloe,
  createdAt: at(12),
  likes: 2,
  text: "R2 - Un café virtuel chaque lundi, l'équipe adore. #CafeChat",
});
const p08 = quote(p06, {
  externalId: "p08",
  ...alice,
  createdAt: at(13),
  likes: 3,
  text: "A2 a virtual coffee every day! https://ex.com/?ref=chat #CafeChat",
});
const p09 = post({
  externalId: "p09",
  ...bob,
  createdAt: at(15),
  likes: 1,
  text: "Does anyone use a coffee roulette tool? #CafeChat #tools",
});
const p10 = reply(p09, {
  externalId: "p10",
  ...alice,
  createdAt: at(17),
  text: "@bob yes, coffee roulette works well #CafeChat",
});
const p11 = post({
  externalId: "p11",
  ...dan,
  createdAt: at(18),
  likes: 2,
  text: "Who else drinks tea instead? #CafeChat",
});
const p12 = reply(p11, {
  externalId: "p12",
  ...dan,
  authorFollowers: 350,
  createdAt: at(19),
  text: "Me, obviously. #CafeChat",
});
const p13 = post({
  externalId: "p13",
  ...chloe,
  createdAt: at(20),
  likes: 2,
  text: "Pourquoi le café du matin est-il sacré ? #CafeChat #café",
});
const p14 = post({
  externalId: "p14",
  ...host,
  createdAt: at(25),
  likes: 6,
  reposts: 3,
  replies: 1,
  text: "Q3. Your best tip for a remote coffee break? #CafeChat",
});
const p15 = post({
  externalId: "p15",
  ...host,
  createdAt: at(40),
  text: "Q3: still open! Your best tip? #CafeChat",
});
const p16 = reply(p14, {
  externalId: "p16",
  ...bob,
  createdAt: at(30),
  likes: 2,
  reposts: 1,
  text: "A3: a coffee break playlist #CafeChat #tools",
});
const p17 = post({
  externalId: "p17",
  ...eve,
  createdAt: at(31),
  likes: 1,
  text: "A3 - take the coffee break outside, no screens. Who tried? #CafeChat",
});
const p18 = repost(p16, { externalId: "p18", ...alice, createdAt: at(32) });
const p19 = post({ externalId: "p19", ...eve, createdAt: at(45), text: "A4: bonus answer, sorry #CafeChat" });
const p20 = post({
  externalId: "p20",
  ...bob,
  createdAt: at(65),
  likes: 1,
  text: "Thanks all, great #CafeChat! See you next week",
});
const p21 = reply(p20, { externalId: "p21", ...eve, createdAt: at(80), text: "Thanks @bob!" });
const p22 = post({
  externalId: "p22",
  ...alice,
  createdAt: at(8),
  text: "A1 (bis): a daily coffee bot helps #CafeChat",
});

export const CAFE_CHAT: Post[] = [
  p01,
  p02,
  p03,
  p04,
  p05,
  p06,
  p07,
  p08,
  p09,
  p10,
  p11,
  p12,
  p13,
  p14,
  p15,
  p16,
  p17,
  p18,
  p19,
  p20,
  p21,
  p22,
];

export const PREVIOUS_HEADLINE: Headline = {
  posts: 20,
  contributors: 4,
  engagement: 50,
  potentialReach: 1000,
  impressions: null,
  questions: 2,
  answers: 5,
  unanswered: 0,
  newContributors: 2,
};

export const CAFE_CONTEXT: ReportContext = {
  hashtag: "#CafeChat",
  hosts: ["@Host"],
  window: { startsAt: at(0), endsAt: at(60) },
  previousContributors: new Set(["x:alice", "x:host", "x:zoe"]),
  previous: PREVIOUS_HEADLINE,
};
