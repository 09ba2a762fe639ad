import { NETWORKS, type Network, type Post } from "../post.js";
import { asksQuestion } from "../text.js";
import { withoutAt } from "./authors.js";
import { byNetwork, entriesByNetwork } from "./by-network.js";
import { cleanCount } from "./engagement.js";
import { type IdEntries, IdMap } from "./id-map.js";
import { compareText } from "./rank.js";
import type { UnansweredPost } from "./report.js";

/**
 * A question kept until finish(): the post's own strings (no copy: text trimmed and date written only for the
 * few left unanswered at the end, not for each of the 28,000 questions of the 200k archive).
 */
interface Candidate {
  network: Network;
  externalId: string;
  /** As the post spells it (a leading `@` dropped at finish). */
  authorHandle: string;
  /** Untrimmed. */
  text: string;
  url: string | null;
  at: number;
  /** The author's index (Authors). */
  author: number;
  /** The source's reply count (latest copy): above 0, someone replied, though the reply is not in the data. */
  replyCount: number;
}

/**
 * The collector as plain data for another thread, in columns: as Maps of objects, the 14,000 questions and
 * 60,000 replied-to ids of half the 200k archive cost ~300 ms to copy, on the main thread's critical path.
 */
export interface UnansweredState {
  /** Questions asked, kept below or not (`asked`). */
  asked: number;
  /**
   * The questions that can still be unanswered: a reply count of 0 and no reply from another author in these
   * posts. No post is in two merged parts (the merge checks), so no later copy can change a count, and a
   * question with replies is only counted in `asked`.
   */
  candidates: CandidateColumns;
  /**
   * Per network, each replied-to id with its one replier's index in `replierKeys`, or -1 when several replied:
   * ids as numbers where they are (an IdMap's own entries), so none is written out and read back as a string.
   */
  repliers: Record<Network, IdEntries>;
  replierKeys: string[];
}

interface CandidateColumns {
  network: Network[];
  externalId: string[];
  authorHandle: string[];
  text: string[];
  url: Array<string | null>;
  at: Float64Array;
  authorKey: string[];
  replyCount: Float64Array;
}

/** Marks a post replied to by at least two different authors: one of them is not its own author. */
const SEVERAL = -1;

/** How the collector names authors: by index, as the engine's Authors numbers them; by key across threads. */
export interface AuthorIndex {
  keyOf(index: number): string;
  /** The index of a key known to the engine (merged parts' authors are merged first). */
  indexOf(key: string): number;
}

/**
 * Questions left hanging ("questions restées en suspens"): non-host, non-repost posts with a `?` outside URLs
 * that no one but their own author replied to within the data, and whose source reply count is 0 (a count
 * above 0 says someone replied, though the reply is not in the data). Replies may arrive before the question, so the
 * collector remembers, per replied-to id, the one author who replied (or that several did): O(1) per post and
 * one small entry per replied-to post, instead of the replies themselves.
 */
export class UnansweredCollector {
  private readonly candidates = byNetwork<Candidate>();
  /**
   * Per network, each replied-to id with its one replier's author index, or SEVERAL. An IdMap, not a Map of
   * id strings: ~60,000 replied-to ids per 100,000 posts made this Map the costliest lookup of a reply.
   */
  private readonly repliers: Record<Network, IdMap>;

  /** `expectedRepliedTo`: about how many distinct posts will be replied to (0: no idea; see IdMap). */
  constructor(expectedRepliedTo = 0) {
    this.repliers = {} as Record<Network, IdMap>;
    for (const network of NETWORKS) this.repliers[network] = new IdMap(expectedRepliedTo);
  }

  /** Questions of absorbed parts that were not sent as candidates (they had replies). */
  private askedElsewhere = 0;
  /** Non-host posts that asked something, answered or not: every candidate, so merged parts add up. */
  get asked(): number {
    let count = this.askedElsewhere;
    for (const candidates of Object.values(this.candidates)) count += candidates.size;
    return count;
  }

  /** Any new post: remembers who it replies to. */
  noteReply(post: Post, author: number): void {
    if (post.replyToId === null) return;
    const repliers = this.repliers[post.network];
    const known = repliers.get(post.replyToId);
    if (known === undefined) repliers.set(post.replyToId, author);
    else if (known !== SEVERAL && known !== author) repliers.set(post.replyToId, SEVERAL);
  }

  /** A new non-repost post by someone who is not a host: kept when it asks something. */
  consider(post: Post, author: number): void {
    if (!asksQuestion(post.text)) return;
    this.candidates[post.network].set(post.externalId, {
      network: post.network,
      externalId: post.externalId,
      authorHandle: post.authorHandle,
      text: post.text,
      url: post.url,
      at: post.createdAt.getTime(),
      author,
      replyCount: cleanCount(post.replies),
    });
  }

