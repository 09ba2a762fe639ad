import type { Post } from "../../../src/domain/post.js";
import { extractHashtags, extractMentions } from "../../../src/domain/text.js";

/** 2026-01-15 18:MM:SS UTC; minutes past 59 roll over (60 = 19:00). */
export function at(minute: number, second = 0): Date {
  return new Date(Date.UTC(2026, 0, 15, 18, minute, second));
}

/**
 * A post with sensible defaults: an original on X by "alice", no counts, hashtags and mentions taken from the
 * text (as a source without entities would), `externalId` required so tests name their posts.
 */
export function post(fields: Partial<Post> & Pick<Post, "externalId">): Post {
  const text = fields.text ?? "";
  return {
    network: "x",
    authorHandle: "alice",
    authorName: null,
    authorFollowers: null,
    text,
    createdAt: at(0),
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
    hashtags: extractHashtags(text),
    mentions: extractMentions(text),
    ...fields,
  };
}

/** A reply to `to`. */
export function reply(to: Post, fields: Partial<Post> & Pick<Post, "externalId">): Post {
  return post({ kind: "reply", replyToId: to.externalId, replyToHandle: to.authorHandle, ...fields });
}

/** A repost of `of`: "RT @author: text", carrying the original's counts as X does. */
export function repost(of: Post, fields: Partial<Post> & Pick<Post, "externalId">): Post {
  return post({
    kind: "repost",
    referencedId: of.externalId,
    text: `RT @${of.authorHandle}: ${of.text}`,
    likes: of.likes,
    reposts: of.reposts,
    replies: of.replies,
    quotes: of.quotes,
    ...fields,
  });
}

/** A quote of `of`. */
export function quote(of: Post, fields: Partial<Post> & Pick<Post, "externalId">): Post {
  return post({ kind: "quote", referencedId: of.externalId, ...fields });
}
