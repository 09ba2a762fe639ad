/**
 * Writes a synthetic twarc2 archive (one API page of 100 tweets per line, with includes.users):
 * a long chat with hosts asking Q1..Q10, participants answering A1.., replies, retweets, quotes,
 * co-hashtags and mentions. Deterministic (seeded), streamed to disk.
 */

import { once } from "node:events";
import { createWriteStream } from "node:fs";

function rng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const WORDS =
  "community growth content strategy audience engagement brand story video podcast newsletter launch data metrics tools events partners feedback".split(
    " ",
  );

export async function generateTwarc(path: string, posts: number, seed = 42): Promise<void> {
  const random = rng(seed);
  const out = createWriteStream(path);
  const users = 5000;
  const start = Date.parse("2026-11-24T18:00:00Z");
  const span = 60 * 60_000 * 3;
  let id = 10n ** 18n;
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  for (let written = 0; written < posts; ) {
    const data: unknown[] = [];
    const authors = new Map<string, unknown>();
    const pageSize = Math.min(100, posts - written);
    for (let i = 0; i < pageSize; i++, written++) {
      id += 1n;
      const host = written % 2000 === 0;
      const user = host ? 1 : 2 + Math.floor(random() * (users - 2));
      const userId = String(1000 + user);
      authors.set(userId, {
        id: userId,
        username: host ? "chathost" : `user${user}`,
        name: host ? "Chat Host" : `User ${user}`,
        public_metrics: {
          followers_count: Math.floor(random() * 5000),
          following_count: 10,
          tweet_count: 100,
          listed_count: 1,
        },
      });
      const q = 1 + (((written / 2000) % 10) | 0);
      const roll = random();
      const referenced =
        roll < 0.3
          ? [{ type: "retweeted", id: String(id - 5n) }]
          : roll < 0.6
            ? [{ type: "replied_to", id: String(id - 3n) }]
            : roll < 0.65
              ? [{ type: "quoted", id: String(id - 7n) }]
              : undefined;
      const words = Array.from({ length: 8 }, () => pick(WORDS)).join(" ");
      const text = host
        ? `Q${q}: what is your take on ${words}? #benchchat`
        : roll < 0.3
          ? `RT @user${user + 1}: A${q} ${words} #benchchat`
          : `A${q} ${words}${random() < 0.1 ? " any ideas?" : ""} @user${(user * 7) % users} #benchchat #${pick(WORDS)}`;
      data.push({
        id: String(id),
        text,
        author_id: userId,
        conversation_id: String(id - 3n),
        created_at: new Date(start + Math.floor(random() * span)).toISOString(),
        public_metrics: {
          like_count: Math.floor(random() * 20),
          retweet_count: Math.floor(random() * 5),
          reply_count: Math.floor(random() * 3),
          quote_count: 0,
        },
        ...(referenced ? { referenced_tweets: referenced } : {}),
        ...(referenced?.[0]?.type === "replied_to"
          ? { in_reply_to_user_id: String(1000 + ((user * 3) % users)) }
          : {}),
        entities: {
          hashtags: [{ start: 0, end: 10, tag: "benchchat" }],
          mentions: [{ start: 0, end: 5, username: `user${(user * 7) % users}`, id: "1" }],
        },
      });
    }
    const page = {
      data,
      includes: { users: [...authors.values()] },
      meta: { result_count: data.length },
      __twarc: { url: "bench", version: "2.0", retrieved_at: "2026-11-25T00:00:00Z" },
    };
    if (!out.write(`${JSON.stringify(page)}\n`)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}
