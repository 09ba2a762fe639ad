/**
 * A synthetic Q/A chat (#chatdemo, host @hostaccount) saved as an X API v2 search response, the way
 * a team would save one: three questions, answers in English, French (accents) and Arabic (right to
 * left), emoji, a reply under an answer, a post outside the questions, and @zoe_q, who answers with
 * the most engagement of all and then replies "no quote please" to the host without the hashtag.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

interface Row {
  id: string;
  user: string;
  text: string;
  minute: number;
  likes: number;
  replyTo?: { id: string; user: string };
}

export const USERS: Record<string, { id: string; name: string }> = {
  hostaccount: { id: "100", name: "Chat Demo Host" },
  ana_s: { id: "101", name: "Ana Silva" },
  bruno_l: { id: "102", name: "Bruno Lefèvre" },
  zoe_q: { id: "103", name: "Zoé Quiet" },
  cy: { id: "104", name: "Cy" },
  dalia: { id: "105", name: "داليا" },
  eve: { id: "106", name: "Eve" },
};

export const START = new Date("2026-03-03T19:00:00.000Z");
const id = (n: number) => `20290000000000${String(n).padStart(5, "0")}`;

export const ROWS: Row[] = [
  {
    id: id(1),
    user: "hostaccount",
    text: "Q1: What made you start teaching? #chatdemo",
    minute: 0,
    likes: 4,
  },
  {
    id: id(2),
    user: "ana_s",
    text: "A1 My grandmother, who taught in a village school 🌻 #chatdemo",
    minute: 2,
    likes: 12,
  },
  {
    id: id(3),
    user: "bruno_l",
    text: "A1 Une prof de français géniale, élève après élève, année après année… #chatdemo",
    minute: 3,
    likes: 8,
  },
  {
    id: id(4),
    user: "zoe_q",
    text: "A1 Secret words of Zoe that nobody may quote #chatdemo",
    minute: 4,
    likes: 50,
  },
  {
    id: id(5),
    user: "cy",
    text: "So true, grandmothers rule! #chatdemo",
    minute: 5,
    likes: 1,
    replyTo: { id: id(2), user: "ana_s" },
  },
  {
    id: id(6),
    user: "hostaccount",
    text: "Q2 : Quel outil utilisez-vous chaque jour ? #chatdemo",
    minute: 15,
    likes: 3,
  },
  {
    id: id(7),
    user: "dalia",
    text: "A2 أستخدم دفتر الملاحظات كل يوم مع طلابي #chatdemo",
    minute: 17,
    likes: 5,
  },
  {
    id: id(8),
    user: "ana_s",
    text: "A2 A shared whiteboard, because students can see their thinking grow, step by step, idea by idea, week after week #chatdemo",
    minute: 18,
    likes: 3,
  },
  {
    id: id(9),
    user: "zoe_q",
    text: "@hostaccount no quote please",
    minute: 20,
    likes: 0,
    replyTo: { id: id(6), user: "hostaccount" },
  },
  { id: id(10), user: "hostaccount", text: "Q3: One tip for newcomers? #chatdemo", minute: 30, likes: 2 },
  {
    id: id(11),
    user: "bruno_l",
    text: "A3 Ask questions, always. https://example.org/tips #chatdemo",
    minute: 32,
    likes: 4,
  },
  { id: id(12), user: "eve", text: "Great chat tonight, thank you all #chatdemo", minute: 50, likes: 2 },
];

export function statusUrl(row: Pick<Row, "id" | "user">): string {
  return `https://x.com/${row.user}/status/${row.id}`;
}

export function row(user: string, index = 0): Row {
  return ROWS.filter((r) => r.user === user)[index]!;
}

function tweet(r: Row) {
  const tags = [...r.text.matchAll(/#(\w+)/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    tag: m[1],
  }));
  const mentions = [...r.text.matchAll(/@(\w+)/g)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    username: m[1],
    id: USERS[m[1]!]?.id ?? "999",
  }));
  return {
    id: r.id,
    author_id: USERS[r.user]!.id,
    text: r.text,
    created_at: new Date(START.getTime() + r.minute * 60_000).toISOString(),
    conversation_id: r.replyTo ? r.replyTo.id : r.id,
    edit_history_tweet_ids: [r.id],
    ...(r.replyTo ? { in_reply_to_user_id: USERS[r.replyTo.user]!.id } : {}),
    public_metrics: { retweet_count: 0, reply_count: 0, like_count: r.likes, quote_count: 0 },
    lang: "en",
    entities: { ...(tags.length ? { hashtags: tags } : {}), ...(mentions.length ? { mentions } : {}) },
    ...(r.replyTo ? { referenced_tweets: [{ type: "replied_to", id: r.replyTo.id }] } : {}),
  };
}

/** Writes the chat to a fresh temporary folder; returns the file's path. */
export function writeSyntheticChat(): string {
  const dir = mkdtempSync(join(tmpdir(), "afterchat-content-"));
  const path = join(dir, "chatdemo-search.json");
  const users = Object.entries(USERS).map(([username, u]) => ({
    id: u.id,
    username,
    name: u.name,
    public_metrics: { followers_count: 100, following_count: 10, tweet_count: 1000, listed_count: 1 },
  }));
  writeFileSync(
    path,
    JSON.stringify({ data: ROWS.map(tweet), includes: { users }, meta: { result_count: ROWS.length } }),
  );
  return path;
}
