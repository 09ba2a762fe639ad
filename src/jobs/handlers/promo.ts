/**
 * settings.promoReminderHours before an edition (72 h and 24 h by default), in the debrief
 * channel: schedule and recycle the promotion posts (date, time and topic to tease), and invite
 * last edition's top contributors personally (their handles, from the roster); with the best
 * posts of the last editions worth re-sharing, each as a ready-to-post draft that credits its
 * author (issue 14 point 6; only posts the series' consent allows).
 */
import { channelTranslator } from "../../app/channel-locale.js";
import { recycleList } from "../../app/content/recycle-list.js";
import type { Services } from "../../app/services.js";
import type { Job } from "../../domain/job.js";
import { groupRoster } from "../../domain/roster-groups.js";
import { formatDate } from "../../i18n/dates.js";
import { escapeMarkdown } from "../../render/markup.js";
import { message } from "../../render/message.js";
import { once } from "../once.js";
import { loadEditionJob } from "./edition-job.js";
import { postToDebrief } from "./post.js";

const TOP = 5;
const RECYCLE = 3;

export async function promoReminder(services: Services, job: Job): Promise<void> {
  const { store } = services;
  const loaded = await loadEditionJob(store, services, job);
  if (loaded?.edition.status !== "scheduled") return;
  const { series, edition } = loaded;
  const t = await channelTranslator(store, series);
  const hours = typeof job.payload.hours === "number" ? job.payload.hours : 0;
  const roster = await store.participants.roster(series.workspaceId, series.id);
  const top = groupRoster(roster, { hosts: series.hosts, topN: TOP }).top;
  const handles = top.map((c) => `@${escapeMarkdown(c.handle)}`).join(", ");
  const header = t.t("jobs.promo.header", {
    count: hours,
    hashtag: series.hashtag,
    number: edition.number,
    hours,
  });
  const lines = [
    t.t("jobs.promo.when", {
      date: formatDate(edition.startsAt, t.locale, series.timeZone),
    }),
    edition.topic
      ? t.t("jobs.promo.topic", { topic: escapeMarkdown(edition.topic) })
      : t.t("jobs.promo.noTopic"),
  ];
  const previous = (await store.editions.list(series.workspaceId, series.id))
    .filter((e) => e.number < edition.number && e.importedAt !== null)
    .sort((a, b) => b.number - a.number)[0];
  const recycled = previous ? await recycleList(store, series, previous, t, RECYCLE) : [];
  const recycle = recycled.length
    ? [
        {
          type: "section" as const,
          text: [
            `**${escapeMarkdown(t.t("content.recycle.title", { hashtag: series.hashtag }))}**`,
            ...recycled.map((item) => `> ${escapeMarkdown(item.draft)}`),
          ].join("\n"),
        },
      ]
    : [];
  await once(store, job, series.workspaceId, "promo", () =>
    postToDebrief(
      services,
      series,
      message(header, [
        { type: "header", text: header },
        { type: "section", text: lines.join("\n") },
        { type: "section", text: t.t("jobs.promo.schedule") },
        {
          type: "section",
          text: handles ? t.t("jobs.promo.invite", { handles }) : t.t("jobs.promo.inviteNone"),
        },
        ...recycle,
      ]),
    ),
  );
}
