/** Who posted in an edition and how much: the roster's input, gathered in the same pass as the stats. */
import type { Post } from "./post.js";
import type { Contribution } from "./roster.js";
import { authorKey } from "./stats/authors.js";

export class ContributionCollector {
  readonly #byAuthor = new Map<string, Contribution>();

  /** Adds one post; posts come from the store, where each is unique. */
  add(post: Post): void {
    const key = authorKey(post);
    let entry = this.#byAuthor.get(key);
    if (!entry) {
      entry = {
        network: post.network,
        handle: post.authorHandle.toLowerCase(),
        name: post.authorName,
        followers: post.authorFollowers,
        posts: 0,
        engagement: 0,
        firstPostAt: post.createdAt,
      };
      this.#byAuthor.set(key, entry);
    }
    entry.posts += 1;
    if (post.kind !== "repost") entry.engagement += post.likes + post.reposts + post.replies + post.quotes;
    if (post.authorFollowers !== null && (entry.followers === null || post.authorFollowers > entry.followers))
      entry.followers = post.authorFollowers;
    if (post.createdAt < entry.firstPostAt) entry.firstPostAt = post.createdAt;
    if (!entry.name && post.authorName) entry.name = post.authorName;
  }

  result(): Contribution[] {
    return [...this.#byAuthor.values()];
  }
}
