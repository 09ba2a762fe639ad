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

export type NewEdition = Pick<Edition, "workspaceId" | "seriesId" | "number" | "startsAt" | "endsAt"> &
  Partial<Pick<Edition, "topic" | "status">>;

/** The status an edition has at `now` by its times alone (a closed edition stays closed). */
export function statusAt(edition: Pick<Edition, "startsAt" | "endsAt" | "status">, now: Date): EditionStatus {
  if (edition.status === "closed") return "closed";
  if (now < edition.startsAt) return "scheduled";
  if (now < edition.endsAt) return "live";
  return "debriefing";
}
