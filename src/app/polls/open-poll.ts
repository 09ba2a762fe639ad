/**
 * `/afterchat poll [anonymous] [min <k>] [closes <duration>]`: a moderator opens the team feedback poll of
 * the debrief edition (members vote; opening is a moderator's call so there is one poll per
 * edition, when the team is ready). Its questions are the series' own or the five defaults; it
 * closes after the given time or the series' poll length; one open poll per edition. The poll is
 * posted in the channel, in the series' language, and remembers where (so closing updates it even
 * before anyone voted); the moderator gets a private confirmation. An anonymous poll never shows
 * results before close and shows them from k answers (`min <k>`, else the series setting
 * pollMinAnswers; at least 3).
 */
import {
  checkMinAnswers,
  checkPollLength,
  MAX_ANONYMOUS_ANSWERS,
  MIN_ANONYMOUS_ANSWERS,
  pollDisclosure,
  pollQuestionsFor,
} from "../../domain/polls.js";
import { AfterchatError } from "../../errors.js";
import { formatDate } from "../../i18n/dates.js";
import { translator } from "../../i18n/index.js";
import { editionDate } from "../../render/edition-date.js";
import { escapeMarkdown } from "../../render/markup.js";
import { message, sentence } from "../../render/message.js";
import { pollMessage } from "../../render/poll/poll-message.js";
import { seriesLocaleOf } from "../channel-locale.js";
import { editionForDebrief } from "../context.js";
import { type CommandHandler, seriesHandler } from "../handler.js";
import { pollView } from "./poll-context.js";
import { schedulePollReminder } from "./reminders.js";

export const openPollCommand: CommandHandler<"poll"> = seriesHandler({
  access: "moderator",
  async run({ services, actor, series }, command, responder) {
    const { store, clock } = services;
    const { t } = translator(actor.locale, actor.workspace.platform);
    if (command.minAnswers !== null) {
      const min = checkMinAnswers(command.anonymous, command.minAnswers);
      if (!min.ok) {
        const bounds = { min: MIN_ANONYMOUS_ANSWERS, max: MAX_ANONYMOUS_ANSWERS };
        await responder.reply(sentence(t(`poll.min.${min.error}`, bounds)), { ephemeral: true });
        return;
      }
    }
    const length = checkPollLength(command.closesInMs ?? series.settings.pollHours * 3_600_000);
    if (!length.ok) {
      await responder.reply(sentence(t(`poll.length.${length.error}`)), { ephemeral: true });
      return;
    }
    const now = clock.now();
    const opened = await store.transaction(async (tx) => {
      const { edition, created: createdEdition } = await editionForDebrief(tx, series, now);
      const open = await tx.polls.openForEdition(series.workspaceId, edition.id);
      if (open) throw new AfterchatError("poll_already_open", { number: edition.number });
      const { poll, created } = await tx.polls.create({
        workspaceId: series.workspaceId,
        editionId: edition.id,
        anonymous: command.anonymous,
        ...pollDisclosure(command.anonymous, series.settings, command.minAnswers),
        closesAt: new Date(now.getTime() + length.value),
        createdBy: actor.userRef,
        channelRef: actor.channel,
        questions: pollQuestionsFor(series.settings.pollQuestions),
        requestKey: actor.requestKey,
      });
      if (created) await schedulePollReminder(tx, poll, now);
      if (created)
        await tx.audit.append({
          workspaceId: series.workspaceId,
          actorRef: actor.userRef,
          action: "poll.open",
          subjectType: "poll",
          subjectId: poll.id,
          detail: {
            editionId: edition.id,
            anonymous: poll.anonymous,
            minAnswers: poll.minAnswers,
            closesAt: poll.closesAt?.toISOString() ?? null,
          },
        });
      return { poll, edition, created, createdEdition };
    });
    const ctx = { series, edition: opened.edition, poll: opened.poll };
    if (opened.created) {
      const locale = await seriesLocaleOf(store, series);
      const view = await pollView(store, ctx, locale);
      // Tracked: the poll message changes with votes and at close, even if nobody votes.
      const posted = await responder.reply(pollMessage(translator(locale).t, locale, view), { track: true });
      if (posted)
        await store.polls.setMessage(series.workspaceId, opened.poll.id, actor.channel, posted.messageRef);
    }
    const closes = formatDate(opened.poll.closesAt ?? now, actor.locale, series.timeZone, "zoned");
    const lines = [t("poll.opened", { number: opened.edition.number, closes })];
    if (opened.createdEdition)
      lines.unshift(
        t("notes.editionCreated", {
          hashtag: escapeMarkdown(series.hashtag),
          number: opened.edition.number,
          date: editionDate(opened.edition.startsAt, series.timeZone, actor.locale),
        }),
      );
    await responder.reply(message(lines.join("\n"), [{ type: "section", text: lines.join("\n") }]), {
      ephemeral: true,
    });
  },
});
