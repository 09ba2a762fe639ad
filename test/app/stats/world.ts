/** A series with a team, an edition that has ended, and the helpers the stats tests share. */
import { Readable } from "node:stream";
import type { Network } from "../../../src/domain/post.js";
import type { SharedFile } from "../../../src/edge.js";
import type { Locale } from "../../../src/i18n/index.js";
import { makeActor, testWorkspace } from "../../support/actors.js";
import { testServices } from "../../support/recording-responder.js";

export interface StatsWorldOptions {
  locale?: Locale;
  hashtag?: string;
  hosts?: string[];
  networks?: Network[];
  mastodonInstance?: string | null;
  /** The clock (default: the evening of edition 1, 2026-03-03 21:00 UTC). */
  now?: Date;
}

export async function statsWorld(options: StatsWorldOptions = {}) {
  const world = testServices({ now: options.now ?? new Date("2026-03-03T21:00:00Z") });
  const { store } = world;
  const workspace = await testWorkspace(store, { locale: options.locale ?? "en" });
  const member = makeActor(workspace, { user: "U1", locale: options.locale ?? "en" });
  const series = await store.series.create({
    workspaceId: workspace.id,
    hashtag: options.hashtag ?? "chat",
    title: "The Chat",
    hosts: options.hosts ?? ["host"],
    networks: options.networks ?? ["x"],
    mastodonInstance: options.mastodonInstance ?? null,
    cron: null,
    timeZone: "Europe/Paris",
    durationMinutes: 60,
    debriefChannel: member.channel,
    afterPartyChannel: null,
    teamRoleIds: [],
    moderatorRoleIds: [],
    locale: null,
  });
  await store.team.set(workspace.id, series.id, member.userRef, "moderator");
  const edition = await store.editions.create({
    workspaceId: workspace.id,
    seriesId: series.id,
    number: 1,
    startsAt: new Date("2026-03-03T19:00:00Z"),
    endsAt: new Date("2026-03-03T20:00:00Z"),
    status: "debriefing",
  });
  const outsider = makeActor(workspace, { user: "U9" });
  return { ...world, workspace, member, outsider, series, edition };
}

/** A file shared in the chat, with these bytes. */
export function sharedFile(
  name: string,
  content: string,
  size: number | null = Buffer.byteLength(content),
): SharedFile {
  return { name, size, open: async () => Readable.from([Buffer.from(content)]) };
}

/** One twarc2 page line with these tweets (author ids "1" = host, "2".."9" = users). */
export function twarcPage(
  tweets: Array<{ id: string; author: string; text: string; at: string; likes?: number; replyTo?: string }>,
): string {
  const users = [...new Set(tweets.map((t) => t.author))].map((id) => ({
    id,
    username: id === "1" ? "host" : `user${id}`,
    name: id === "1" ? "Host" : `User ${id}`,
    public_metrics: { followers_count: 100 * Number(id) },
  }));
  const data = tweets.map((t) => ({
    id: t.id,
    author_id: t.author,
    text: t.text,
    created_at: t.at,
    conversation_id: t.replyTo ?? t.id,
    public_metrics: { like_count: t.likes ?? 0, retweet_count: 0, reply_count: 0, quote_count: 0 },
    ...(t.replyTo ? { referenced_tweets: [{ type: "replied_to", id: t.replyTo }] } : {}),
    entities: { hashtags: [{ start: 0, end: 5, tag: "chat" }] },
  }));
  return JSON.stringify({ data, includes: { users }, meta: { result_count: data.length } });
}

/** A small chat: the host asks Q1 and Q2, three people answer, one asks a question nobody answers. */
export const CHAT = [
  twarcPage([
    {
      id: "101",
      author: "1",
      text: "Q1: What brought you here? #chat",
      at: "2026-03-03T19:01:00.000Z",
      likes: 4,
    },
    { id: "102", author: "2", text: "A1 curiosity #chat", at: "2026-03-03T19:03:00.000Z", likes: 2 },
    { id: "103", author: "3", text: "A1 a friend told me #chat", at: "2026-03-03T19:04:00.000Z", likes: 1 },
    {
      id: "104",
      author: "1",
      text: "Q2: Best tool this year? #chat",
      at: "2026-03-03T19:15:00.000Z",
      likes: 3,
    },
    { id: "105", author: "2", text: "A2 a notebook #chat", at: "2026-03-03T19:17:00.000Z" },
    {
      id: "106",
      author: "4",
      text: "A2 does anyone use Mastodon for this? #chat",
      at: "2026-03-03T19:20:00.000Z",
    },
  ]),
].join("\n");
