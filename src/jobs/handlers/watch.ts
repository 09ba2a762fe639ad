/**
 * The watch-list's jobs (issue 16 points 2, 3, 6): the reminder before a watched chat, in its
 * channel and by DM to the members who asked, and the mini-report after it ends. Both run in
 * "idempotent" mode: the pull's summary is stored on the watched edition before anything is
 * posted, and each send is guarded by a marker (src/jobs/once.ts), so a job run again (a crash,
 * a retry, a second process after a lost lease) never posts twice.
 *
 * A network that cannot be reached makes the report job fail and retry (src/jobs/retry.ts); on
 * its last attempt the report goes out with what the other networks gave, or, with nothing, the
 * job fails for good and moderators are told (src/jobs/notices.ts).
 */
import type { Services } from "../../app/services.js";
import { watchTranslator } from "../../app/watch/channel.js";
import { pullWatchEdition } from "../../app/watch/pull.js";
import type { Job } from "../../domain/job.js";
import type { Watch, WatchEdition } from "../../domain/watch.js";
import { formatDate } from "../../i18n/dates.js";
import type { Translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import { escapeMarkdown } from "../../render/markup.js";
import { sentence } from "../../render/message.js";
import { watchReminderMessage, watchReportMessage } from "../../render/watch/messages.js";
import { once } from "../once.js";
import { MAX_ATTEMPTS } from "../retry.js";
import { moderatorMentions, postIn } from "./post.js";

export interface WatchJob {
  watch: Watch;
  edition: WatchEdition;
}

/** The job's watch and edition; null when the watch was removed meanwhile (nobody left to tell). */
export async function loadWatchJob(store: Store, job: Job): Promise<WatchJob | null> {
  const { watchId, watchEditionId } = job.payload;
  if (typeof watchId !== "string" || typeof watchEditionId !== "string" || !job.workspaceId)
    throw new Error(`job ${job.key} has no watched edition in its payload`);
  const [watch, edition] = await Promise.all([
    store.watches.get(job.workspaceId, watchId),
    store.watchEditions.get(job.workspaceId, watchEditionId),
  ]);
  return watch && edition?.watchId === watch.id ? { watch, edition } : null;
}

export async function watchReminder(services: Services, job: Job): Promise<void> {
  const { store } = services;
  const loaded = await loadWatchJob(store, job);
  if (loaded?.edition.status !== "scheduled") return;
  const { watch, edition } = loaded;
  const t = await watchTranslator(store, watch);
  await once(store, job, watch.workspaceId, "remind", () =>
    postIn(services, watch.channel, watchReminderMessage(t, watch, edition)),
  );
  for (const user of await store.watches.reminded(watch.workspaceId, watch.id)) {
    const platform = services.platforms.for(user);
    if (!platform) continue;
    await once(store, job, watch.workspaceId, `dm:${user}`, () =>
      platform.dm(user, watchReminderMessage(t, watch, edition, true)),
    );
  }
}

export async function watchReport(services: Services, job: Job, maxAttempts = MAX_ATTEMPTS): Promise<void> {
  const { store } = services;
  const loaded = await loadWatchJob(store, job);
  if (!loaded) return;
  const { watch } = loaded;
  let edition = loaded.edition;
  const t = await watchTranslator(store, watch);
  if (edition.status === "scheduled") {
    const pulled = await pullWatchEdition(services, watch, edition);
    if (pulled.status === "unavailable" || (pulled.failed.length > 0 && job.attempts < maxAttempts)) {
      // Try again later (the retry policy); the last attempt reports with what it has.
      const first = pulled.failed[0]!;
      throw first.error;
    }
    const at = services.clock.now();
    edition =
      pulled.status === "pulled"
        ? await store.watchEditions.record(watch.workspaceId, edition.id, {
            status: "reported",
            summary: pulled.summary,
            at,
          })
        : await store.watchEditions.record(watch.workspaceId, edition.id, {
            status: "failed",
            summary: null,
            at,
          });
  }
  const summary = edition.summary;
  await once(store, job, watch.workspaceId, "report", () =>
    postIn(
      services,
      watch.channel,
      summary
        ? watchReportMessage(t, watch, edition, summary)
        : sentence(
            t.t("watch.report.noSource", {
              hashtag: escapeMarkdown(watch.hashtag),
              networks: watch.networks.join(", "),
            }),
          ),
    ),
  );
}

type WatchTranslator = Awaited<ReturnType<typeof watchTranslator>>;

/** What every notice about a watched edition names: the moderators to tell, the hashtag and the date. */
interface NoticeFacts {
  moderators: string;
  hashtag: string;
  date: string;
}

/**
 * A watch job that will not run (failed for good, or missed): a report's edition is marked failed (compare
 * leaves it out) and the channel's moderators (those of the chat whose channel it is) get `notice`. False
 * when the job's watch or edition is gone, or nobody could be told.
 */
async function tellWatchModerators(
  services: Services,
  job: Job,
  notice: (t: WatchTranslator, facts: NoticeFacts) => string,
): Promise<boolean> {
  const { store } = services;
  const loaded = await loadWatchJob(store, job);
  if (!loaded) return false;
  const { watch, edition } = loaded;
  if (job.kind === "watch.report" && edition.status === "scheduled")
    await store.watchEditions.record(watch.workspaceId, edition.id, {
      status: "failed",
      summary: null,
      at: services.clock.now(),
    });
  const t = await watchTranslator(store, watch);
  const series = await store.series.findByChannel(watch.workspaceId, watch.channel);
  const text = notice(t, {
    moderators: series ? await moderatorMentions(services, series) : "",
    hashtag: escapeMarkdown(watch.hashtag),
    date: formatDate(edition.startsAt, t.locale, watch.timeZone),
  });
  return postIn(services, watch.channel, sentence(text.trim()));
}

/** A watch job that failed for good: the moderators are told why, after how many attempts. */
export function watchGaveUp(
  services: Services,
  job: Job,
  reason: (t: WatchTranslator) => string,
): Promise<boolean> {
  return tellWatchModerators(services, job, (t, facts) =>
    t.t("watch.failed", { ...facts, attempts: job.attempts, reason: reason(t) }),
  );
}

/**
 * A watch job missed while afterchat was stopped (beyond the grace window): the moderators are told which
 * step was skipped; a missed mini-report leaves its edition failed (nothing was pulled).
 */
export function watchSkipped(
  services: Services,
  job: Job,
  step: (t: WatchTranslator) => string,
  grace: (locale: Translator["locale"]) => string,
): Promise<boolean> {
  return tellWatchModerators(services, job, (t, facts) =>
    t.t("watch.missed", { ...facts, step: step(t), grace: grace(t.locale) }),
  );
}
