/**
 * What each source says about replies, so the report claims "nobody replied" only where the data can know
 * (docs/metrics.md, "unanswered"). `othersReplies`: whether other people's replies to a post can be in the
 * data ("thread": a whole thread; "matching": the replies the query or filter matched, e.g. those that carry
 * the hashtag; "none": only the account's own posts). `replyCounts`: whether each post carries the network's
 * reply count, which then decides for replies that are not in the data.
 */
import type { Network } from "../domain/post.js";
import type { FileFormat } from "./types.js";

export interface ReplyCoverage {
  othersReplies: "thread" | "matching" | "none";
  replyCounts: boolean;
}

export const FILE_REPLY_COVERAGE: Readonly<Record<FileFormat, ReplyCoverage>> = {
  "twarc2-jsonl": { othersReplies: "matching", replyCounts: true },
  "x-api-json": { othersReplies: "matching", replyCounts: true },
  // The account's own posts, with X's "Replies" column (old and 2024 exports).
  "x-analytics-tweets-csv": { othersReplies: "none", replyCounts: true },
  // Days of the account, no posts.
  "x-analytics-daily-csv": { othersReplies: "none", replyCounts: false },
  // The archive holds the owner's tweets with likes and retweets, no reply count.
  "tweets-js": { othersReplies: "none", replyCounts: false },
  // searchPosts and feeds: matching; getPostThread: the whole thread. Every post view has replyCount.
  "bluesky-json": { othersReplies: "thread", replyCounts: true },
  "mastodon-json": { othersReplies: "matching", replyCounts: true },
};

/** Live pulls search the chat's hashtag: replies that carry it are pulled, each post with its reply count. */
export const LIVE_REPLY_COVERAGE: Readonly<Record<Network, ReplyCoverage>> = {
  x: { othersReplies: "matching", replyCounts: true },
  bluesky: { othersReplies: "matching", replyCounts: true },
  mastodon: { othersReplies: "matching", replyCounts: true },
};

/**
 * Whether data read from these sources can tell a question nobody answered: every source that gave posts
 * carries other people's replies or reply counts.
 */
export function repliesKnown(coverages: Iterable<ReplyCoverage>): boolean {
  for (const coverage of coverages) {
    if (coverage.othersReplies === "none" && !coverage.replyCounts) return false;
  }
  return true;
}
