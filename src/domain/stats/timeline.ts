import type { Peak, Timeline } from "./report.js";

const MINUTE = 60_000;

/** Above this span of posts, one-minute buckets become five-minute buckets. */
export const MINUTE_BUCKETS_UP_TO_MS = 3 * 60 * MINUTE;

/** Most buckets a timeline has; longer spans get wider buckets. */
export const MAX_BUCKETS = 500;

/** Bucket widths tried in order (minutes) once the span exceeds three hours: 5 min ... 1 day, 1 week. */
const WIDER_BUCKETS = [5, 15, 30, 60, 120, 360, 720, 1440, 10_080];

export interface TimelineState {
  perMinute: ReadonlyMap<number, number>;
  first: number;
  last: number;
}

/** Posts per minute, kept as a map from minute number (since the epoch) to count: O(1) per post. */
export class TimelineCounter {
  private readonly perMinute = new Map<number, number>();
  private first = Number.POSITIVE_INFINITY;
  private last = Number.NEGATIVE_INFINITY;

  add(at: number): void {
    const minute = Math.floor(at / MINUTE);
    this.perMinute.set(minute, (this.perMinute.get(minute) ?? 0) + 1);
    if (at < this.first) this.first = at;
    if (at > this.last) this.last = at;
  }

  state(): TimelineState {
    return { perMinute: this.perMinute, first: this.first, last: this.last };
  }

  /** Adds the posts of another timeline (a sum: adding order never matters). */
  absorb(other: TimelineState): void {
    for (const [minute, posts] of other.perMinute)
      this.perMinute.set(minute, (this.perMinute.get(minute) ?? 0) + posts);
    this.first = Math.min(this.first, other.first);
    this.last = Math.max(this.last, other.last);
  }

  /** Earliest and latest post time (ms), or null when nothing was added. */
  span(): { first: number; last: number } | null {
    return this.perMinute.size === 0 ? null : { first: this.first, last: this.last };
  }

  finish(): { timeline: Timeline; peak: Peak | null } {
    const span = this.span();
    if (span === null) return { timeline: { bucketMinutes: 1, buckets: [] }, peak: null };
    const width = bucketMinutesFor(span.first, span.last);
    const firstBucket = Math.floor(Math.floor(span.first / MINUTE) / width);
    const lastBucket = Math.floor(Math.floor(span.last / MINUTE) / width);
    const counts = new Array<number>(lastBucket - firstBucket + 1).fill(0);
    for (const [minute, posts] of this.perMinute) {
      const index = Math.floor(minute / width) - firstBucket;
      counts[index] = counts[index]! + posts;
    }
    const buckets = counts.map((posts, index) => ({ start: isoOfBucket(firstBucket + index, width), posts }));
    let peakIndex = 0;
    counts.forEach((posts, index) => {
      if (posts > counts[peakIndex]!) peakIndex = index;
    });
    return {
      timeline: { bucketMinutes: width, buckets },
      peak: { start: buckets[peakIndex]!.start, posts: counts[peakIndex]!, bucketMinutes: width },
    };
  }
}

/**
 * 1 minute while posts span at most 3 hours; beyond, the narrowest of 5, 15, 30, 60, 120, 360, 720, 1440 and
 * 10080 minutes that gives at most 500 buckets; beyond that, whole weeks. Buckets are aligned on multiples of
 * their width since the Unix epoch (UTC), so a 5-minute bucket starts at :00, :05...
 */
export function bucketMinutesFor(first: number, last: number): number {
  if (last - first <= MINUTE_BUCKETS_UP_TO_MS) return 1;
  const count = (width: number) =>
    Math.floor(Math.floor(last / MINUTE) / width) - Math.floor(Math.floor(first / MINUTE) / width) + 1;
  for (const width of WIDER_BUCKETS) if (count(width) <= MAX_BUCKETS) return width;
  const week = 10_080;
  let weeks = Math.ceil((last - first) / MINUTE / week / MAX_BUCKETS);
  while (count(weeks * week) > MAX_BUCKETS) weeks += 1;
  return weeks * week;
}

function isoOfBucket(bucket: number, width: number): string {
  return new Date(bucket * width * MINUTE).toISOString();
}
