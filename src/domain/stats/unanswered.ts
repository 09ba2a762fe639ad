import type { Post } from "../post.js";
import { asksQuestion } from "../text.js";
import { compareText } from "./rank.js";
import type { UnansweredPost } from "./report.js";

interface Candidate extends UnansweredPost {
  at: number;
  authorKey: string;
}

/** Marks a post replied to by at least two different authors: one of them is not its own author. */
const SEVERAL = true;

/**
 * Questions left hanging ("questions restées en suspens"): non-host, non-repost posts with a `?` outside URLs
 * that no one but their own author replied to within the data. Replies may arrive before the question, so the
 * collector remembers, per replied-to id, the one author who replied (or that several did): O(1) per post and
 * one small entry per replied-to post, instead of the replies themselves.
 */
export class UnansweredCollector {
  private readonly candidates = new Map<string, Candidate>();
  private readonly repliers = new Map<string, string | typeof SEVERAL>();

  /** Any new post: remembers who it replies to. */
  noteReply(post: Post, authorKey: string): void {
    if (post.replyToId === null) return;
    const target = `${post.network}:${post.replyToId}`;
    const known = this.repliers.get(target);
    if (known === undefined) this.repliers.set(target, authorKey);
    else if (known !== SEVERAL && known !== authorKey) this.repliers.set(target, SEVERAL);
  }

  /** A new non-repost post by someone who is not a host: kept when it asks something. */
  consider(post: Post, key: string, authorKey: string): void {
    if (!asksQuestion(post.text)) return;
    this.candidates.set(key, {
      network: post.network,
      externalId: post.externalId,
      authorHandle: post.authorHandle.replace(/^@/, ""),
      text: post.text.trim(),
      createdAt: post.createdAt.toISOString(),
      url: post.url,
      at: post.createdAt.getTime(),
      authorKey,
    });
  }

  /** Unanswered questions, oldest first (ties by network, then id). */
  finish(): UnansweredPost[] {
    const left: Candidate[] = [];
    for (const [key, candidate] of this.candidates) {
      const replier = this.repliers.get(key);
      if (replier === undefined || replier === candidate.authorKey) left.push(candidate);
    }
    left.sort(
      (a, b) => a.at - b.at || compareText(a.network, b.network) || compareText(a.externalId, b.externalId),
    );
    return left.map(({ at: _at, authorKey: _authorKey, ...post }) => post);
  }
}
