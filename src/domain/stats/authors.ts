import { NETWORKS, type Post } from "../post.js";
import { lower } from "../text.js";
import { byNetwork } from "./by-network.js";
import { compareText, topBy } from "./rank.js";
import type { ContributorEntry } from "./report.js";

/** What the engine keeps per author: a few numbers, never their posts. */
export interface AuthorStats {
  /** Rank of first sight (0, 1, 2...): what a post's record keeps instead of a reference. */
  index: number;
  /** `network:handle`, lower-case. */
  key: string;
  /** The handle, lower-case, without `@`: what host handles are compared with. */
  lowerHandle: string;
  network: Post["network"];
  /** Spelling of the handle on the author's latest post (its time: Authors' `times`). */
  handle: string;
  /** Name on the author's latest post that has one (its time: Authors' `times`). */
  name: string | null;
  /** Highest follower count any of their posts carried (duplicates included). */
  followers: number | null;
  posts: number;
  /** Engagement received on their non-repost posts. */
  engagement: number;
}

/**
 * Authors as plain data for another thread, in columns, by author index: 5,000 author objects took ~50 ms
 * to copy between threads, typed arrays and string lists a few. `followers` NaN: unknown.
 */
export interface AuthorsState {
  network: Array<Post["network"]>;
  lowerHandle: string[];
  handle: string[];
  handleAt: Float64Array;
  name: Array<string | null>;
  nameAt: Float64Array;
  followers: Float64Array;
  posts: Float64Array;
  engagement: Float64Array;
}

/** `network:handle`, lower-case: the key of `ReportContext.previousContributors`. */
export function authorKey(post: Pick<Post, "network" | "authorHandle">): string {
  return `${post.network}:${lower(withoutAt(post.authorHandle))}`;
}

/** The handle without a leading `@` (sources should not add one; some do). */
export function withoutAt(handle: string): string {
  return handle.charCodeAt(0) === 64 ? handle.slice(1) : handle;
}

export class Authors {
  private readonly byHandle = byNetwork<AuthorStats>();
  /** By index. */
  private readonly list: AuthorStats[] = [];
  /**
   * By index, side by side: the time of the handle's spelling and of the name (-Infinity: none yet). Out of
   * the author objects, where each was a boxed double: observe() reads both for every post, and with 5,000
   * authors met in random order each box was one more cache miss.
   */
  private times = new Float64Array(2 * 1024);

  /** The author of `post`, created on first sight; followers, name and handle updated from every copy. */
  observe(post: Post): AuthorStats {
    const at = post.createdAt.getTime();
    const lowerHandle = lower(withoutAt(post.authorHandle));
    const known = this.byHandle[post.network];
    let author = known.get(lowerHandle);
    if (author === undefined) {
      author = this.added({
        index: -1,
        key: `${post.network}:${lowerHandle}`,
        lowerHandle,
        network: post.network,
        handle: withoutAt(post.authorHandle),
        name: post.authorName,
        followers: null,
        posts: 0,
        engagement: 0,
      });
      this.times[2 * author.index] = at;
      this.times[2 * author.index + 1] = post.authorName === null ? Number.NEGATIVE_INFINITY : at;
    } else {
      const times = this.times;
      const slot = 2 * author.index;
      // The latest post wins; on equal times the greater spelling does, so adding order never matters.
      const handleAt = times[slot]!;
      if (at > handleAt || (at === handleAt && post.authorHandle > author.handle)) {
        author.handle = withoutAt(post.authorHandle);
        times[slot] = at;
      }
      const name = post.authorName;
      if (name !== null) {
        const nameAt = times[slot + 1]!;
        if (at > nameAt || (at === nameAt && name > (author.name ?? ""))) {
          author.name = name;
          times[slot + 1] = at;
        }
      }
    }
    const followers = post.authorFollowers;
    if (followers !== null && Number.isFinite(followers) && followers >= 0) {
      // Written only when it changes: most posts repeat their author's count.
      const highest = Math.max(author.followers ?? 0, followers);
      if (highest !== author.followers) author.followers = highest;
    }
    return author;
  }

  /** A new author, given its index and made known (its times are the caller's to set). */
  private added(author: AuthorStats): AuthorStats {
    author.index = this.list.length;
    this.byHandle[author.network].set(author.lowerHandle, author);
    this.list.push(author);
    if (2 * this.list.length > this.times.length) {
      const times = new Float64Array(2 * this.times.length);
      times.set(this.times);
      this.times = times;
    }
    return author;
  }

