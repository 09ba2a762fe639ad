/**
 * `/afterchat compare [#ourchat] #otherchat [last N]`: both chats' last editions (or averages over their last
 * N) in one message with one chart, the people both share; then, for a watched chat, the questions of its
 * last reported edition with a select to copy one into our tasks. Posted in the channel, in our chat's
 * language, as `stats` posts its report. The team, and a workspace linked for the debrief (as `stats`).
 */
import { compareChats } from "../../domain/compare.js";
import type { Series } from "../../domain/series.js";
import { normaliseHashtag } from "../../domain/series.js";
import type { Responder } from "../../edge.js";
import { translator } from "../../i18n/index.js";
import { compareChart } from "../../render/charts/on-demand.js";
import type { ComparisonView } from "../../render/compare/message.js";
import { comparisonMessage } from "../../render/compare/message.js";
import { watchQuestionsMessage } from "../../render/compare/questions.js";
import { sentence } from "../../render/message.js";
import { channelTranslator } from "../channel-locale.js";
import { type CommandHandler, seriesHandler } from "../handler.js";
import type { Services } from "../services.js";
import { findOtherChat, type OtherChat, otherEditions } from "./other-chat.js";
import { ourEditions } from "./our-editions.js";

export const compareCommand: CommandHandler<"compare"> = seriesHandler({
  access: "reader",
  series: (command) => (command.ours === null ? "channel" : { hashtag: command.ours }),
  async run({ services, actor, series }, command, responder) {
    const { store, clock } = services;
    const theirs = normaliseHashtag(command.theirs);
    const t = translator(actor.locale, actor.workspace.platform);
    if (theirs === series.hashtag) {
      await responder.reply(sentence(t.t("compare.sameChat", { hashtag: theirs })), { ephemeral: true });
      return;
    }
    const channels = [actor.channel, actor.parentChannel ?? null, series.debriefChannel];
    const other = await findOtherChat(store, series.workspaceId, theirs, channels);
    if (!other) {
      await responder.reply(sentence(t.t("compare.unknownChat", { hashtag: theirs })), { ephemeral: true });
      return;
    }
    const channel = await channelTranslator(store, series);
    await responder.defer({
      ephemeral: false,
      progress: channel.t("compare.working", { ours: series.hashtag, theirs }),
    });
    const last = command.last ?? 1;
    const now = clock.now();
    const comparison = compareChats(
      await ourEditions(store, series, now, last),
      await otherEditions(store, other, now, last),
      last,
    );
    const view: ComparisonView = { ours: series.hashtag, theirs, last, comparison };
    const chart = await compareChart(view, channel.locale).catch((error: unknown) => {
      services.log.warn({ err: error }, "the comparison chart could not be rendered; posting without it");
      return null;
    });
    const options = { locale: channel.locale, timeZone: series.timeZone };
    await responder.reply(comparisonMessage(view, { ...options, ...(chart ? { charts: [chart] } : {}) }), {
      ephemeral: false,
    });
    await replyQuestions(services, series, other, responder, options);
  },
});

/** The watched chat's latest reported questions, with the copy select; nothing before its first report. */
async function replyQuestions(
  services: Services,
  series: Series,
  other: OtherChat,
  responder: Responder,
  options: { locale: "en" | "fr"; timeZone: string },
) {
  if (other.kind !== "watch") return;
  const [latest] = await services.store.watchEditions.list(other.watch.workspaceId, other.watch.id, {
    status: "reported",
    limit: 1,
  });
  if (!latest?.summary) return;
  const message = watchQuestionsMessage(
    {
      hashtag: other.watch.hashtag,
      seriesId: series.id,
      editionId: latest.id,
      startsAt: latest.startsAt,
      questions: latest.summary.questions,
    },
    options,
  );
  await responder.reply(message, { ephemeral: false });
}
