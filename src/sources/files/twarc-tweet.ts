import { kindOf, type Post } from "../../domain/post.js";
import { err, ok, type Result } from "../../result.js";
import { badCount } from "../post-check.js";
import { badValue, type SkipReason, written } from "../types.js";
import { sourceCount } from "./counts.js";
import { parseIsoDate } from "./dates.js";
import { repostText, union, uniqueLowerTags, uniqueLowerUsernames } from "./entities.js";
import { decodeHtmlEntities } from "./html.js";
import { asId, isHandle, snowflakeTime } from "./ids.js";
import { arrayAt, isObject, type JsonObject, objectAt } from "./json.js";

export type Mapped = Result<Post, SkipReason>;

/** Users of a page by id: `includes.users`, plus the `author` objects `twarc2 flatten` inlines. */
export type Users = ReadonlyMap<string, JsonObject>;

/** Tweets a page references, by id (`includes.tweets`): where a retweet's full text and entities are. */
export type Tweets = ReadonlyMap<string, JsonObject>;

const NO_TWEETS: Tweets = new Map();

/**
 * One X API v2 tweet object as a Post: what a twarc2 archive, a saved API response and a live pull all map
 * through.
 * - Text: a long post's `note_tweet.text` and its entities when present (`text` is cut at 280 characters).
 *   A retweet's own `text` ("RT @user: …") and entities cover only a cut copy of the original: it takes the
 *   original's full text, hashtags and mentions from the referenced tweet (inline in `twarc2 flatten`
 *   output, else `includes.tweets`), keeping its own entities too (the `@user` of "RT @user:").
 * - Metrics: `public_metrics` like/retweet/reply/quote/bookmark counts; `impression_count` is 0 on posts
 *   older than December 2022, so it becomes `impressions` only when > 0.
 * - No `created_at` (a default-fields response): the time is read from the Snowflake id.
 * Text is HTML-decoded (`&amp;` -> `&`), as X escapes it.
 * @see https://docs.x.com/x-api/fundamentals/data-dictionary#tweet
 * @see https://docs.x.com/x-api/fundamentals/metrics
 */
export function tweetToPost(tweet: unknown, users: Users, tweets: Tweets = NO_TWEETS): Mapped {
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
  const createdAt = tweet.created_at === undefined ? snowflakeTime(id) : parseIsoDate(tweet.created_at);
  if (!createdAt)
    return tweet.created_at === undefined
      ? skip("missing_field", `created_at of ${id}`)
      : err(badValue({ field: "created_at", of: id, expected: "iso_time", got: written(tweet.created_at) }));

  // `referenced_tweets[]` by type: the first of each type with a valid id.
  let retweeted: string | null = null;
  let retweetedInline: JsonObject | null = null;
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
      if (type === "retweeted") {
        if (retweeted === null) {
          retweeted = refId;
          retweetedInline = typeof ref.text === "string" ? ref : null;
        }
      } else if (type === "replied_to") repliedTo ??= refId;
      else quoted ??= refId;
    }
  }
  const metrics = objectOrNull(tweet.public_metrics);
  const impressions = metrics === null ? null : sourceCount(metrics.impression_count);
  const authorMetrics = objectOrNull(author.public_metrics);
  const authorName = author.name;
  // A long post's note_tweet holds its full text and entities (read in place: one object less per tweet).
  const note = objectOrNull(tweet.note_tweet);
  const long = note !== null && typeof note.text === "string";
  const entities = objectOrNull(long ? (note.entities ?? tweet.entities) : tweet.entities);
  let fullText = long ? (note.text as string) : text;
  let hashtags = entities === null ? [] : uniqueLowerTags(entities.hashtags);
  let mentions = entities === null ? [] : uniqueLowerUsernames(entities.mentions);
  if (retweeted !== null) {
    const original = retweetedInline ?? tweets.get(retweeted);
    if (original !== undefined && typeof original.text === "string") {
      const full = contentOf(original, original.text);
      fullText = repostText(fullText, full.text);
      hashtags = union(hashtags, full.hashtags);
      mentions = union(mentions, full.mentions);
    }
  }
  const post: Post = {
    network: "x",
    externalId: id,
    authorHandle: handle,
    authorName: typeof authorName === "string" ? authorName : null,
    authorFollowers: authorMetrics === null ? null : sourceCount(authorMetrics.followers_count),
    text: decodeHtmlEntities(fullText),
    createdAt,
    kind: kindOf(retweeted !== null, repliedTo !== null, quoted !== null),
    replyToId: repliedTo,
    replyToHandle: repliedTo !== null ? replyToHandle(tweet, users) : null,
    referencedId: retweeted ?? quoted,
    conversationId: asId(tweet.conversation_id),
    likes: metrics === null ? 0 : (sourceCount(metrics.like_count) ?? 0),
    reposts: metrics === null ? 0 : (sourceCount(metrics.retweet_count) ?? 0),
    replies: metrics === null ? 0 : (sourceCount(metrics.reply_count) ?? 0),
    quotes: metrics === null ? 0 : (sourceCount(metrics.quote_count) ?? 0),
    impressions: impressions !== null && impressions !== 0 ? impressions : null,
    bookmarks: metrics === null ? null : sourceCount(metrics.bookmark_count),
    // statusUrl(handle, id) without its second isHandle check: the handle passed it above.
    url: `https://x.com/${handle}/status/${id}`,
    hashtags,
    mentions,
  };
  const bad = badCount(post);
  return bad === null ? ok(post) : err(bad);
}

interface Content {
  text: string;
  hashtags: string[];
  mentions: string[];
}

/** A tweet's full text and the entities that go with it: its note_tweet's when it is a long post. */
function contentOf(tweet: JsonObject, text: string): Content {
  const note = objectOrNull(tweet.note_tweet);
  const long = note !== null && typeof note.text === "string";
  const entities = objectOrNull(long ? (note.entities ?? tweet.entities) : tweet.entities);
  return {
    text: long ? (note.text as string) : text,
    hashtags: entities === null ? [] : uniqueLowerTags(entities.hashtags),
    mentions: entities === null ? [] : uniqueLowerUsernames(entities.mentions),
  };
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
