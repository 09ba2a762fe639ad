/** Small builders for store tests: a workspace, a series, an edition, posts. */
import type { Edition } from "../../src/domain/edition.js";
import type { Post } from "../../src/domain/post.js";
import type { NewSeries, Series } from "../../src/domain/series.js";
import type { Workspace } from "../../src/domain/workspace.js";
import type { Store } from "../../src/ports.js";

export const T0 = new Date("2026-03-05T18:00:00.000Z");

export function minutes(n: number, from: Date = T0): Date {
  return new Date(from.getTime() + n * 60_000);
}

export function seriesInput(workspaceId: string, hashtag: string, over: Partial<NewSeries> = {}): NewSeries {
  return {
    workspaceId,
    hashtag,
    title: `Chat ${hashtag}`,
    hosts: ["host"],
    networks: ["x"],
    mastodonInstance: null,
    cron: null,
    timeZone: "Europe/Paris",
    durationMinutes: 60,
    debriefChannel: null,
    afterPartyChannel: null,
    teamRoleIds: [],
    moderatorRoleIds: [],
    locale: null,
    ...over,
  };
}

export interface World {
  ws: Workspace;
  series: Series;
  edition: Edition;
}

/** A workspace with one series (#hashtag) and its edition 1 (T0 .. T0 + 1 h). */
export async function seedWorld(store: Store, externalId = "T1", hashtag = "chat"): Promise<World> {
  const ws = await store.workspaces.ensure({ platform: "slack", externalId, name: `Team ${externalId}` });
  const series = await store.series.create(seriesInput(ws.id, hashtag));
  const edition = await store.editions.create({
    workspaceId: ws.id,
    seriesId: series.id,
    number: 1,
    startsAt: T0,
    endsAt: minutes(60),
  });
  return { ws, series, edition };
}

export function makePost(i: number, over: Partial<Post> = {}): Post {
  return {
    network: "x",
    externalId: `17000000000000000${String(i).padStart(2, "0")}`,
    authorHandle: `user${i % 7}`,
    authorName: `User ${i % 7}`,
    authorFollowers: 100 + i,
    text: `A${(i % 5) + 1} answer number ${i} #chat`,
    createdAt: minutes(i % 60),
    kind: i % 4 === 0 ? "reply" : "original",
    replyToId: null,
    replyToHandle: null,
    referencedId: null,
    conversationId: null,
    likes: i % 3,
    reposts: 0,
    replies: 0,
    quotes: 0,
    impressions: null,
    bookmarks: null,
    engagements: null,
    shares: null,
    url: null,
    hashtags: ["chat"],
    mentions: [],
    ...over,
  };
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
