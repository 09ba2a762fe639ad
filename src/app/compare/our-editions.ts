/**
 * Our chat's side of a comparison: its latest editions that have posts, each read as `stats` reads it (the
 * headline stored by its report; an edition imported but never reported gets its report built now, from
 * its stored posts through the stats engine, which stores its headline and who took part, as `stats` would).
 * Nothing is pulled here: comparing must not start a network pull for every edition it reads.
 */
import type { ComparedEdition } from "../../domain/compare.js";
import type { Edition } from "../../domain/edition.js";
import type { Series } from "../../domain/series.js";
import { headlineOf } from "../../domain/stats/headline.js";
import type { Store } from "../../ports.js";
import { buildEditionReport } from "../report/edition-report.js";

export async function ourEditions(
  store: Store,
  series: Series,
  now: Date,
  last: number,
): Promise<ComparedEdition[]> {
  const ws = series.workspaceId;
  const started = (await store.editions.list(ws, series.id))
    .filter((e) => e.startsAt <= now && e.importedAt !== null)
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
  const out: ComparedEdition[] = [];
  for (const edition of started) {
    if (out.length >= last) break;
    if ((await store.posts.countByEdition(ws, edition.id)) === 0) continue;
    out.push(await comparedEdition(store, series, edition));
  }
  return out;
}

async function comparedEdition(store: Store, series: Series, edition: Edition): Promise<ComparedEdition> {
  let headline = edition.headline;
  let contributions = await store.participants.ofEdition(edition.workspaceId, edition.id);
  if (headline === null || contributions.length === 0) {
    headline = headlineOf(await buildEditionReport(store, series, edition));
    contributions = await store.participants.ofEdition(edition.workspaceId, edition.id);
  }
  return {
    startsAt: edition.startsAt,
    headline,
    participants: contributions.map((c) => ({
      network: c.network,
      handle: c.handle,
      name: c.name,
      posts: c.posts,
    })),
  };
}
