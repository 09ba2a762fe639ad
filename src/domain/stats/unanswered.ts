import type { Post } from "../post.js";
import { asksQuestion } from "../text.js";
import { withoutAt } from "./authors.js";
import { type ByNetwork, byNetwork, entriesByNetwork } from "./by-network.js";
import { cleanCount } from "./engagement.js";
import { compareText } from "./rank.js";
import type { UnansweredPost } from "./report.js";

interface Candidate extends UnansweredPost {
  at: number;
  authorKey: string;
  /** The source's reply count (latest copy): above 0, someone replied, though the reply is not in the data. */
  replyCount: number;
}

export interface UnansweredState {
  candidates: ByNetwork<Candidate>;
  repliers: ByNetwork<string | typeof SEVERAL>;
}

/** Marks a post replied to by at least two different authors: one of them is not its own author. */
const SEVERAL = true;

/**
 * Questions left hanging ("questions restées en suspens"): non-host, non-repost posts with a `?` outside URLs
 * that no one but their own author replied to within the data, and whose source reply count is 0 (a count
 * above 0 says someone replied, though the reply is not in the data). Replies may arrive before the question, so the
 * collector remembers, per replied-to id, the one author who replied (or that several did): O(1) per post and
 * one small entry per replied-to post, instead of the replies themselves.
 */
export class UnansweredCollector {
  private readonly candidates = byNetwork<Candidate>();
  private readonly repliers = byNetwork<string | typeof SEVERAL>();
  /** Non-host posts that asked something, answered or not: every candidate, so merged parts add up. */
  get asked(): number {
    let count = 0;
    for (const candidates of Object.values(this.candidates)) count += candidates.size;
    return count;
  }

  /** Any new post: remembers who it replies to. */
  noteReply(post: Post, authorKey: string): void {
    if (post.replyToId === null) return;
    const repliers = this.repliers[post.network];
    const known = repliers.get(post.replyToId);
    if (known === undefined) repliers.set(post.replyToId, authorKey);
    else if (known !== SEVERAL && known !== authorKey) repliers.set(post.replyToId, SEVERAL);
  }

  /** A new non-repost post by someone who is not a host: kept when it asks something. */
  consider(post: Post, authorKey: string): void {
    if (!asksQuestion(post.text)) return;
    this.candidates[post.network].set(post.externalId, {
      network: post.network,
      externalId: post.externalId,
      authorHandle: withoutAt(post.authorHandle),
      text: post.text.trim(),
      createdAt: post.createdAt.toISOString(),
      url: post.url,
      at: post.createdAt.getTime(),
      authorKey,
      replyCount: cleanCount(post.replies),
    });
  }

  /** Any copy of a non-repost post: its reply count replaces the one kept (the latest copy's counts win). */
  noteReplyCount(post: Post): void {
    const candidate = this.candidates[post.network].get(post.externalId);
    if (candidate !== undefined) candidate.replyCount = cleanCount(post.replies);
  }

  state(): UnansweredState {
    return { candidates: this.candidates, repliers: this.repliers };
  }

  /** Adds the candidates and repliers of other posts (no post in both: the caller checks). */
  absorb(other: UnansweredState): void {
    for (const [network, externalId, candidate] of entriesByNetwork(other.candidates))
      this.candidates[network].set(externalId, candidate);
    for (const [network, replyToId, replier] of entriesByNetwork(other.repliers)) {
      const repliers = this.repliers[network];
      const known = repliers.get(replyToId);
      if (known === undefined) repliers.set(replyToId, replier);
      else if (known !== SEVERAL && known !== replier) repliers.set(replyToId, SEVERAL);
    }
  }

  /** Unanswered questions, oldest first (ties by network, then id). */
  finish(): UnansweredPost[] {
    const left: Candidate[] = [];
    for (const [network, externalId, candidate] of entriesByNetwork(this.candidates)) {
      const replier = this.repliers[network].get(externalId);
      if (candidate.replyCount > 0) continue;
      if (replier === undefined || replier === candidate.authorKey) left.push(candidate);
    }
    left.sort(
      (a, b) => a.at - b.at || compareText(a.network, b.network) || compareText(a.externalId, b.externalId),
    );
    return left.map(({ at: _at, authorKey: _authorKey, replyCount: _replyCount, ...post }) => post);
  }
}
