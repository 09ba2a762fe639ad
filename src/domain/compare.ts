/**
 * Two chats side by side (`/afterchat compare`): each side's last edition, or its averages over its last N
 * editions, and the people both chats share. Pure: each side arrives as per-edition headline figures and
 * participants; how they were gathered (our stored posts, a watched chat's pulled editions) is the caller's.
 * What each figure means and what it gets wrong: docs/metrics.md, "Comparing two chats".
 */
import type { Network } from "./post.js";
import type { Headline } from "./stats/report.js";
import { normaliseHandle } from "./text.js";

/** Someone who posted in an edition. */
export interface EditionParticipant {
  network: Network;
  /** Without `@`, any case. */
  handle: string;
  name: string | null;
  posts: number;
}

/** One edition of a chat as the comparison reads it. */
export interface ComparedEdition {
  startsAt: Date;
  headline: Pick<
    Headline,
    "posts" | "contributors" | "engagement" | "potentialReach" | "questions" | "answers"
  >;
  participants: readonly EditionParticipant[];
}

/**
 * A chat's figures: one edition's, or averages over `editions` of them. Every figure is null when the data
 * cannot give it (no edition at all, no question asked, no follower count known), never 0.
 */
export interface ChatFigures {
  /** Editions the figures come from (0: no data yet). */
  editions: number;
  /** Start of the latest of them; null with no edition. */
  latest: Date | null;
  /** Posts per edition (mean). */
  posts: number | null;
  /** Distinct contributors per edition (mean). */
  contributors: number | null;
  /** Answers per question asked, over all the editions' questions (answers summed / questions summed). */
  answersPerQuestion: number | null;
  /** Engagement per post, over all the editions' posts (engagement summed / posts summed). */
  engagementPerPost: number | null;
  /** Potential reach per edition (mean over the editions that know it). */
  reach: number | null;
  /** How many of the editions knew their potential reach (follower counts). */
  reachEditions: number;
}

export interface SharedParticipant {
  network: Network;
  /** As spelt in the latest edition it was seen in, without `@`. */
  handle: string;
  name: string | null;
  /** Posts in our editions and in theirs (the editions compared). */
  oursPosts: number;
  theirsPosts: number;
}

export interface Comparison {
  ours: ChatFigures;
  theirs: ChatFigures;
  /** People who posted in both chats' compared editions, most active first. */
  shared: SharedParticipant[];
}

/** The figures of the latest `last` editions (newest by start), averaged; every figure null when none. */
export function chatFigures(editions: readonly ComparedEdition[], last = 1): ChatFigures {
  const chosen = latestEditions(editions, last);
  if (chosen.length === 0)
    return {
      editions: 0,
      latest: null,
      posts: null,
      contributors: null,
      answersPerQuestion: null,
      engagementPerPost: null,
      reach: null,
      reachEditions: 0,
    };
  const sum = (pick: (h: ComparedEdition["headline"]) => number) =>
    chosen.reduce((total, e) => total + pick(e.headline), 0);
  const posts = sum((h) => h.posts);
  const questions = sum((h) => h.questions);
  const reaches = chosen.map((e) => e.headline.potentialReach).filter((r): r is number => r !== null);
  return {
    editions: chosen.length,
    latest: chosen[0]!.startsAt,
    posts: posts / chosen.length,
    contributors: sum((h) => h.contributors) / chosen.length,
    answersPerQuestion: questions === 0 ? null : sum((h) => h.answers) / questions,
    engagementPerPost: posts === 0 ? null : sum((h) => h.engagement) / posts,
    reach: reaches.length === 0 ? null : reaches.reduce((a, b) => a + b, 0) / reaches.length,
    reachEditions: reaches.length,
  };
}

/** Both sides over their latest `last` editions, and who took part in both. */
export function compareChats(
  ours: readonly ComparedEdition[],
  theirs: readonly ComparedEdition[],
  last = 1,
): Comparison {
  const mine = latestEditions(ours, last);
  const other = latestEditions(theirs, last);
  return {
    ours: chatFigures(mine, last),
    theirs: chatFigures(other, last),
    shared: sharedParticipants(mine, other),
  };
}

/**
 * People who posted in both sets of editions, matched by network and handle (case-insensitive, `@` ignored):
 * the same person under two handles or on two networks is not matched. Most posts in both first.
 */
export function sharedParticipants(
  ours: readonly ComparedEdition[],
  theirs: readonly ComparedEdition[],
): SharedParticipant[] {
  const mine = tally(ours);
  const other = tally(theirs);
  const shared: SharedParticipant[] = [];
  for (const [key, us] of mine) {
    const them = other.get(key);
    if (!them) continue;
    shared.push({
      network: us.network,
      handle: us.handle,
      name: us.name ?? them.name,
      oursPosts: us.posts,
      theirsPosts: them.posts,
    });
  }
  return shared.sort(
    (a, b) =>
      b.oursPosts + b.theirsPosts - (a.oursPosts + a.theirsPosts) ||
      a.handle.localeCompare(b.handle) ||
      a.network.localeCompare(b.network),
  );
}

/** At most `last` editions, newest first. */
function latestEditions(editions: readonly ComparedEdition[], last: number): ComparedEdition[] {
  const count = Math.max(1, Math.floor(last));
  return [...editions].sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime()).slice(0, count);
}

interface Tally {
  network: Network;
  handle: string;
  name: string | null;
  posts: number;
}

/** Per `network:handle` key: posts summed; handle and name from the newest edition that has them. */
function tally(editions: readonly ComparedEdition[]): Map<string, Tally> {
  const out = new Map<string, Tally>();
  // Newest first, so the first spelling and name met are the latest.
  for (const edition of editions)
    for (const person of edition.participants) {
      const handle = person.handle.trim().replace(/^@/u, "");
      const key = `${person.network}:${normaliseHandle(handle)}`;
      const seen = out.get(key);
      if (seen) {
        seen.posts += person.posts;
        seen.name ??= person.name;
      } else out.set(key, { network: person.network, handle, name: person.name, posts: person.posts });
    }
  return out;
}
