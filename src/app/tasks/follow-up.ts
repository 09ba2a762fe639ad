/**
 * Follow-up tasks from buttons on questions nobody answered:
 * - "unanswered.assign" on a question left hanging under the hashtag (value "network:externalId",
 *   cut with "…" when too long: matched by prefix, see src/render/report/unanswered-value.ts);
 * - "afterparty.task" on an after-party question (value: "<editionId>:<messageId>").
 * The task goes to the picked person (a user select) or the clicker, on the series' current
 * edition (an after-party question's own edition), with origin "follow_up". Its key
 * "follow-up:<network>:<id>" (or "follow-up:afterparty:<editionId>:<messageId>") makes a double
 * click, or a second teammate's click, find the same task instead of making another. Team members
 * only.
 */
import type { AfterPartyMessage } from "../../domain/after-party.js";
import type { Edition } from "../../domain/edition.js";
import type { Post } from "../../domain/post.js";
import type { Series } from "../../domain/series.js";
import type { ActionEvent, Responder } from "../../edge.js";
import { translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import { escapeMarkdownKeepingMentions, mention, truncate } from "../../render/markup.js";
import { sentence } from "../../render/message.js";
import { TRUNCATED_MARK } from "../../render/report/unanswered-value.js";
import { parseAfterPartyTaskValue } from "../after-party/task-value.js";
import { channelTranslator } from "../channel-locale.js";
import { editionForDebrief } from "../context.js";
import { type ActionHandler, type InSeries, seriesHandler } from "../handler.js";
import { makeTask } from "./make-task.js";
import { checkOwner } from "./owner.js";

/** Characters of the question kept in the task title. */
export const QUESTION_EXCERPT = 120;

export const assignUnanswered: ActionHandler = seriesHandler({
  access: "member",
  async run(scope, event, responder) {
    const { services, actor, series } = scope;
    const { store, clock } = services;
    const { edition } = await editionForDebrief(store, series, clock.now());
    const question = await findPost(store, series, edition.id, event.value);
    if (!question) {
      const t = translator(actor.locale, actor.workspace.platform);
      await responder.reply(sentence(t.t("tasks.followUp.notFound", { number: edition.number })), {
        ephemeral: true,
      });
      return;
    }
    const t = await channelTranslator(store, series);
    const title = t.t("tasks.followUp.title", {
      author: question.authorHandle.replace(/^@/, ""),
      text: truncate(question.text.replace(/\s+/g, " ").trim(), QUESTION_EXCERPT),
    });
    await createFollowUp(scope, event, responder, {
      editionId: edition.id,
      title,
      key: `follow-up:${question.network}:${question.externalId}`,
    });
  },
});

/**
 * The button's value names the edition and the after-party message (src/app/after-party/
 * task-value.ts); the title mentions who asked and quotes the question. The task goes on that
 * edition, the one whose after-party it was.
 */
export const taskFromAfterParty: ActionHandler = seriesHandler({
  access: "member",
  async run(scope, event, responder) {
    const { services, actor, series } = scope;
    const { store } = services;
    const found = await afterPartyQuestion(store, series, event.value);
    if (!("question" in found)) {
      const t = translator(actor.locale, actor.workspace.platform);
      await responder.reply(sentence(t.t("tasks.followUp.notFound", { number: found.number })), {
        ephemeral: true,
      });
      return;
    }
    const { question, edition } = found;
    const t = await channelTranslator(store, series);
    await createFollowUp(scope, event, responder, {
      editionId: edition.id,
      title: t.t("tasks.followUp.afterPartyTitle", {
        author: mention(question.authorRef),
        text: truncate(question.text.replace(/\s+/g, " ").trim(), QUESTION_EXCERPT),
      }),
      // The button value as it was always keyed, so a click from before this lookup finds its task.
      key: `follow-up:afterparty:${event.value}`,
    });
  },
});

/** The question a button names, in an edition of this series; else the edition number to quote. */
async function afterPartyQuestion(
  store: Store,
  series: Series,
  value: string,
): Promise<{ question: AfterPartyMessage; edition: Edition } | { number: number | string }> {
  const parsed = parseAfterPartyTaskValue(value);
  const edition = parsed ? await store.editions.get(series.workspaceId, parsed.editionId) : null;
  const ours = edition?.seriesId === series.id ? edition : null;
  const question = parsed && ours ? await store.afterParty.get(series.workspaceId, parsed.messageId) : null;
  if (ours && question?.editionId === ours.id) return { question, edition: ours };
  return { number: ours?.number ?? "—" };
}

async function createFollowUp(
  scope: InSeries,
  event: ActionEvent,
  responder: Responder,
  input: { editionId: string; title: string; key: string },
) {
  const { services, actor, series } = scope;
  if (event.selectedUser) await checkOwner(scope, event.selectedUser);
  const { task, created } = await services.store.transaction(async (tx) => {
    const ownerRef = event.selectedUser ?? actor.userRef;
    return makeTask(
      services,
      tx,
      {
        workspaceId: series.workspaceId,
        seriesId: series.id,
        editionId: input.editionId,
        title: input.title,
        ownerRef,
        dueAt: null,
        createdBy: actor.userRef,
        origin: "follow_up",
        playbookKey: input.key,
        requestKey: actor.requestKey,
      },
      { followUp: input.key, ownerRef },
    );
  });
  const t = translator(actor.locale, actor.workspace.platform);
  const params = {
    owner: task.ownerRef ? mention(task.ownerRef) : "—",
    title: escapeMarkdownKeepingMentions(task.title),
  };
  await responder.reply(sentence(t.t(created ? "tasks.followUp.created" : "tasks.followUp.exists", params)), {
    ephemeral: true,
  });
}

/** The post a button value names, in the edition: exact "network:id", or by prefix when cut. */
async function findPost(
  store: Store,
  series: Series,
  editionId: string,
  value: string,
): Promise<Post | null> {
  const cut = value.endsWith(TRUNCATED_MARK);
  const wanted = cut ? value.slice(0, -TRUNCATED_MARK.length) : value;
  if (!wanted.includes(":")) return null;
  for await (const post of store.posts.streamByEdition(series.workspaceId, editionId)) {
    const key = `${post.network}:${post.externalId}`;
    if (cut ? key.startsWith(wanted) : key === wanted) return post;
  }
  return null;
}