  /** Any copy of a non-repost post: its reply count replaces the one kept (the latest copy's counts win). */
  noteReplyCount(post: Post): void {
    const candidate = this.candidates[post.network].get(post.externalId);
    if (candidate !== undefined) candidate.replyCount = cleanCount(post.replies);
  }

  state(authors: AuthorIndex): UnansweredState {
    const candidates: CandidateColumns = {
      network: [],
      externalId: [],
      authorHandle: [],
      text: [],
      url: [],
      at: new Float64Array(0),
      authorKey: [],
      replyCount: new Float64Array(0),
    };
    const at: number[] = [];
    const replyCount: number[] = [];
    for (const [network, , candidate] of entriesByNetwork(this.candidates)) {
      if (candidate.replyCount > 0) continue;
      // Answered here (someone other than its author replied, or several did): answered in any merge too,
      // so only `asked` counts it (half the 200k archive: 7,043 questions, 2,340 candidates sent before, 1,653 now).
      const replier = this.repliers[network].get(candidate.externalId);
      if (replier !== undefined && replier !== candidate.author) continue;
      candidates.network.push(candidate.network);
      candidates.externalId.push(candidate.externalId);
      candidates.authorHandle.push(candidate.authorHandle);
      candidates.text.push(candidate.text);
      candidates.url.push(candidate.url);
      at.push(candidate.at);
      candidates.authorKey.push(authors.keyOf(candidate.author));
      replyCount.push(candidate.replyCount);
    }
    candidates.at = Float64Array.from(at);
    candidates.replyCount = Float64Array.from(replyCount);
    // Author indexes become indexes into the keys of the repliers met, the only authors sent for them.
    const replierKeys: string[] = [];
    const keyIndex = new Map<number, number>();
    const repliers = {} as UnansweredState["repliers"];
    const toKeyIndex = (replier: number): number => {
      if (replier === SEVERAL) return -1;
      let index = keyIndex.get(replier);
      if (index === undefined) {
        index = replierKeys.length;
        replierKeys.push(authors.keyOf(replier));
        keyIndex.set(replier, index);
      }
      return index;
    };
    for (const network of NETWORKS) {
      const entries = this.repliers[network].entryList();
      for (let index = 0; index < entries.values.length; index += 1)
        entries.values[index] = toKeyIndex(entries.values[index]!);
      for (let index = 0; index < entries.otherValues.length; index += 1)
        entries.otherValues[index] = toKeyIndex(entries.otherValues[index]!);
      repliers[network] = entries;
    }
    return { asked: this.asked, candidates, repliers, replierKeys };
  }

  /** Adds the candidates and repliers of other posts (no post in both: the caller checks). */
  absorb(other: UnansweredState, authors: AuthorIndex): void {
    const kept = other.candidates;
    this.askedElsewhere += other.asked - kept.externalId.length;
    for (let index = 0; index < kept.externalId.length; index += 1) {
      const network = kept.network[index]!;
      const externalId = kept.externalId[index]!;
      this.candidates[network].set(externalId, {
        network,
        externalId,
        authorHandle: kept.authorHandle[index]!,
        text: kept.text[index]!,
        url: kept.url[index]!,
        at: kept.at[index]!,
        author: authors.indexOf(kept.authorKey[index]!),
        replyCount: kept.replyCount[index]!,
      });
    }
    const replierIndexes = other.replierKeys.map((key) => authors.indexOf(key));
    const merge = (known: number | undefined, there: number): number => {
      const replier = there < 0 ? SEVERAL : replierIndexes[there]!;
      if (known === undefined) return replier;
      return known !== SEVERAL && known !== replier ? SEVERAL : known;
    };
    for (const network of NETWORKS) this.repliers[network].mergeEntries(other.repliers[network], merge);
  }

  /** Unanswered questions, oldest first (ties by network, then id). */
  finish(): UnansweredPost[] {
    const left: Candidate[] = [];
    // Map values, not entriesByNetwork: its [network, id, candidate] per question was garbage at every finish.
    for (const network of NETWORKS) {
      for (const candidate of this.candidates[network].values()) {
        if (candidate.replyCount > 0) continue;
        const replier = this.repliers[network].get(candidate.externalId);
        if (replier === undefined || replier === candidate.author) left.push(candidate);
      }
    }
    left.sort(
      (a, b) => a.at - b.at || compareText(a.network, b.network) || compareText(a.externalId, b.externalId),
    );
    return left.map((candidate) => ({
      network: candidate.network,
      externalId: candidate.externalId,
      authorHandle: withoutAt(candidate.authorHandle),
      text: candidate.text.trim(),
      createdAt: new Date(candidate.at).toISOString(),
      url: candidate.url,
    }));
  }
}
