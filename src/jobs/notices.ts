/**
 * What moderators hear about the scheduler, in the series' debrief channel (in its language,
 * mentioning the moderators named in its team): steps skipped after downtime, grouped by series,
 * and steps that failed for good with their reason. Where no series or channel can be found the
 * log keeps it (operators read it).
 */
import { channelTranslator } from "../app/channel-locale.js";
import type { Services } from "../app/services.js";
import type { Edition } from "../domain/edition.js";
import type { Job } from "../domain/job.js";
import { stepOfKind } from "../domain/job-keys.js";
import type { Series } from "../domain/series.js";
import { formatDate } from "../i18n/dates.js";
import type { MessageKey, Translator } from "../i18n/index.js";
import { message, sentence } from "../render/message.js";
import { formatDuration } from "./duration.js";
import { moderatorMentions, postToDebrief } from "./handlers/post.js";
import { watchGaveUp, watchSkipped } from "./handlers/watch.js";
import type { Failure } from "./retry.js";
import type { RunnerNotices } from "./runner.js";

interface Subject {
  series: Series;
  edition: Edition | null;
}

/** The series (and edition) a job is about, from its payload. */
async function subjectOf(services: Services, job: Job): Promise<Subject | null> {
  const { store } = services;
  const p = job.payload;
  const edition =
    typeof p.editionId === "string" ? await store.editions.getAcrossWorkspaces(p.editionId) : null;
  let seriesId = typeof p.seriesId === "string" ? p.seriesId : (edition?.seriesId ?? null);
  if (!seriesId && typeof p.taskId === "string" && job.workspaceId)
    seriesId = (await store.tasks.get(job.workspaceId, p.taskId))?.seriesId ?? null;
  const series = seriesId ? await store.series.getAcrossWorkspaces(seriesId) : null;
  return series ? { series, edition } : null;
}

function stepName(t: Translator, job: Job): string {
  const step = stepOfKind(job.kind);
  return step ? t.t(`jobs.step.${step}` as MessageKey) : job.kind;
}

export function reasonText(t: Translator, failure: Failure): string {
  if (failure.code === "internal") return t.t("jobs.reason.internal", { detail: failure.detail });
  return t.t(`errors.${failure.code}` as MessageKey, { ref: "job", ...failure.params });
}

export function schedulerNotices(services: Services, graceMs: number): RunnerNotices {
  return {
    async skipped(jobs) {
      const bySeries = new Map<string, { subject: Subject; jobs: Job[] }>();
      for (const job of jobs) {
        const step = stepOfKind(job.kind);
        // Nothing to run by hand: the end step completes an event that never started.
        if (step === "plan" || step === "sweep" || step === "eventStart") continue;
        if (job.kind.startsWith("watch.")) {
          const told = await watchSkipped(
            services,
            job,
            (t) => stepName(t, job),
            (locale) => formatDuration(graceMs, locale),
          );
          if (!told) services.log.warn({ job: job.key }, "a missed watch job and no channel could be told");
          continue;
        }
        const subject = await subjectOf(services, job);
        if (!subject) continue;
        const group = bySeries.get(subject.series.id) ?? { subject, jobs: [] };
        group.jobs.push(job);
        bySeries.set(subject.series.id, group);
      }
      for (const { subject, jobs: missed } of bySeries.values()) {
        const { series } = subject;
        const t = await channelTranslator(services.store, series);
        const lines: string[] = [];
        for (const job of missed) {
          const edition = (await subjectOf(services, job))?.edition ?? null;
          const date = formatDate(job.runAt, t.locale, series.timeZone, "zoned");
          lines.push(
            `- ${
              edition
                ? t.t("jobs.skipped.line", { step: stepName(t, job), number: edition.number, date })
                : t.t("jobs.skipped.lineNoEdition", { step: stepName(t, job), date })
            }`,
          );
        }
        const header = t
          .t("jobs.skipped.header", {
            moderators: await moderatorMentions(services, series),
            hashtag: series.hashtag,
            grace: formatDuration(graceMs, t.locale),
          })
          .trim();
        await postToDebrief(
          services,
          series,
          message(header, [
            { type: "section", text: `${header}\n${lines.join("\n")}` },
            { type: "context", text: t.t("jobs.skipped.footer") },
          ]),
        );
      }
    },

    async gaveUp(job, failure) {
      if (job.kind.startsWith("watch.")) {
        if (!(await watchGaveUp(services, job, (t) => reasonText(t, failure))))
          services.log.error(
            { job: job.key, failure },
            "a watch job failed for good and no channel could be told",
          );
        return;
      }
      const subject = await subjectOf(services, job);
      if (!subject) {
        services.log.error({ job: job.key, failure }, "a job failed for good and no series could be told");
        return;
      }
      const { series, edition } = subject;
      const t = await channelTranslator(services.store, series);
      const params = {
        moderators: await moderatorMentions(services, series),
        step: stepName(t, job),
        hashtag: series.hashtag,
        attempts: job.attempts,
        reason: reasonText(t, failure),
      };
      const text = edition
        ? t.t("jobs.failed", { ...params, number: edition.number })
        : t.t("jobs.failedNoEdition", params);
      await postToDebrief(services, series, sentence(text.trim()));
    },
  };
}
