/**
 * `closeAfterParty`, called by the scheduler at the after-party's end (edition.afterPartyEndsAt):
 * posts its summary (messages, people, questions answered and still open) in the thread and in
 * the team's debrief channel. Once per edition: the closing is written to the audit log, and a
 * second call finds it there.
 */
import type { AfterPartySummary } from "../../domain/after-party.js";
import { link } from "../../render/markup.js";
import { type Block, type Message, message } from "../../render/message.js";
import { formatFor } from "../../render/report/format.js";
import type { Services } from "../services.js";
import { type AfterPartyContext, loadEdition } from "./edition-context.js";
import { permalinkOf } from "./links.js";

export const AFTER_PARTY_CLOSED = "afterparty.closed";

export type CloseOutcome =
  | { status: "closed"; summary: AfterPartySummary; posted: Array<"thread" | "debrief"> }
  | { status: "already_closed" }
  | { status: "skipped"; reason: "not_found" | "no_thread" };

export async function closeAfterParty(services: Services, editionId: string): Promise<CloseOutcome> {
  const { store } = services;
  const loaded = await loadEdition(store, editionId);
  if (!loaded) return { status: "skipped", reason: "not_found" };
  const { edition, series } = loaded;
  const thread = edition.afterPartyThread;
  if (!thread) return { status: "skipped", reason: "no_thread" };
  const log = await store.audit.list(edition.workspaceId, { subjectType: "edition", subjectId: edition.id });
  if (log.some((e) => e.action === AFTER_PARTY_CLOSED)) return { status: "already_closed" };

  const summary = await store.afterParty.summary(edition.workspaceId, edition.id);
  const posted: Array<"thread" | "debrief"> = [];
  const inThread = services.platforms.for(thread);
  if (inThread) {
    await inThread.post(thread, summaryMessage(loaded, summary, null));
    posted.push("thread");
  }
  const debrief = series.debriefChannel;
  const team = debrief ? services.platforms.for(debrief) : null;
  if (debrief && team && debrief !== series.afterPartyChannel) {
    await team.post(debrief, summaryMessage(loaded, summary, permalinkOf(services.platforms, thread)));
    posted.push("debrief");
  }
  await store.audit.append({
    workspaceId: edition.workspaceId,
    actorRef: "afterchat",
    action: AFTER_PARTY_CLOSED,
    subjectType: "edition",
    subjectId: edition.id,
    detail: { ...summary },
  });
  return { status: "closed", summary, posted };
}

function summaryMessage(
  { series, t }: AfterPartyContext,
  summary: AfterPartySummary,
  threadUrl: string | null,
): Message {
  const format = formatFor(t.locale, series.timeZone);
  const header = t.t("afterparty.close.header", { hashtag: series.hashtag });
  const text = t.t("afterparty.close.text", {
    hashtag: series.hashtag,
    ...summary,
    messages: t.t("afterparty.close.messageCount", { count: summary.messages }),
    participants: t.t("afterparty.close.peopleCount", { count: summary.participants }),
  });
  const blocks: Block[] = [{ type: "header", text: header }];
  if (summary.messages === 0) blocks.push({ type: "section", text: t.t("afterparty.close.none") });
  else
    blocks.push({
      type: "fields",
      fields: [
        { label: t.t("afterparty.close.messages"), value: format.count(summary.messages) },
        { label: t.t("afterparty.close.participants"), value: format.count(summary.participants) },
        {
          label: t.t("afterparty.close.answered"),
          value: `${format.count(summary.answered)} / ${format.count(summary.questions)}`,
        },
        { label: t.t("afterparty.close.open"), value: format.count(summary.open) },
      ],
    });
  if (summary.open > 0)
    blocks.push({ type: "section", text: t.t("afterparty.close.openLeft", { count: summary.open }) });
  blocks.push({ type: "section", text: t.t("afterparty.close.thanks") });
  if (threadUrl)
    blocks.push({
      type: "context",
      text: t.t("afterparty.close.thread", { link: link(series.hashtag, threadUrl) }),
    });
  return message(text, blocks);
}
