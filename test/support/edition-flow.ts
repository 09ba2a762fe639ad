/**
 * The "editions people can follow" story both platform flows drive (issue 13, point 8): a weekly
 * series set up on Wednesday, its first planned edition next Tuesday, a chat already held last
 * Tuesday. Dates, the file of last Tuesday's chat and the sentences expected, per language.
 */

import { formatDate } from "../../src/i18n/dates.js";
import { type Locale, translator } from "../../src/i18n/index.js";
import { editionDate } from "../../src/render/edition-date.js";

/** Wednesday 2 December 2026, 10:00 UTC. */
export const WEDNESDAY = new Date("2026-12-02T10:00:00Z");
/** Tuesdays 18:00 in Paris (17:00 UTC in winter). */
export const WEEKLY = { cron: "0 18 * * 2", timeZone: "Europe/Paris", durationMinutes: 60 };
export const LAST_TUESDAY = new Date("2026-12-01T17:00:00Z");
export const NEXT_TUESDAY = new Date("2026-12-08T17:00:00Z");

/** A twarc2 page of last Tuesday's chat: three posts with the hashtag, during the chat. */
export function lastTuesdayArchive(hashtag: string): string {
  const tweets = [
    {
      id: "1801",
      author: "1",
      text: `Q1 What brought you here? #${hashtag}`,
      at: "2026-12-01T17:02:00.000Z",
    },
    { id: "1802", author: "2", text: `A1 curiosity #${hashtag}`, at: "2026-12-01T17:04:00.000Z" },
    { id: "1803", author: "3", text: `A1 a friend #${hashtag}`, at: "2026-12-01T17:06:00.000Z" },
  ];
  const users = ["1", "2", "3"].map((id) => ({ id, username: `user${id}`, name: `User ${id}` }));
  const data = tweets.map((t) => ({
    id: t.id,
    author_id: t.author,
    text: t.text,
    created_at: t.at,
    conversation_id: t.id,
    public_metrics: { like_count: 0, retweet_count: 0, reply_count: 0, quote_count: 0 },
    entities: { hashtags: [{ start: 0, end: hashtag.length + 1, tag: hashtag }] },
  }));
  return `${JSON.stringify({ data, includes: { users }, meta: { result_count: data.length } })}\n`;
}

/** What the flow expects the reader to see, in their language, on their platform. */
export function expected(locale: Locale, hashtag: string, platform: "slack" | "discord" = "slack") {
  const { t } = translator(locale, platform);
  const next = editionDate(NEXT_TUESDAY, WEEKLY.timeZone, locale);
  const last = editionDate(LAST_TUESDAY, WEEKLY.timeZone, locale);
  return {
    noteOnNext: (kind: string, text: string) => t("notes.saved", { number: 1, date: next, kind, text }),
    notStarted: t("stats.notStarted", {
      number: 1,
      hashtag,
      when: formatDate(NEXT_TUESDAY, locale, WEEKLY.timeZone, "zoned"),
    }),
    createdForLast: t("stats.editionCreated", { hashtag, number: 1, date: last }),
    imported: (file: string) =>
      t("stats.imported", {
        file,
        format: "twarc2-jsonl",
        hashtag,
        number: 1,
        date: last,
        imported: 3,
        updated: 0,
        ignored: 0,
      }),
    noEdition: t("errors.edition_not_found", { number: 9, hashtag }),
  };
}
