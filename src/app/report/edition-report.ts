/**
 * An edition's report from its stored posts, streamed through the stats engine in one pass that
 * also gathers who took part. The headline figures (for the next edition's trend) and the
 * participations (for the roster) are saved together, in one transaction.
 */
import { ContributionCollector } from "../../domain/contributions.js";
import type { Edition } from "../../domain/edition.js";
import type { Series } from "../../domain/series.js";
import { accountSection, dayRangeOf } from "../../domain/stats/account.js";
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
    previous: await previousHeadline(store, series, previous),
    instance: series.mastodonInstance,
  });
  const contributions = new ContributionCollector();
  for await (const post of store.posts.streamByEdition(ws, edition.id)) {
    stats.add(post);
    contributions.add(post);
  }
  const report = { ...stats.finish(), account: await editionAccount(store, series, edition) };
  await store.transaction(async (tx) => {
    await tx.editions.update(ws, edition.id, { headline: headlineOf(report) });
    await tx.participants.recordEdition(ws, edition.id, contributions.result());
  });
  return report;
}

/**
 * The previous edition's headline for the trend. An edition imported but never reported has none stored:
 * it is computed from its stored posts (and stored, with its participations, as its own report would),
 * so a team that skips a report still gets the next one's trend. An edition never imported has no posts to
 * compare: null.
 */
async function previousHeadline(store: Store, series: Series, previous: Edition | null) {
  if (previous === null) return null;
  if (previous.headline !== null) return previous.headline;
  if (previous.importedAt === null) return null;
  return headlineOf(await buildEditionReport(store, series, previous));
}

/**
 * The account section from the daily overviews imported into the workspace (stored under account "" by
 * `/afterchat import` and `afterchat import`), over the chat's days: from its start to its end, as calendar
 * days in the series' time zone.
 */
async function editionAccount(store: Store, series: Series, edition: Edition): Promise<Report["account"]> {
  const range = dayRangeOf(edition.startsAt, edition.endsAt, series.timeZone);
  const days = await store.dailyMetrics.list(edition.workspaceId, "", range.from, range.to);
  return accountSection(days, range);
}
