import type { Post } from "../../domain/post.js";
import type { DailyFigures } from "../../domain/stats/account.js";
import type { StatsAccumulator } from "../../domain/stats/index.js";
import type { SourceItem } from "../../sources/types.js";

/** What a file (or a range of one) gave: posts kept, posts outside the filter, days, lines skipped. */
export interface Tally {
  posts: number;
  ignored: number;
  days: number;
  skipped: Array<{ at: string; code: string; detail: string }>;
  skippedCount: number;
}

/** Skipped lines kept per file, with their reasons (the count goes on). */
export const SKIPS_KEPT = 100;

export function emptyTally(): Tally {
  return { posts: 0, ignored: 0, days: 0, skipped: [], skippedCount: 0 };
}

/** One source item: a post the filter accepts goes to the stats, a day to `days`, a skip to the tally. */
export function tallyItem(
  item: SourceItem,
  tally: Tally,
  stats: StatsAccumulator,
  accepts: (post: Post) => boolean,
  days: DailyFigures[],
): void {
  if (item.type === "post") {
    if (accepts(item.post)) {
      stats.add(item.post);
      tally.posts += 1;
    } else tally.ignored += 1;
  } else if (item.type === "daily") {
    days.push(item.day);
    tally.days += 1;
  } else if (item.type === "skip") {
    tally.skippedCount += 1;
    if (tally.skipped.length < SKIPS_KEPT) tally.skipped.push({ at: item.at, ...item.reason });
  }
}
