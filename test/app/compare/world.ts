/**
 * #edchat (ours, channel C1, U1 moderator, U2 member) with one reported edition on 3 March, and the
 * watch-list of C1 holding #teachchat, whose edition of 4 March was pulled and summarised.
 */
import type { Network, Post } from "../../../src/domain/post.js";
import type { WatchSummary } from "../../../src/domain/watch.js";
import type { Store } from "../../../src/ports.js";
import { post } from "../../domain/stats/factory.js";
import { ALL_REGISTRIES } from "../../support/registries.js";
import { testWorld } from "../world.js";

export const NOW = new Date("2026-03-05T12:00:00Z");

export async function compareWorld(options: { locale?: "en" | "fr" } = {}) {
  const w = await testWorld({ registries: ALL_REGISTRIES, now: NOW, ...options });
  // Tuesdays 19:00 in Paris: after 3 March comes 10 March.
  const series = await w.seedSeries({ cron: "0 19 * * 2" });
  await w.store.team.set(w.workspace.id, series.id, w.ref("U2"), "member");
  const edition = await w.store.editions.create({
    workspaceId: w.workspace.id,
    seriesId: series.id,
    number: 1,
    startsAt: new Date("2026-03-03T18:00:00Z"),
    endsAt: new Date("2026-03-03T19:00:00Z"),
    status: "debriefing",
  });
  await storePosts(w.store, w.workspace.id, edition.id, OUR_POSTS);
  const { watch } = await w.store.watches.add({
    workspaceId: w.workspace.id,
    channel: series.debriefChannel!,
    hashtag: "teachchat",
    hosts: ["tina"],
    networks: ["x"],
    mastodonInstance: null,
    cron: "0 20 * * 3",
    timeZone: "Europe/Paris",
    durationMinutes: 60,
    note: null,
    createdBy: w.ref("U1"),
  });
  const watched = await w.store.watchEditions.ensure(w.workspace.id, watch.id, {
    startsAt: new Date("2026-03-04T19:00:00Z"),
    endsAt: new Date("2026-03-04T20:00:00Z"),
  });
  await w.store.watchEditions.record(w.workspace.id, watched.id, {
    status: "reported",
    summary: TEACHCHAT_SUMMARY,
    at: new Date("2026-03-04T20:30:00Z"),
  });
  return {
    ...w,
    series,
    edition,
    watch,
    watched,
    moderator: w.actor({ user: "U1" }),
    member: w.actor({ user: "U2" }),
  };
}

export async function storePosts(store: Store, workspaceId: string, editionId: string, posts: Post[]) {
  await store.posts.upsertBatch(workspaceId, editionId, posts);
  await store.editions.update(workspaceId, editionId, { importedAt: new Date("2026-03-03T20:00:00Z") });
}

const at = (minute: number) => new Date(Date.UTC(2026, 2, 3, 18, minute));
const by = (handle: string, name: string | null, followers: number, network: Network = "x") => ({
  authorHandle: handle,
  authorName: name,
  authorFollowers: followers,
  network,
});

/** Four posts: the host's Q1, two answers (Ben, Cara), and Cara again; 12 likes in all. */
export const OUR_POSTS: Post[] = [
  post({
    externalId: "1",
    ...by("ana", "Ana", 1000),
    text: "Q1 What are you reading? #edchat",
    createdAt: at(1),
    likes: 6,
  }),
  post({
    externalId: "2",
    ...by("ben", "Ben B.", 200),
    text: "A1 A novel #edchat",
    createdAt: at(5),
    likes: 2,
  }),
  post({
    externalId: "3",
    ...by("Cara", "Cara Diaz", 300),
    text: "A1 Poems #edchat",
    createdAt: at(6),
    likes: 3,
  }),
  post({
    externalId: "4",
    ...by("Cara", "Cara Diaz", 300),
    text: "Lovely chat #edchat",
    createdAt: at(30),
    likes: 1,
  }),
];

export const TEACHCHAT_SUMMARY: WatchSummary = {
  networks: ["x"],
  missing: [],
  headline: {
    posts: 40,
    contributors: 10,
    engagement: 200,
    potentialReach: null,
    impressions: null,
    questions: 2,
    answers: 30,
    unanswered: 0,
    newContributors: null,
  },
  engagementPerPost: 5,
  answersPerQuestion: 15,
  questions: [
    { number: 1, text: "Q1 Which book changed how you teach?", answers: 18, answerers: 9, url: null },
    { number: 2, text: "Q2 How do you start a lesson?", answers: 12, answerers: 7, url: null },
    { number: 3, text: null, answers: 1, answerers: 1, url: null },
  ],
  topPosts: [],
  topics: ["books"],
  teamMembers: [{ network: "x", handle: "cara", posts: 2 }],
  participants: ["x:tina", "x:cara", "x:dan"],
};
