import { z } from "zod";
import { classifyKind, type Post } from "../../domain/post.js";
import type { SourceItem } from "../types.js";
import { schemaSkip } from "./skip.js";
import { parseTimestamp } from "./timestamp.js";

/**
 * One page of X API v2 recent search (`GET /2/tweets/search/recent`) turned into items.
 * @see https://docs.x.com/x-api/posts/search/api-reference/get-tweets-search-recent
 * Shape checked against fixtures x-api-v2-twarc/kpop.jsonl (a real page written by twarc2).
 */
const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string().optional(),
  public_metrics: z.object({ followers_count: z.number().optional() }).optional(),
});
type XUser = z.infer<typeof userSchema>;

const tweetSchema = z.object({
  id: z.string(),
  text: z.string(),
  author_id: z.string(),
  created_at: z.string(),
  conversation_id: z.string().optional(),
  in_reply_to_user_id: z.string().optional(),
  referenced_tweets: z.array(z.object({ type: z.string(), id: z.string() })).optional(),
  public_metrics: z
    .object({
      retweet_count: z.number().optional(),
      reply_count: z.number().optional(),
      like_count: z.number().optional(),
      quote_count: z.number().optional(),
      impression_count: z.number().optional(),
    })
    .optional(),
  entities: z
    .object({
      hashtags: z.array(z.object({ tag: z.string() })).optional(),
      mentions: z.array(z.object({ username: z.string() })).optional(),
    })
    .optional(),
});
type XTweet = z.infer<typeof tweetSchema>;

export const xPageSchema = z.object({
  data: z.array(z.unknown()).optional(),
  includes: z.object({ users: z.array(z.unknown()).optional() }).optional(),
  meta: z.object({ next_token: z.string().optional() }).optional(),
  /** Partial errors (e.g. a suspended mentioned user) next to good data. */
  errors: z.array(z.unknown()).optional(),
});
export type XPage = z.infer<typeof xPageSchema>;

const apiErrorSchema = z.object({
  title: z.string().optional(),
  detail: z.string().optional(),
  message: z.string().optional(),
});

/** Tweets of `data` as posts; `includes.tweets` (referenced tweets) are context, never yielded. */
export function mapXPage(page: XPage, at: string): SourceItem[] {
  const users = new Map<string, XUser>();
  for (const raw of page.includes?.users ?? []) {
    const user = userSchema.safeParse(raw);
    if (user.success) users.set(user.data.id, user.data);
  }
  const items: SourceItem[] = [];
  for (const raw of page.data ?? []) items.push(mapTweet(raw, users, at));
  for (const raw of page.errors ?? []) {
    const error = apiErrorSchema.safeParse(raw);
    const detail = error.success
      ? [error.data.title, error.data.detail ?? error.data.message].filter(Boolean).join(": ")
      : "";
    items.push({
      type: "skip",
      at,
      reason: { code: "api_error", detail: detail.slice(0, 300) || "unknown" },
    });
  }
  return items;
}

function mapTweet(raw: unknown, users: Map<string, XUser>, at: string): SourceItem {
  const parsed = tweetSchema.safeParse(raw);
  if (!parsed.success) return schemaSkip(at, raw, "id", parsed.error);
  const tweet = parsed.data;
  const author = users.get(tweet.author_id);
  if (!author)
    return { type: "skip", at, reason: { code: "missing_field", detail: `${tweet.id} includes.users` } };
  const createdAt = parseTimestamp(tweet.created_at);
  if (!createdAt)
    return { type: "skip", at, reason: { code: "bad_value", detail: `${tweet.id} created_at` } };
  return { type: "post", at, post: toPost(tweet, author, createdAt, users) };
}

function toPost(tweet: XTweet, author: XUser, createdAt: Date, users: Map<string, XUser>): Post {
  const refs = tweet.referenced_tweets ?? [];
  const ref = (type: string) => refs.find((r) => r.type === type)?.id ?? null;
  const retweeted = ref("retweeted");
  const repliedTo = ref("replied_to");
  const quoted = ref("quoted");
  const metrics = tweet.public_metrics ?? {};
  return {
    network: "x",
    externalId: tweet.id,
    authorHandle: author.username,
    authorName: author.name ?? null,
    authorFollowers: author.public_metrics?.followers_count ?? null,
    text: tweet.text,
    createdAt,
    kind: classifyKind({ reposts: retweeted !== null, replies: repliedTo !== null, quotes: quoted !== null }),
    replyToId: repliedTo,
    replyToHandle: tweet.in_reply_to_user_id
      ? (users.get(tweet.in_reply_to_user_id)?.username ?? null)
      : null,
    referencedId: retweeted ?? quoted,
    conversationId: tweet.conversation_id ?? null,
    likes: metrics.like_count ?? 0,
    reposts: metrics.retweet_count ?? 0,
    replies: metrics.reply_count ?? 0,
    quotes: metrics.quote_count ?? 0,
    // Views, public since Dec 2022 on recent posts; older pages (like the 2021 fixtures) lack it.
    impressions: metrics.impression_count ?? null,
    url: `https://x.com/${author.username}/status/${tweet.id}`,
    hashtags: unique((tweet.entities?.hashtags ?? []).map((h) => h.tag.toLowerCase())),
    mentions: unique((tweet.entities?.mentions ?? []).map((m) => m.username.toLowerCase())),
  };
}

export function unique(values: string[]): string[] {
  return [...new Set(values)];
}
