import { mapBlueskyFeedItem, mapBlueskyPost } from "../live/bluesky-map.js";
import type { FileParser, SourceItem } from "../types.js";
import { arrayAt, isObject, objectAt } from "./json.js";
import { jsonDocumentItems } from "./json-document.js";
import { skipItem } from "./skip.js";
import type { Chunk } from "./text.js";

/** Saved responses carry no follower counts (the live pull asks getProfiles for them). */
const NO_FOLLOWERS = () => null;

/**
 * A Bluesky XRPC response saved as a JSON file, mapped by the live pull's mapper (bluesky-map.ts):
 * - `app.bsky.feed.searchPosts` and `app.bsky.feed.getQuotes`: `{ posts: [postView] }`;
 * - `app.bsky.feed.getAuthorFeed` and `app.bsky.feed.getTimeline`: `{ feed: [{ post, reply?, reason? }] }`,
 *   a reposted item giving the post and the repost;
 * - `app.bsky.feed.getPostThread`: `{ thread }`, the parents from the root down, then the post, then every
 *   reply, depth first (deleted and blocked posts are skipped as not_a_post);
 * - an array of post views.
 * @see https://docs.bsky.app/docs/api/app-bsky-feed-get-post-thread
 */
export function savedBlueskyParser(): FileParser {
  return { format: "bluesky-json", parse: parseSavedBluesky };
}

function parseSavedBluesky(input: AsyncIterable<Chunk>): AsyncGenerator<SourceItem> {
  return jsonDocumentItems(input, {
    element: (view, entry) => [mapBlueskyPost(view, `entry ${entry}`, NO_FOLLOWERS)],
    document: documentItems,
  });
}

function documentItems(value: unknown): SourceItem[] {
  if (!isObject(value)) return [skipItem("entry 1", "not_a_post", "not a JSON object")];
  if (Array.isArray(value.feed))
    return value.feed.flatMap((item, index) => mapBlueskyFeedItem(item, `entry ${index + 1}`, NO_FOLLOWERS));
  if (isObject(value.thread)) return threadItems(value.thread);
  return arrayAt(value, "posts").map((view, index) =>
    mapBlueskyPost(view, `entry ${index + 1}`, NO_FOLLOWERS),
  );
}

/** Replies deeper than this are left out (the AppView itself stops at depth 1000). */
const MAX_DEPTH = 1000;

function threadItems(thread: Record<string, unknown>): SourceItem[] {
  const parents: unknown[] = [];
  for (
    let parent = objectAt(thread, "parent");
    parent !== null && parents.length < MAX_DEPTH;
    parent = objectAt(parent, "parent")
  )
    parents.unshift(parent);
  const items: SourceItem[] = [];
  let count = 0;
  const visit = (node: unknown) => {
    count += 1;
    const at = `entry ${count}`;
    const view = objectAt(node, "post");
    if (view === null) {
      const uri = isObject(node) && typeof node.uri === "string" ? node.uri : "?";
      items.push(skipItem(at, "not_a_post", `${uri} not found or blocked`));
      return;
    }
    items.push(mapBlueskyPost(view, at, NO_FOLLOWERS));
  };
  for (const parent of parents) visit(parent);
  // Depth first without recursion: a reply chain of any length cannot overflow the stack.
  const stack: Array<{ node: unknown; depth: number }> = [{ node: thread, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    visit(node);
    if (depth >= MAX_DEPTH) continue;
    const replies = arrayAt(node, "replies");
    for (let index = replies.length - 1; index >= 0; index -= 1)
      stack.push({ node: replies[index], depth: depth + 1 });
  }
  return items;
}
