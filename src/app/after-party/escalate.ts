/**
 * `escalateOpenQuestions`: questions asked in the after-party that nobody answered within the
 * series' questionEscalationMinutes go to the team's debrief channel (Slack or Discord, wherever
 * it is), each with a link to it when the platform can make one and a button to make it a
 * follow-up task. Each question is brought back once: it is marked escalated after the post, so
 * a failed post is tried again at the next run. At most 10 per message (one button each); the
 * rest wait for the next run.
 */
import type { AfterPartyMessage } from "../../domain/after-party.js";
import { escapeMarkdown, isolate, link, mention, truncate } from "../../render/markup.js";
import { type Block, message } from "../../render/message.js";
import type { Services } from "../services.js";
import type { AfterPartyContext } from "./edition-context.js";
import { loadEdition } from "./edition-context.js";
import { permalinkOf } from "./links.js";
import { afterPartyTaskValue } from "./task-value.js";

const PER_MESSAGE = 10;
const QUESTION_CHARS = 300;

export type EscalateOutcome =
  | { status: "escalated"; count: number; remaining: number }
  | { status: "none" }
  | { status: "skipped"; reason: "not_found" | "no_thread" | "no_debrief" };

export async function escalateOpenQuestions(
  services: Services,
  editionId: string,
  now: Date = services.clock.now(),
): Promise<EscalateOutcome> {
  const { store } = services;
  const loaded = await loadEdition(store, editionId);
  if (!loaded) return { status: "skipped", reason: "not_found" };
  const { edition, series } = loaded;
  if (!edition.afterPartyThread) return { status: "skipped", reason: "no_thread" };
  const olderThan = new Date(now.getTime() - series.settings.questionEscalationMinutes * 60_000);
  const due = await store.afterParty.dueForEscalation(edition.workspaceId, edition.id, olderThan);
  if (due.length === 0) return { status: "none" };
  const target = series.debriefChannel;
  const platform = target ? services.platforms.for(target) : null;
  if (!target || !platform) return { status: "skipped", reason: "no_debrief" };

  const batch = due.slice(0, PER_MESSAGE);
  await platform.post(target, openQuestionsMessage(services, loaded, batch));
  for (const question of batch) await store.afterParty.markEscalated(edition.workspaceId, question.id, now);
  services.log.info({ editionId, count: batch.length }, "after-party questions brought back to the team");
  return { status: "escalated", count: batch.length, remaining: due.length - batch.length };
}

function openQuestionsMessage(
  services: Services,
  { edition, series, t }: AfterPartyContext,
  questions: AfterPartyMessage[],
) {
  const thread = edition.afterPartyThread!;
  const header = t.t("afterparty.escalate.header", { hashtag: series.hashtag });
  const blocks: Block[] = [
    { type: "header", text: header },
    {
      type: "section",
      text: t.t("afterparty.escalate.intro", {
        count: questions.length,
        minutes: series.settings.questionEscalationMinutes,
      }),
    },
  ];
  for (const question of questions) {
    const url = permalinkOf(services.platforms, thread, question.externalId);
    const line = t.t("afterparty.escalate.line", {
      author: mention(question.authorRef),
      text: isolate(escapeMarkdown(truncate(question.text.replace(/\s+/gu, " "), QUESTION_CHARS))),
    });
    blocks.push({
      type: "section",
      text: url ? `${line}\n${link(t.t("afterparty.escalate.link"), url)}` : line,
      accessory: {
        action: "afterparty.task",
        value: afterPartyTaskValue(edition.id, question.id),
        label: t.t("afterparty.escalate.button"),
      },
    });
  }
  return message(header, blocks);
}
