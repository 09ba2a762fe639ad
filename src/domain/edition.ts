import type { Headline } from "./stats/report.js";
import type { ChannelRef } from "./workspace.js";

export const EDITION_STATUSES = ["scheduled", "live", "debriefing", "closed"] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

/** One occurrence of a series. */
export interface Edition {
  id: string;
  workspaceId: string;
  seriesId: string;
  number: number;
  topic: string | null;
  startsAt: Date;
  endsAt: Date;
  status: EditionStatus;
  /** Set only when an import or pull completed for this edition. */
  importedAt: Date | null;
  /** Headline figures of its last report, for the next edition's trend. */
  headline: Headline | null;
  afterPartyThread: ChannelRef | null;
  afterPartyEndsAt: Date | null;
}

/**
 * Without `number` the edition takes its place by date (numbers follow dates): one more than the
 * last edition starting at or before it, the editions after it moving up one. Tests and imports of
 * history may give a number.
 */
export type NewEdition = Pick<Edition, "workspaceId" | "seriesId" | "startsAt" | "endsAt"> &
  Partial<Pick<Edition, "number" | "topic" | "status">>;

/** The number a new edition starting at `startsAt` takes among `existing` (numbers follow dates). */
export function numberByDate(existing: Array<Pick<Edition, "number" | "startsAt">>, startsAt: Date): number {
  const before = existing.filter((e) => e.startsAt <= startsAt).map((e) => e.number);
  return Math.max(0, ...before) + 1;
}

/** The status an edition has at `now` by its times alone (a closed edition stays closed). */
export function statusAt(edition: Pick<Edition, "startsAt" | "endsAt" | "status">, now: Date): EditionStatus {
  if (edition.status === "closed") return "closed";
  if (now < edition.startsAt) return "scheduled";
  if (now < edition.endsAt) return "live";
  return "debriefing";
}
