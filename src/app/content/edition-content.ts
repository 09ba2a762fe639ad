/**
 * An edition's content from the store: its posts (streamed once), a report of them, the insight
 * notes, the next edition, and the series' consent. What the chat commands and the recycle list
 * of the promotion reminders build on.
 */
import { type ConsentPolicy, OPEN_CONSENT } from "../../domain/content/consent.js";
import { type EditionContent, editionContent } from "../../domain/content/edition-content.js";
import type { Edition } from "../../domain/edition.js";
import type { Post } from "../../domain/post.js";
import type { Series } from "../../domain/series.js";
import { createStatsAccumulator } from "../../domain/stats/index.js";
import type { Store } from "../../ports.js";
import { seriesConsent } from "./series-consent.js";

export async function editionPosts(store: Store, edition: Edition): Promise<Post[]> {
  const posts: Post[] = [];
  for await (const post of store.posts.streamByEdition(edition.workspaceId, edition.id)) posts.push(post);
  return posts;
}

export async function loadEditionContent(
  store: Store,
  series: Series,
  edition: Edition,
  options: { posts?: Post[]; consent?: ConsentPolicy } = {},
): Promise<{ content: EditionContent; posts: Post[]; consent: ConsentPolicy }> {
  const ws = series.workspaceId;
  const posts = options.posts ?? (await editionPosts(store, edition));
  const consent =
    options.consent ?? (posts.length ? await seriesConsent(store, series, posts) : OPEN_CONSENT);
  const stats = createStatsAccumulator({
    hashtag: series.hashtag,
    hosts: series.hosts,
    window: { startsAt: edition.startsAt, endsAt: edition.endsAt },
    instance: series.mastodonInstance,
  });
  for (const post of posts) stats.add(post);
  const insights = await store.notes.listByEdition(ws, edition.id, "insight");
  const next = (await store.editions.list(ws, series.id))
    .filter((e) => e.number > edition.number)
    .sort((a, b) => a.number - b.number)[0];
  const content = editionContent({
    posts,
    report: { ...stats.finish(), account: null },
    hashtag: series.hashtag,
    title: series.title,
    number: edition.number,
    startsAt: edition.startsAt,
    topic: edition.topic,
    hosts: series.hosts,
    consent,
    insights: insights.map((n) => n.text),
    next: next ? { startsAt: next.startsAt, topic: next.topic, hashtag: series.hashtag } : null,
  });
  return { content, posts, consent };
}