  /** The authors as plain data for another thread (see AuthorsState). */
  state(): AuthorsState {
    const rows = this.list;
    const n = rows.length;
    const state: AuthorsState = {
      network: [],
      lowerHandle: [],
      handle: [],
      handleAt: new Float64Array(n),
      name: [],
      nameAt: new Float64Array(n),
      followers: new Float64Array(n),
      posts: new Float64Array(n),
      engagement: new Float64Array(n),
    };
    rows.forEach((row, index) => {
      state.network.push(row.network);
      state.lowerHandle.push(row.lowerHandle);
      state.handle.push(row.handle);
      state.handleAt[index] = this.times[2 * row.index]!;
      state.name.push(row.name);
      state.nameAt[index] = this.times[2 * row.index + 1]!;
      state.followers[index] = row.followers ?? Number.NaN;
      state.posts[index] = row.posts;
      state.engagement[index] = row.engagement;
    });
    return state;
  }

  /**
   * Adds the authors met in other posts: the same rules as observe() (latest spelling and name, highest
   * followers), sums of posts and engagement. Returns each one's index here, by its index there.
   */
  absorb(other: AuthorsState): Int32Array {
    const indexHere = new Int32Array(other.handle.length);
    for (let index = 0; index < other.handle.length; index += 1) {
      const network = other.network[index]!;
      const lowerHandle = other.lowerHandle[index]!;
      const followers = other.followers[index]!;
      indexHere[index] = this.absorbOne(
        {
          index: -1,
          key: `${network}:${lowerHandle}`,
          lowerHandle,
          network,
          handle: other.handle[index]!,
          name: other.name[index]!,
          followers: Number.isNaN(followers) ? null : followers,
          posts: other.posts[index]!,
          engagement: other.engagement[index]!,
        },
        other.handleAt[index]!,
        other.nameAt[index]!,
      );
    }
    return indexHere;
  }

  /**
   * One author of other posts, `other` a fresh object this takes over when the author is new here, with the
   * times of its handle's spelling and of its name. Returns the author's index here.
   */
  private absorbOne(other: AuthorStats, handleAt: number, nameAt: number): number {
    const author = this.byHandle[other.network].get(other.lowerHandle);
    if (author === undefined) {
      this.added(other);
      this.times[2 * other.index] = handleAt;
      this.times[2 * other.index + 1] = nameAt;
      return other.index;
    }
    const slot = 2 * author.index;
    if (handleAt > this.times[slot]! || (handleAt === this.times[slot] && other.handle > author.handle)) {
      author.handle = other.handle;
      this.times[slot] = handleAt;
    }
    const name = other.name;
    const knownNameAt = this.times[slot + 1]!;
    if (name !== null && (nameAt > knownNameAt || (nameAt === knownNameAt && name > (author.name ?? "")))) {
      author.name = name;
      this.times[slot + 1] = nameAt;
    }
    if (other.followers !== null) author.followers = Math.max(author.followers ?? 0, other.followers);
    author.posts += other.posts;
    author.engagement += other.engagement;
    return author.index;
  }

  /** The highest follower count known for a handle (lower-case) of a network, or null. */
  followersOf(network: Post["network"], lowerHandle: string): number | null {
    return this.byHandle[network].get(lowerHandle)?.followers ?? null;
  }

  get size(): number {
    return this.list.length;
  }

  /** The index of a `network:handle` key (lower-case) of a known author. */
  indexOf(key: string): number {
    const colon = key.indexOf(":");
    const network = key.slice(0, colon) as Post["network"];
    return this.byHandle[network]!.get(key.slice(colon + 1))!.index;
  }

  /** The `network:handle` key of an index. */
  keyOf(index: number): string {
    return this.list[index]!.key;
  }

  /** The author of that index. */
  at(index: number): AuthorStats {
    return this.list[index]!;
  }

  /**
   * Every author, network by network, each in order of first sight. An array, not a generator over
   * entriesByNetwork: finish() goes over the authors five times, and each step of that made two objects.
   */
  values(): AuthorStats[] {
    const all: AuthorStats[] = [];
    for (const network of NETWORKS) for (const author of this.byHandle[network].values()) all.push(author);
    return all;
  }

  top(n: number, metric: (author: AuthorStats) => number | null): ContributorEntry[] {
    const ranked = topBy(withMetric(this.values(), metric), n, (a, b) => {
      return (
        b.value - a.value ||
        compareText(lower(a.author.handle), lower(b.author.handle)) ||
        compareText(a.author.network, b.author.network)
      );
    });
    return ranked.map(({ author }) => entryOf(author));
  }
}

/** Authors whose metric is known and positive: a top list of zeros says nothing. */
function* withMetric(
  authors: Iterable<AuthorStats>,
  metric: (author: AuthorStats) => number | null,
): Iterable<{ author: AuthorStats; value: number }> {
  for (const author of authors) {
    const value = metric(author);
    if (value !== null && value > 0) yield { author, value };
  }
}

function entryOf(author: AuthorStats): ContributorEntry {
  return {
    network: author.network,
    handle: author.handle,
    name: author.name,
    followers: author.followers,
    posts: author.posts,
    engagement: author.engagement,
  };
}
