import { classifyKind, type Post } from "../../domain/post.js";
import { err, ok, type Result } from "../../result.js";
import type { SkipReason } from "../types.js";
import { readCount } from "./counts.js";
import { parseIsoDate } from "./dates.js";
import { uniqueLowerField } from "./entities.js";
import { decodeHtmlEntities } from "./html.js";
import { asId, isHandle, statusUrl } from "./ids.js";
import { arrayAt, isObject, type JsonObject, objectAt } from "./json.js";

export type Mapped = Result<Post, SkipReason>;

/** Users of a page by id: `includes.users`, plus the `author` objects `twarc2 flatten` inlines. */
export type Users = ReadonlyMap<string, JsonObject>;

/**
 * One X API v2 tweet object as a Post.
 * Metrics: `public_metrics` like/retweet/reply/quote counts. `impression_count` is only returned for the
 * caller's own tweets and is 0 otherwise, so it becomes `impressions` only when > 0; real impressions come
 * from the analytics export.
 * @see https://docs.x.com/x-api/fundamentals/data-dictionary#tweet
 * @see https://docs.x.com/x-api/fundamentals/metrics
 */
export function tweetToPost(tweet: unknown, users: Users): Mapped {
  if (!isObject(tweet)) return skip("missing_field", "tweet is not an object");
  const id = asId(tweet.id);
  if (!id) return skip("missing_field", "id");
  const text = tweet.text;
  if (typeof text !== "string") return skip("missing_field", `text of ${id}`);
  const author = authorOf(tweet, users);
  const handle = author === null ? null : author.username;
  if (author === null || !isHandle(handle)) {
    // A withheld author (`withheld.scope: "user"`) is left out of includes.users by the API.
    const withheld = objectAt(tweet, "withheld");
    if (withheld)
      return skip("withheld", `author of ${id} (${arrayAt(withheld, "country_codes").join(",")})`);
    return skip("missing_field", `author of ${id}`);
  }
  const createdAt = parseIsoDate(tweet.created_at);
  if (!createdAt)
    return skip(tweet.created_at === undefined ? "missing_field" : "bad_value", `created_at of ${id}`);

  // `referenced_tweets[]` by type: the first of each type with a valid id.
  let retweeted: string | null = null;
  let repliedTo: string | null = null;
  let quoted: string | null = null;
  const references = tweet.referenced_tweets;
  if (Array.isArray(references)) {
    for (const ref of references) {
      if (!isObject(ref)) continue;
      const type = ref.type;
      if (type !== "retweeted" && type !== "replied_to" && type !== "quoted") continue;
      const refId = asId(ref.id);
      if (refId === null) continue;
      if (type === "retweeted") retweeted ??= refId;
      else if (type === "replied_to") repliedTo ??= refId;
      else quoted ??= refId;
    }
  }
  const metrics = objectOrNull(tweet.public_metrics);
  const impressions = readCount(metrics === null ? undefined : metrics.impression_count);
  const authorMetrics = objectOrNull(author.public_metrics);
  const authorName = author.name;
  const entities = objectOrNull(tweet.entities);
  return ok({
    network: "x",
    externalId: id,
    authorHandle: handle,
    authorName: typeof authorName === "string" ? authorName : null,
    authorFollowers: readCount(authorMetrics === null ? undefined : authorMetrics.followers_count),
    text: decodeHtmlEntities(text),
    createdAt,
    kind: classifyKind({
      reposts: retweeted !== null,
      replies: repliedTo !== null,
      quotes: quoted !== null,
    }),
    replyToId: repliedTo,
    replyToHandle: repliedTo !== null ? replyToHandle(tweet, users) : null,
    referencedId: retweeted ?? quoted,
    conversationId: asId(tweet.conversation_id),
    likes: metrics === null ? 0 : (readCount(metrics.like_count) ?? 0),
    reposts: metrics === null ? 0 : (readCount(metrics.retweet_count) ?? 0),
    replies: metrics === null ? 0 : (readCount(metrics.reply_count) ?? 0),
    quotes: metrics === null ? 0 : (readCount(metrics.quote_count) ?? 0),
    impressions: impressions && impressions > 0 ? impressions : null,
    url: statusUrl(handle, id),
    hashtags: entities === null ? [] : uniqueLowerField(entities.hashtags, "tag"),
    mentions: entities === null ? [] : uniqueLowerField(entities.mentions, "username"),
  });
}

/**
 * The value when it is a JSON object. The hot path reads fields by name (`tweet.entities`), not through
 * json.ts's `objectAt(value, key)`: a keyed read shared by every caller sees every object shape and goes
 * megamorphic, which V8 serves through a slow generic lookup.
 */
function objectOrNull(value: unknown): JsonObject | null {
  return isObject(value) ? value : null;
}

function skip(code: SkipReason["code"], detail: string): Mapped {
  return err({ code, detail });
}

function authorOf(tweet: JsonObject, users: Users): JsonObject | null {
  const inline = tweet.author;
  if (isObject(inline)) return inline;
  const authorId = asId(tweet.author_id);
  return authorId ? (users.get(authorId) ?? null) : null;
}

/** The replied-to author: `in_reply_to_user_id` resolved through the page's users (or flatten's inline user). */
function replyToHandle(tweet: JsonObject, users: Users): string | null {
  const inline = tweet.in_reply_to_user;
  const inlineHandle = isObject(inline) ? inline.username : null;
  if (isHandle(inlineHandle)) return inlineHandle;
  const userId = asId(tweet.in_reply_to_user_id);
  const user = userId ? users.get(userId) : undefined;
  const handle = user === undefined ? null : user.username;
  return isHandle(handle) ? handle : null;
}
