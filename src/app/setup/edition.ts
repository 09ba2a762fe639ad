/**
 * `/afterchat edition new [topic] [at <date>]` plans the next edition by hand (series without a
 * schedule, or an extra one); without a date it takes the schedule's next occurrence.
 * `/afterchat edition topic <text>` sets the topic of the edition being prepared: the live one,
 * else the next planned one, else the last one. Moderators only; audited; the channel is told,
 * in the series' language. A new edition gets its lifecycle jobs at once.
 */
import { type Edition, statusAt } from "../../domain/edition.js";
import { nextOccurrence } from "../../domain/schedule.js";
import type { Series } from "../../domain/series.js";
import { AfterchatError } from "../../errors.js";
import { formatDate } from "../../i18n/dates.js";
import { type Translator, translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import { escapeMarkdown } from "../../render/markup.js";
import { type Message, message, sentence } from "../../render/message.js";
import { refreshUpcomingEvent } from "../after-party/refresh-event.js";
import { channelTranslator } from "../channel-locale.js";
import { type CommandHandler, seriesHandler } from "../handler.js";
import { rescheduleEdition } from "../planning.js";
import { readWhen } from "./when-words.js";

export const editionCommand: CommandHandler<"edition"> = seriesHandler({
  access: "moderator",
  async run({ services, actor, series }, command, responder) {
    const { store, clock } = services;
    const now = clock.now();
    const channel = await channelTranslator(store, series);
    const hashtag = escapeMarkdown(series.hashtag);

    if (command.action === "list") {
      await responder.reply(
        editionList(
          translator(actor.locale, actor.workspace.platform),
          series,
          await store.editions.list(series.workspaceId, series.id),
          now,
        ),
        { ephemeral: true },
      );
      return;
    }

    if (command.action === "topic") {
      const edition = await editionBeingPrepared(store, series, now);
      if (!edition) {
        await responder.reply(
          sentence(translator(actor.locale, actor.workspace.platform).t("setup.edition.none", { hashtag })),
          {
            ephemeral: true,
          },
        );
        return;
      }
      const topic = (command.topic ?? "").trim();
      await store.transaction(async (tx) => {
        await tx.editions.update(series.workspaceId, edition.id, { topic });
        await tx.audit.append({
          workspaceId: series.workspaceId,
          actorRef: actor.userRef,
          action: "edition.topic",
          subjectType: "edition",
          subjectId: edition.id,
          detail: { number: edition.number },
        });
      });
      await refreshUpcomingEvent(services, series);
      const text = channel.t("setup.edition.topicSet", {
        number: edition.number,
        hashtag,
        topic: escapeMarkdown(topic),
      });
      await responder.reply(sentence(text));
      return;
    }

    const startsAt = command.startsAt
      ? readWhen(command.startsAt, { now, timeZone: series.timeZone, locale: actor.locale, defaultHour: 18 })
      : series.cron
        ? nextOccurrence(series.cron, series.timeZone, now)
        : null;
    if (command.startsAt && !startsAt) throw new AfterchatError("date_invalid", { input: command.startsAt });
    if (!startsAt) {
      const { t } = translator(actor.locale, actor.workspace.platform);
      await responder.reply(sentence(t("setup.edition.needDate", { zone: series.timeZone })), {
        ephemeral: true,
      });
      return;
    }
    const edition = await store.transaction(async (tx) => {
      const endsAt = new Date(startsAt.getTime() + series.durationMinutes * 60_000);
      const created = await tx.editions.create({
        workspaceId: series.workspaceId,
        seriesId: series.id,
        startsAt,
        endsAt,
        topic: command.topic,
        status: statusAt({ startsAt, endsAt, status: "scheduled" }, now),
      });
      await tx.audit.append({
        workspaceId: series.workspaceId,
        actorRef: actor.userRef,
        action: "edition.create",
        subjectType: "edition",
        subjectId: created.id,
        detail: { number: created.number, startsAt: startsAt.toISOString() },
      });
      // Its lifecycle jobs now, not at the next hourly planning (a chat an hour away would miss steps).
      if (series.active) await rescheduleEdition(tx, series, created, now);
      return created;
    });
    const when = formatDate(edition.startsAt, channel.locale, series.timeZone, "zoned");
    const lines = [channel.t("setup.edition.created", { number: edition.number, hashtag, when })];
    if (edition.topic) lines.push(channel.t("setup.edition.topic", { topic: escapeMarkdown(edition.topic) }));
    await responder.reply(message(lines.join("\n"), [{ type: "section", text: lines.join("\n") }]));
  },
});

/** Every edition, first to last, with its date in the series' zone, its status now and its topic. */
function editionList(t: Translator, series: Series, editions: Edition[], now: Date): Message {
  const hashtag = escapeMarkdown(series.hashtag);
  if (editions.length === 0) return sentence(t.t("setup.edition.none", { hashtag }));
  const lines = [...editions]
    .sort((a, b) => a.number - b.number)
    .map((e) => {
      const values = {
        number: e.number,
        when: formatDate(e.startsAt, t.locale, series.timeZone, "zoned"),
        status: t.t(`setup.edition.status.${statusAt(e, now)}`),
        topic: escapeMarkdown(e.topic ?? ""),
      };
      return t.t(e.topic ? "setup.edition.lineTopic" : "setup.edition.line", values);
    });
  const title = t.t("setup.edition.listTitle", { hashtag });
  return message([title, ...lines].join("\n"), [
    { type: "section", text: `**${title}**` },
    { type: "section", text: lines.join("\n") },
  ]);
}

/** The live edition, else the next planned one, else the last one. */
async function editionBeingPrepared(store: Store, series: Series, now: Date): Promise<Edition | null> {
  const editions = await store.editions.list(series.workspaceId, series.id);
  const live = editions.find((e) => statusAt(e, now) === "live");
  if (live) return live;
  const upcoming = editions
    .filter((e) => e.startsAt > now)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())[0];
  return upcoming ?? editions[0] ?? null;
}
