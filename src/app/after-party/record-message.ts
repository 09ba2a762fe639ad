/**
 * `recordAfterPartyMessage`: a message written in an after-party thread (Discord MessageCreate,
 * only when message content capture is on). Stored once per message id; a message asking
 * something (a "?" outside links) is a question; a reply by someone else to a question marks it
 * answered. Messages after the after-party's end, or in threads that are not an after-party, are
 * left alone.
 */

import { asksQuestion } from "../../domain/text.js";
import type { ThreadMessage } from "../../edge.js";
import type { Services } from "../services.js";
import { findAfterPartyEdition } from "./find-thread.js";

/** A thread message (src/edge.ts), in the workspace of the platform it was written on. */
export type AfterPartyMessageInput = Omit<ThreadMessage, "workspace"> & { workspaceId: string };

export type RecordOutcome =
  | { status: "recorded"; question: boolean; answered: string | null }
  | { status: "ignored"; reason: "not_after_party" | "ended" | "empty" };

export async function recordAfterPartyMessage(
  services: Services,
  input: AfterPartyMessageInput,
): Promise<RecordOutcome> {
  const { store } = services;
  const text = input.text.trim();
  if (text === "") return { status: "ignored", reason: "empty" };
  const found = await findAfterPartyEdition(store, input.workspaceId, input.channel, input.thread);
  if (!found) return { status: "ignored", reason: "not_after_party" };
  const { edition } = found;
  if (edition.afterPartyEndsAt && input.createdAt > edition.afterPartyEndsAt)
    return { status: "ignored", reason: "ended" };

  const recorded = await store.afterParty.record({
    workspaceId: edition.workspaceId,
    editionId: edition.id,
    externalId: input.externalId,
    authorRef: input.authorRef,
    text,
    isQuestion: asksQuestion(text),
    createdAt: input.createdAt,
  });
  // Answering one's own question does not count: the point is that someone else did.
  const answered =
    input.replyTo && input.replyTo.authorRef !== input.authorRef ? input.replyTo.externalId : null;
  if (answered) await store.afterParty.markAnswered(edition.workspaceId, answered, input.externalId);
  return { status: "recorded", question: recorded.isQuestion, answered };
}
