import { ARCHIVE_OWNER_UNKNOWN, classifyKind, type Post } from "../../domain/post.js";
import { err, ok } from "../../result.js";
import { badCount } from "../post-check.js";
import { badValue, written } from "../types.js";
import { sourceCount } from "./counts.js";
import { parseTwitterDate } from "./dates.js";
import { repostText, union, uniqueLower } from "./entities.js";
import { decodeHtmlEntities } from "./html.js";
import { asId, isHandle, statusUrl } from "./ids.js";
import { arrayAt, isObject, type JsonObject, objectAt, stringAt } from "./json.js";
import type { Mapped } from "./twarc-tweet.js";

export { ARCHIVE_OWNER_UNKNOWN };

/**
 * A tweet in the v1.1 shape: an entry of tweets.js (`{"tweet": {...}}`, or the bare tweet in older
 * archives) or a v1.1 API status (tweepy's `status._json`, `search/tweets` `statuses`). In the archive every
 * count and id is a string and there is no `user` (the owner is given); an API status names its `user`.
 * `created_at` is "Sat May 13 17:20:09 +0000 2023". No reply or quote counts (0) and no impressions (null).
 * Long posts: `full_text`, or `extended_tweet.full_text` (v1.1 compatibility mode). A retweet takes its
 * original's full text and entities from `retweeted_status`, as in the X API v2 mapper.
 * @see https://developer.x.com/en/docs/x-api/v1/data-dictionary/object-model/tweet
 */
export function archiveTweetToPost(entry: unknown, ownerHandle: string | null): Mapped {
  const tweet = objectAt(entry, "tweet") ?? (isObject(entry) ? entry : null);
  if (!tweet) return skip("missing_field", "entry is not a tweet object");
  const id = asId(tweet.id_str) ?? asId(tweet.id);
  if (!id) return skip("missing_field", "id_str");
  const own = contentOf(tweet);
  if (own === null) return skip("missing_field", `full_text of ${id}`);
  const createdAt = parseTwitterDate(tweet.created_at);
  if (!createdAt)
    return tweet.created_at === undefined
      ? skip("missing_field", `created_at of ${id}`)
      : err(
          badValue({ field: "created_at", of: id, expected: "twitter_time", got: written(tweet.created_at) }),
        );

  const user = objectAt(tweet, "user");
  const screenName = stringAt(user, "screen_name");
  const handle = isHandle(screenName)
    ? screenName
    : ownerHandle && isHandle(ownerHandle)
      ? ownerHandle
      : null;
  const original = objectAt(tweet, "retweeted_status");
  const full = original === null ? null : contentOf(original);
  const plain = decodeHtmlEntities(full === null ? own.text : repostText(own.text, full.text));
  const replyToId = asId(tweet.in_reply_to_status_id_str) ?? asId(tweet.in_reply_to_status_id);
  const quotedId = asId(tweet.quoted_status_id_str);
  const replyHandle = stringAt(tweet, "in_reply_to_screen_name");
  const post: Post = {
    network: "x",
    externalId: id,
    authorHandle: handle ?? ARCHIVE_OWNER_UNKNOWN,
    authorName: stringAt(user, "name"),
    authorFollowers: user === null ? null : sourceCount(user.followers_count),
    text: plain,
    createdAt,
    // The archive keeps a retweet as its own entry whose text starts "RT @author:".
    kind: classifyKind({
      reposts: original !== null || plain.startsWith("RT @"),
      replies: replyToId !== null,
      quotes: quotedId !== null,
    }),
    replyToId,
    replyToHandle: replyToId && isHandle(replyHandle) ? replyHandle : null,
    referencedId: asId(original?.id_str) ?? quotedId,
    conversationId: null,
    likes: sourceCount(tweet.favorite_count) ?? 0,
    reposts: sourceCount(tweet.retweet_count) ?? 0,
    replies: 0,
    quotes: 0,
    impressions: null,
    url: statusUrl(handle, id),
    hashtags: full === null ? own.hashtags : union(own.hashtags, full.hashtags),
    mentions: full === null ? own.mentions : union(own.mentions, full.mentions),
  };
  const bad = badCount(post);
  return bad === null ? ok(post) : err(bad);
}

/** Text and entities, from `extended_tweet` when the status has one (the long form of compatibility mode). */
function contentOf(tweet: JsonObject): { text: string; hashtags: string[]; mentions: string[] } | null {
  const extended = objectAt(tweet, "extended_tweet");
  const source = extended !== null && stringAt(extended, "full_text") !== null ? extended : tweet;
  const text = stringAt(source, "full_text") ?? stringAt(source, "text");
  if (text === null) return null;
  const entities = objectAt(source, "entities");
  return {
    text,
    hashtags: uniqueLower(arrayAt(entities, "hashtags").map((h) => stringAt(h, "text"))),
    mentions: uniqueLower(arrayAt(entities, "user_mentions").map((m) => stringAt(m, "screen_name"))),
  };
}

function skip(code: "missing_field", detail: string): Mapped {
  return err({ code, detail });
}
