import { classifyKind } from "../../domain/post.js";
import { err, ok } from "../../result.js";
import { readCount } from "./counts.js";
import { parseTwitterDate } from "./dates.js";
import { uniqueLower } from "./entities.js";
import { decodeHtmlEntities } from "./html.js";
import { asId, isHandle, statusUrl } from "./ids.js";
import { arrayAt, isObject, objectAt, stringAt } from "./json.js";
import type { Mapped } from "./twarc-tweet.js";

/**
 * Author of archive posts when the caller does not name the owner. tweets.js carries no author (the archive
 * is one account's), and its handle is in account.js, which is not part of this file. The value cannot be a
 * real handle (X handles are [A-Za-z0-9_]{1,15}), so a caller can recognise and replace it; links then use
 * x.com/i/status/<id>, which X resolves without the handle.
 */
export const ARCHIVE_OWNER_UNKNOWN = "(archive owner)";

/**
 * One entry of tweets.js (`{"tweet": {...}}`, or the bare tweet in older archives), in the v1.1 shape:
 * every count and id is a string, `created_at` is "Sat May 13 17:20:09 +0000 2023". The archive has no
 * reply or quote counts (0 here) and no impressions (null).
 */
export function archiveTweetToPost(entry: unknown, ownerHandle: string | null): Mapped {
  const tweet = objectAt(entry, "tweet") ?? (isObject(entry) ? entry : null);
  if (!tweet) return skip("missing_field", "entry is not a tweet object");
  const id = asId(tweet.id_str) ?? asId(tweet.id);
  if (!id) return skip("missing_field", "id_str");
  const text = stringAt(tweet, "full_text") ?? stringAt(tweet, "text");
  if (text === null) return skip("missing_field", `full_text of ${id}`);
  const createdAt = parseTwitterDate(tweet.created_at);
  if (!createdAt)
    return skip(tweet.created_at === undefined ? "missing_field" : "bad_value", `created_at of ${id}`);

  const plain = decodeHtmlEntities(text);
  const replyToId = asId(tweet.in_reply_to_status_id_str) ?? asId(tweet.in_reply_to_status_id);
  const quotedId = asId(tweet.quoted_status_id_str);
  const replyHandle = stringAt(tweet, "in_reply_to_screen_name");
  const handle = ownerHandle && isHandle(ownerHandle) ? ownerHandle : null;
  const entities = objectAt(tweet, "entities");
  return ok({
    network: "x",
    externalId: id,
    authorHandle: handle ?? ARCHIVE_OWNER_UNKNOWN,
    authorName: null,
    authorFollowers: null,
    text: plain,
    createdAt,
    // The archive keeps a retweet as its own entry whose text starts "RT @author:".
    kind: classifyKind({
      reposts: plain.startsWith("RT @"),
      replies: replyToId !== null,
      quotes: quotedId !== null,
    }),
    replyToId,
    replyToHandle: replyToId && isHandle(replyHandle) ? replyHandle : null,
    referencedId: quotedId,
    conversationId: null,
    likes: readCount(tweet.favorite_count) ?? 0,
    reposts: readCount(tweet.retweet_count) ?? 0,
    replies: 0,
    quotes: 0,
    impressions: null,
    url: statusUrl(handle, id),
    hashtags: uniqueLower(arrayAt(entities, "hashtags").map((h) => stringAt(h, "text"))),
    mentions: uniqueLower(arrayAt(entities, "user_mentions").map((m) => stringAt(m, "screen_name"))),
  });
}

function skip(code: "missing_field" | "bad_value", detail: string): Mapped {
  return err({ code, detail });
}
