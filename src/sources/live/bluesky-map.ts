import { z } from "zod";
import { classifyKind, type Post } from "../../domain/post.js";
import { badCount } from "../post-check.js";
import { badValue, type SourceItem, written } from "../types.js";
import { readFacets } from "./bluesky-facets.js";
import { schemaSkip } from "./skip.js";
import { parseTimestamp } from "./timestamp.js";
import { unique } from "./x-map.js";

/**
 * A Bluesky `app.bsky.feed.defs#postView` (what searchPosts returns) as a Post.
 * @see https://docs.bsky.app/docs/api/app-bsky-feed-search-posts
 * - followers: the post view's author is a profileViewBasic, which has no follower count; it comes
 *   from app.bsky.actor.getProfiles when enabled (bluesky-profiles.ts), else stays null.
 * - reposts never appear: search returns posts, and a repost is a separate record with no text.
 * - replyToHandle: the view names the parent post only by URI, not its author, so it is null.
 * - createdAt: the earlier of the record's `createdAt` (the client's clock) and the view's `indexedAt` (the
 *   AppView's), as the AppView's own `sortAt`: a client clock running ahead cannot push a post past the end
 *   of the window that search found it in.
 */
const refSchema = z.object({ uri: z.string() });

const postViewSchema = z.object({
  uri: z.string().startsWith("at://"),
  author: z.object({ did: z.string(), handle: z.string(), displayName: z.string().optional() }),
  record: z.object({
    text: z.string(),
    createdAt: z.string(),
    reply: z.object({ parent: refSchema, root: refSchema.optional() }).optional(),
    embed: z.unknown().optional(),
    facets: z.unknown().optional(),
    /** Extra hashtags kept outside the text (record "tags", up to 8). */
    tags: z.array(z.string()).optional(),
  }),
  indexedAt: z.string().optional(),
  likeCount: z.number().optional(),
  repostCount: z.number().optional(),
  replyCount: z.number().optional(),
  quoteCount: z.number().optional(),
});
type PostView = z.infer<typeof postViewSchema>;

export function mapBlueskyPost(
  raw: unknown,
  at: string,
  followers: (did: string) => number | null,
): SourceItem {
  const parsed = postViewSchema.safeParse(raw);
  if (!parsed.success) return schemaSkip(at, raw, "uri", parsed.error);
  const view = parsed.data;
  const createdAt = parseTimestamp(view.record.createdAt);
  if (!createdAt)
    return {
      type: "skip",
      at,
      reason: badValue({
        field: "record.createdAt",
        of: view.uri,
        expected: "iso_time",
        got: written(view.record.createdAt),
      }),
    };
  const indexedAt = parseTimestamp(view.indexedAt);
  const sortAt = indexedAt !== null && indexedAt < createdAt ? indexedAt : createdAt;
  const post = toPost(view, sortAt, followers(view.author.did));
  const bad = badCount(post);
  return bad === null ? { type: "post", at, post } : { type: "skip", at, reason: bad };
}

const repostReasonSchema = z.object({
  $type: z.literal("app.bsky.feed.defs#reasonRepost"),
  by: z.object({ did: z.string(), handle: z.string(), displayName: z.string().optional() }),
  indexedAt: z.string(),
  /** The repost record's URI (AppViews since 2024); absent before. */
  uri: z.string().optional(),
});

/**
 * A feed item (`app.bsky.feed.defs#feedViewPost`, what getAuthorFeed and getTimeline return) as items: its
 * post, then, when the item is there because someone reposted it (`reason` reasonRepost), that repost: by the
 * reposter, at the repost's time, with the post's text, hashtags and mentions (its counts too, as an X
 * retweet carries its original's). Its id is the repost record's URI, or `<post uri>#repost:<reposter DID>`.
 * @see https://docs.bsky.app/docs/api/app-bsky-feed-get-author-feed
 */
export function mapBlueskyFeedItem(
  raw: unknown,
  at: string,
  followers: (did: string) => number | null,
): SourceItem[] {
  const post = mapBlueskyPost(pick(raw, "post"), at, followers);
  const reason = repostReasonSchema.safeParse(pick(raw, "reason"));
  if (post.type !== "post" || !reason.success) return [post];
  const repostedAt = parseTimestamp(reason.data.indexedAt);
  if (!repostedAt)
    return [
      post,
      {
        type: "skip",
        at,
        reason: badValue({
          field: "reason.indexedAt",
          of: post.post.externalId,
          expected: "iso_time",
          got: written(reason.data.indexedAt),
        }),
      },
    ];
  const { by } = reason.data;
  const original = post.post;
  const repost: Post = {
    ...original,
    externalId: reason.data.uri ?? `${original.externalId}#repost:${by.did}`,
    authorHandle: by.handle,
    authorName: by.displayName || null,
    authorFollowers: followers(by.did),
    createdAt: repostedAt,
    kind: "repost",
    replyToId: null,
    replyToHandle: null,
    referencedId: original.externalId,
    conversationId: original.conversationId,
    url: original.url,
  };
  return [post, { type: "post", at, post: repost }];
}

function toPost(view: PostView, createdAt: Date, authorFollowers: number | null): Post {
  const { record, author } = view;
  const quoted = quotedUri(record.embed);
  const facets = readFacets(record.text, record.facets);
  const extraTags = (record.tags ?? []).map((tag) => tag.replace(/^#/, "").toLowerCase());
  return {
    network: "bluesky",
    externalId: view.uri,
    authorHandle: author.handle,
    authorName: author.displayName || null,
    authorFollowers,
    text: record.text,
    createdAt,
    kind: classifyKind({ reposts: false, replies: record.reply !== undefined, quotes: quoted !== null }),
    replyToId: record.reply?.parent.uri ?? null,
    replyToHandle: null,
    referencedId: quoted,
    conversationId: record.reply?.root?.uri ?? view.uri,
    likes: view.likeCount ?? 0,
    reposts: view.repostCount ?? 0,
    replies: view.replyCount ?? 0,
    quotes: view.quoteCount ?? 0,
    impressions: null,
    url: `https://bsky.app/profile/${author.handle}/post/${view.uri.split("/").pop()}`,
    hashtags: unique([...facets.hashtags, ...extraTags].filter((tag) => tag !== "")),
    mentions: unique(facets.mentions),
  };
}

/**
 * The quoted post's URI: embed `app.bsky.embed.record` holds `record.uri`, and
 * `app.bsky.embed.recordWithMedia` nests it one level deeper (`record.record.uri`). An embedded
 * feed generator, list or starter pack is not a quote, so only app.bsky.feed.post URIs count.
 */
function quotedUri(embed: unknown): string | null {
  const type = pick(embed, "$type");
  let uri: unknown;
  if (type === "app.bsky.embed.record") uri = pick(pick(embed, "record"), "uri");
  else if (type === "app.bsky.embed.recordWithMedia")
    uri = pick(pick(pick(embed, "record"), "record"), "uri");
  return typeof uri === "string" && uri.includes("/app.bsky.feed.post/") ? uri : null;
}

function pick(value: unknown, name: string): unknown {
  return typeof value === "object" && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}
