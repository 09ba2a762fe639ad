/**
 * The "compare.copy" select under a watched chat's questions: the picked question becomes a task of our
 * series, on the edition tasks attach to (the current one, src/app/context.ts), due when our next edition
 * starts (src/app/after-party/next-edition.ts), owned by the moderator who copied it. Its key
 * "copy:<watchEditionId>:<number>" makes a replayed or second click find the task instead of making another,
 * even after the current edition moved on. Moderators only.
 */
import type { Edition } from "../../domain/edition.js";
import type { Series } from "../../domain/series.js";
import { AfterchatError } from "../../errors.js";
import { translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import { askedWatchQuestions, parseCopyValue } from "../../render/compare/questions.js";
import { editionDate } from "../../render/edition-date.js";
import { escapeMarkdown, truncate } from "../../render/markup.js";
import { sentence } from "../../render/message.js";
import { nextEdition } from "../after-party/next-edition.js";
import { channelTranslator } from "../channel-locale.js";
import { editionForDebrief } from "../context.js";
import { type ActionHandler, seriesHandler } from "../handler.js";
import { makeTask } from "../tasks/make-task.js";

/** Characters of the question kept in the task title (titles stop at 300). */
const QUESTION_EXCERPT = 200;

export const copyQuestion: ActionHandler = seriesHandler({
  access: "moderator",
  series: (event) => {
    const parsed = parseCopyValue(event.value);
    if (!parsed) throw new AfterchatError("series_not_found");
    return { seriesId: parsed.seriesId };
  },
  async run(scope, event, responder) {
    const { services, actor, series } = scope;
    const { store, clock } = services;
    const t = translator(actor.locale, actor.workspace.platform);
    const found = await watchedQuestion(store, series, event.value);
    if (!found) {
      await responder.reply(sentence(t.t("compare.copy.gone")), { ephemeral: true });
      return;
    }
    const key = `copy:${found.editionId}:${found.number}`;
    const now = clock.now();
    const { edition } = await editionForDebrief(store, series, now);
    const dueAt = await nextStart(store, series, edition, now);
    const channel = await channelTranslator(store, series);
    const title = channel.t("compare.copy.title", {
      hashtag: found.hashtag,
      number: found.number,
      text: truncate(found.text.replace(/\s+/g, " ").trim(), QUESTION_EXCERPT),
    });
    const { task, created } = await store.transaction(async (tx) => {
      // Copied before, on any edition of the series: that task, not a second one.
      const earlier = (await tx.tasks.list(series.workspaceId, { seriesId: series.id })).find(
        (task) => task.playbookKey === key,
      );
      if (earlier) return { task: earlier, created: false };
      return makeTask(
        services,
        tx,
        {
          workspaceId: series.workspaceId,
          seriesId: series.id,
          editionId: edition.id,
          title,
          ownerRef: actor.userRef,
          dueAt,
          createdBy: actor.userRef,
          origin: "copied",
          playbookKey: key,
          requestKey: actor.requestKey,
        },
        { copied: key, hashtag: found.hashtag, edition: edition.number },
      );
    });
    const params = { hashtag: series.hashtag, title: escapeMarkdown(task.title) };
    const text = !created
      ? t.t("compare.copy.exists", params)
      : task.dueAt
        ? t.t("compare.copy.created", {
            ...params,
            date: editionDate(task.dueAt, series.timeZone, actor.locale),
          })
        : t.t("compare.copy.createdUndated", params);
    await responder.reply(sentence(text), { ephemeral: true });
  },
});

/** The question the value names, in a reported edition of a chat this workspace watches; else null. */
async function watchedQuestion(store: Store, series: Series, value: string) {
  const parsed = parseCopyValue(value);
  if (!parsed) return null;
  const edition = await store.watchEditions.get(series.workspaceId, parsed.editionId);
  const watch = edition ? await store.watches.get(series.workspaceId, edition.watchId) : null;
  const question = askedWatchQuestions(edition?.summary?.questions ?? []).find(
    (q) => q.number === parsed.number,
  );
  if (!edition || !watch || !question?.text) return null;
  return { editionId: edition.id, number: question.number, text: question.text, hashtag: watch.hashtag };
}

/** When our next edition starts: the current one when it has not started yet, else the one after it. */
async function nextStart(store: Store, series: Series, current: Edition, now: Date): Promise<Date | null> {
  if (current.startsAt > now) return current.startsAt;
  return (await nextEdition(store, series, current))?.startsAt ?? null;
}
