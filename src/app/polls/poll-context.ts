/** A poll with the edition and series it belongs to, always read within the series' workspace. */
import type { Edition } from "../../domain/edition.js";
import type { Poll } from "../../domain/poll.js";
import { publishableTallies, resultsShown } from "../../domain/polls.js";
import type { Series } from "../../domain/series.js";
import { AfterchatError } from "../../errors.js";
import { formatDate } from "../../i18n/dates.js";
import type { Locale } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import type { PollView } from "../../render/poll/poll-message.js";
import type { PollHeading } from "../../render/poll/results.js";

export interface PollContext {
  series: Series;
  edition: Edition;
  poll: Poll;
}

/** The poll, if it belongs to this series. */
export async function pollInSeries(store: Store, series: Series, pollId: string): Promise<PollContext> {
  const poll = await store.polls.get(series.workspaceId, pollId);
  const edition = poll ? await store.editions.get(series.workspaceId, poll.editionId) : null;
  if (!poll || !edition || edition.seriesId !== series.id) throw new AfterchatError("poll_not_found");
  return { series, edition, poll };
}

/** For the scheduler: a poll by workspace and id, or null when it is gone. */
export async function pollById(
  store: Store,
  workspaceId: string,
  pollId: string,
): Promise<PollContext | null> {
  const poll = await store.polls.get(workspaceId, pollId);
  const edition = poll ? await store.editions.get(workspaceId, poll.editionId) : null;
  const series = edition ? await store.series.get(workspaceId, edition.seriesId) : null;
  return poll && edition && series ? { series, edition, poll } : null;
}

export async function headingOf(store: Store, ctx: PollContext): Promise<PollHeading> {
  const ordinal = await store.polls.ordinalInEdition(ctx.series.workspaceId, ctx.poll);
  return { hashtag: ctx.series.hashtag, editionNumber: ctx.edition.number, ordinal };
}

/**
 * What the poll message shows now: for a named poll the voters so far, and the tally when it may
 * be shown (cut to minAnswers); an anonymous poll shows neither until it closes.
 */
export async function pollView(store: Store, ctx: PollContext, locale: Locale): Promise<PollView> {
  const { poll, series } = ctx;
  const voters = poll.anonymous ? null : await store.polls.respondents(series.workspaceId, poll.id);
  const tallies = resultsShown(poll)
    ? publishableTallies(poll, await store.polls.tally(series.workspaceId, poll.id))
    : null;
  const closes = poll.closesAt ? formatDate(poll.closesAt, locale, series.timeZone, "zoned") : "";
  return { heading: await headingOf(store, ctx), poll, voters, closes, tallies };
}
