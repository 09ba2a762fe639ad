/**
 * Who the community is, from the roster (who posted in which edition). Definitions (README "Roster"),
 * all counted over the editions that have data (someone posted in them), newest first:
 * - regulars: posted in at least 3 of the last 5 such editions, and not lapsed;
 * - newcomers: first seen in the latest one;
 * - lapsed: posted in at least 2 editions before the last 2, and in neither of the last 2;
 * - top contributors: most posts in the latest edition, then most engagement received, then handle.
 * Hosts are nobody's regular, newcomer or top contributor: they are left out of every group.
 */
import type { Network } from "./post.js";
import type { RosterEntry } from "./roster.js";

export const RECENT_EDITIONS = 5;
export const REGULAR_MIN = 3;
export const LAPSED_GAP = 2;
export const LAPSED_MIN_BEFORE = 2;

/** One author's figures in one edition (from its posts). */
export interface EditionContribution {
  network: Network;
  handle: string;
  posts: number;
  engagement: number;
}

export interface RosterGroups {
  /** The latest edition number with data; null when nobody posted yet. */
  latest: number | null;
  /** Edition numbers with data considered for "regular", newest first. */
  recent: number[];
  regulars: RosterEntry[];
  newcomers: RosterEntry[];
  lapsed: RosterEntry[];
  top: EditionContribution[];
}

export interface RosterGroupsOptions {
  /** Host handles (lower-case, without "@"), left out of every group. */
  hosts?: readonly string[];
  /** Per-author figures of the latest edition; without them, totals of its participants rank. */
  latestContributions?: readonly EditionContribution[];
  topN?: number;
}

export function groupRoster(
  entries: readonly RosterEntry[],
  options: RosterGroupsOptions = {},
): RosterGroups {
  const hosts = new Set((options.hosts ?? []).map((h) => h.toLowerCase()));
  const people = entries.filter((entry) => !entry.handles.some((h) => hosts.has(h.handle.toLowerCase())));
  const numbers = [...new Set(entries.flatMap((entry) => entry.editions))].sort((a, b) => b - a);
  const latest = numbers[0] ?? null;
  const recent = numbers.slice(0, RECENT_EDITIONS);
  const lastGap = new Set(numbers.slice(0, LAPSED_GAP));
  const presence = (entry: RosterEntry) => entry.editions.filter((n) => recent.includes(n)).length;

  const newcomers = people
    .filter((entry) => latest !== null && Math.min(...entry.editions) === latest)
    .sort((a, b) => b.posts - a.posts || b.engagement - a.engagement || byName(a, b));
  const lapsed = people
    .filter(
      (entry) =>
        !entry.editions.some((n) => lastGap.has(n)) &&
        entry.editions.filter((n) => !lastGap.has(n)).length >= LAPSED_MIN_BEFORE,
    )
    .sort((a, b) => b.editions.length - a.editions.length || b.lastSeenAt.getTime() - a.lastSeenAt.getTime());

  const regulars = people
    .filter((entry) => presence(entry) >= REGULAR_MIN && !lapsed.includes(entry))
    .sort((a, b) => presence(b) - presence(a) || b.posts - a.posts || byName(a, b));
  return { latest, recent, regulars, newcomers, lapsed, top: topOf(people, latest, hosts, options) };
}

function topOf(
  people: readonly RosterEntry[],
  latest: number | null,
  hosts: ReadonlySet<string>,
  options: RosterGroupsOptions,
): EditionContribution[] {
  const n = options.topN ?? 5;
  const pool: EditionContribution[] = options.latestContributions
    ? options.latestContributions.filter((c) => !hosts.has(c.handle.toLowerCase()))
    : people
        .filter((entry) => latest !== null && entry.editions.includes(latest))
        .flatMap((entry) => {
          const first = entry.handles[0];
          return first ? [{ ...first, posts: entry.posts, engagement: entry.engagement }] : [];
        });
  return rankContributions(pool, n);
}

/** The top `n` by posts, then engagement received, then handle; nobody without posts. */
export function rankContributions(pool: readonly EditionContribution[], n: number): EditionContribution[] {
  return pool
    .filter((c) => c.posts > 0)
    .sort(
      (a, b) =>
        b.posts - a.posts ||
        b.engagement - a.engagement ||
        a.handle.toLowerCase().localeCompare(b.handle.toLowerCase()),
    )
    .slice(0, n);
}

function byName(a: RosterEntry, b: RosterEntry): number {
  return label(a).localeCompare(label(b));
}

/** The name to show: the first handle, else the display name. */
export function label(entry: RosterEntry): string {
  return (entry.handles[0]?.handle ?? entry.displayName ?? entry.participantId).toLowerCase();
}
