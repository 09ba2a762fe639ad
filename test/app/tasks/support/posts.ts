/** Posts for tests: an author, a kind, counts; everything else filled in. */
import type { Post } from "../../../../src/domain/post.js";

let next = 0;

export function post(author: string, options: Partial<Post> = {}): Post {
  next += 1;
  return {
    network: "x",
    externalId: String(1_000_000 + next),
    authorHandle: author,
    authorName: null,
    authorFollowers: null,
    text: `A1 post ${next} #chat`,
    createdAt: new Date(Date.UTC(2026, 2, 3, 19, 0, next % 60)),
    kind: "original",
    replyToId: null,
    replyToHandle: null,
    referencedId: null,
    conversationId: null,
    likes: 0,
    reposts: 0,
    replies: 0,
    quotes: 0,
    impressions: null,
    url: null,
    hashtags: ["chat"],
    mentions: [],
    ...options,
  };
}

/** `count` posts by `author`. */
export function posts(author: string, count: number, options: Partial<Post> = {}): Post[] {
  return Array.from({ length: count }, () => post(author, options));
}
