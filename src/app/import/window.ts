import type { Edition } from "../../domain/edition.js";
import type { Series } from "../../domain/series.js";

/** Posts an edition takes: from an hour before its start (early birds, teasers) to the end of its after-party. */
export function editionWindow(series: Series, edition: Edition): { since: Date; until: Date } {
  const since = new Date(edition.startsAt.getTime() - 60 * 60_000);
  const afterParty =
    edition.afterPartyEndsAt?.getTime() ??
    edition.endsAt.getTime() + series.settings.afterPartyHours * 3600_000;
  return { since, until: new Date(Math.max(afterParty, edition.endsAt.getTime())) };
}
