import { z } from "zod";
import { classifyKind, type Post } from "../../domain/post.js";
import { badCount } from "../post-check.js";
import { badValue, type SourceItem, written } from "../types.js";
import { htmlToText } from "./html-to-text.js";
import { schemaSkip } from "./skip.js";
import { parseTimestamp } from "./timestamp.js";
import { unique } from "./x-map.js";

/**
 * A Mastodon Status as a Post. @see https://docs.joinmastodon.org/entities/Status/
 * Handles: `acct` is `user@remote.host` for remote accounts but bare `user` for the instance's
 * own, so bare ones get `@<instance host>` (the API host; an instance serving handles under
 * another domain, LOCAL_DOMAIN != WEB_DOMAIN, is not detected). Mentions are qualified the same way
 * so they match author handles. Content warnings (spoiler_text) are not part of `text`.
 */
const accountSchema = z.object({
  acct: z.string(),
  display_name: z.string().optional(),
  followers_count: z.number().optional(),
});

const statusFields = {
  id: z.string(),
  created_at: z.string(),
  in_reply_to_id: z.string().nullish(),
  in_reply_to_account_id: z.string().nullish(),
  url: z.string().nullish(),
  uri: z.string().optional(),
  content: z.string(),
  account: accountSchema,
  favourites_count: z.number().optional(),
  reblogs_count: z.number().optional(),
  replies_count: z.number().optional(),
  /** Mastodon 4.5+ (quote posts); absent before. */
  quotes_count: z.number().optional(),
  tags: z.array(z.object({ name: z.string() })).optional(),
  mentions: z.array(z.object({ id: z.string(), acct: z.string() })).optional(),
  /** Quote { state, quoted_status } or ShallowQuote { state, quoted_status_id }. */
  quote: z
    .object({
      quoted_status: z.object({ id: z.string() }).nullish(),
      quoted_status_id: z.string().nullish(),
    })
    .nullish(),
};
const innerStatusSchema = z.object(statusFields);
const statusSchema = z.object({ ...statusFields, reblog: innerStatusSchema.nullish() });
type Status = z.infer<typeof innerStatusSchema>;

export function mapMastodonStatus(raw: unknown, at: string, instanceHost: string): SourceItem {
  const parsed = statusSchema.safeParse(raw);
  if (!parsed.success) return schemaSkip(at, raw, "id", parsed.error);
  const status = parsed.data;
  const createdAt = parseTimestamp(status.created_at);
  if (!createdAt)
    return {
      type: "skip",
      at,
      reason: badValue({
        field: "created_at",
        of: status.id,
        expected: "iso_time",
        got: written(status.created_at),
      }),
    };
  const post = toPost(status, status.reblog ?? null, createdAt, instanceHost);
  const bad = badCount(post);
  return bad === null ? { type: "post", at, post } : { type: "skip", at, reason: bad };
}

/**
 * A reblog is the booster's act (id, author, time) around the reblogged status, whose text, counts, hashtags
 * and mentions it carries (the reblog wrapper's own `content` and `tags` are empty).
 */
function toPost(status: Status, reblog: Status | null, createdAt: Date, host: string): Post {
  const shown = reblog ?? status;
  const quoted = status.quote
    ? (status.quote.quoted_status?.id ?? status.quote.quoted_status_id ?? null)
    : null;
  const replyTo = status.in_reply_to_account_id
    ? (status.mentions ?? []).find((mention) => mention.id === status.in_reply_to_account_id)
    : undefined;
  return {
    network: "mastodon",
    externalId: status.id,
    authorHandle: qualify(status.account.acct, host),
    authorName: status.account.display_name || null,
    authorFollowers: status.account.followers_count ?? null,
    text: htmlToText(shown.content),
    createdAt,
    kind: classifyKind({
      reposts: reblog !== null,
      replies: Boolean(status.in_reply_to_id),
      quotes: Boolean(status.quote),
    }),
    replyToId: status.in_reply_to_id ?? null,
    replyToHandle: replyTo ? qualify(replyTo.acct, host) : null,
    referencedId: reblog?.id ?? quoted,
    conversationId: null,
    likes: shown.favourites_count ?? 0,
    reposts: shown.reblogs_count ?? 0,
    replies: shown.replies_count ?? 0,
    quotes: shown.quotes_count ?? 0,
    impressions: null,
    url: status.url ?? shown.url ?? null,
    hashtags: unique((shown.tags ?? []).map((tag) => tag.name.toLowerCase())),
    mentions: unique((shown.mentions ?? []).map((mention) => qualify(mention.acct, host).toLowerCase())),
  };
}

/** `user@host` for a local account's bare `user`; a remote `user@other` as is; bare when the host is unknown (""). */
export function qualify(acct: string, host: string): string {
  const bare = acct.replace(/^@/, "");
  return bare.includes("@") || host === "" ? bare : `${bare}@${host}`;
}
