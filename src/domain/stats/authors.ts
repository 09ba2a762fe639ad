import type { Post } from "../post.js";
import { lower } from "../text.js";
import { compareText, topBy } from "./rank.js";
import type { ContributorEntry } from "./report.js";

/** What the engine keeps per author: a few numbers, never their posts. */
export interface AuthorStats {
  key: string;
  network: Post["network"];
  /** Spelling of the handle on the author's latest post. */
  handle: string;
  handleAt: number;
  /** Name on the author's latest post that has one. */
  name: string | null;
  nameAt: number;
  /** Highest follower count any of their posts carried (duplicates included). */
  followers: number | null;
  posts: number;
  /** Engagement received on their non-repost posts. */
  engagement: number;
}

/** `network:handle`, lower-case: the key of `ReportContext.previousContributors`. */
export function authorKey(post: Pick<Post, "network" | "authorHandle">): string {
  return `${post.network}:${lower(post.authorHandle.replace(/^@/, ""))}`;
}

export class Authors {
  private readonly byKey = new Map<string, AuthorStats>();

  /** The author of `post`, created on first sight; followers, name and handle updated from every copy. */
  observe(post: Post, key: string): AuthorStats {
    const at = post.createdAt.getTime();
    let author = this.byKey.get(key);
    if (author === undefined) {
      author = {
        key,
        network: post.network,
        handle: post.authorHandle.replace(/^@/, ""),
        handleAt: at,
        name: post.authorName,
        nameAt: post.authorName === null ? Number.NEGATIVE_INFINITY : at,
        followers: null,
        posts: 0,
        engagement: 0,
      };
      this.byKey.set(key, author);
    } else {
      // The latest post wins; on equal times the greater spelling does, so adding order never matters.
      if (at > author.handleAt || (at === author.handleAt && post.authorHandle > author.handle)) {
        author.handle = post.authorHandle.replace(/^@/, "");
        author.handleAt = at;
      }
      const name = post.authorName;
      if (name !== null && (at > author.nameAt || (at === author.nameAt && name > (author.name ?? "")))) {
        author.name = name;
        author.nameAt = at;
      }
    }
    const followers = post.authorFollowers;
    if (followers !== null && Number.isFinite(followers) && followers >= 0) {
      author.followers = Math.max(author.followers ?? 0, followers);
    }
    return author;
  }

  get size(): number {
    return this.byKey.size;
  }

  values(): IterableIterator<AuthorStats> {
    return this.byKey.values();
  }

  top(n: number, metric: (author: AuthorStats) => number | null): ContributorEntry[] {
    const ranked = topBy(withMetric(this.byKey.values(), metric), n, (a, b) => {
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
