/**
 * An edition's report from its stored posts, streamed through the stats engine in one pass that
 * also gathers who took part. The headline figures (for the next edition's trend) and the
 * participations (for the roster) are saved together, in one transaction.
 */
import { ContributionCollector } from "../../domain/contributions.js";
import type { Edition } from "../../domain/edition.js";
import type { Series } from "../../domain/series.js";
import { createStatsAccumulator, headlineOf, type Report } from "../../domain/stats/index.js";
import type { Store } from "../../ports.js";

export async function buildEditionReport(store: Store, series: Series, edition: Edition): Promise<Report> {
  const ws = edition.workspaceId;
  const earlier = (await store.editions.list(ws, series.id)).filter((e) => e.number < edition.number);
  const imported = earlier.filter((e) => e.importedAt !== null);
  const previousContributors = imported.length
    ? await store.posts.authorsOfEditions(
        ws,
        imported.map((e) => e.id),
      )
    : null;
  const previous = earlier.sort((a, b) => b.number - a.number)[0] ?? null;
  const stats = createStatsAccumulator({
    hashtag: series.hashtag,
    hosts: series.hosts,
    window: { startsAt: edition.startsAt, endsAt: edition.endsAt },
    previousContributors,
    previous: previous?.headline ?? null,
  });
  const contributions = new ContributionCollector();
  for await (const post of store.posts.streamByEdition(ws, edition.id)) {
    stats.add(post);
    contributions.add(post);
  }
  const report = stats.finish();
  await store.transaction(async (tx) => {
    await tx.editions.update(ws, edition.id, { headline: headlineOf(report) });
    await tx.participants.recordEdition(ws, edition.id, contributions.result());
  });
  return report;
}
