/**
 * The Edit and Delete buttons under a filed note. Only its author may use them (note_not_yours
 * for anyone else, moderators included). Delete asks nothing more: the note is private to its
 * author until listed, and the audit log keeps the trace.
 */
import { translator } from "../../i18n/index.js";
import { sentence } from "../../render/message.js";
import { noteEditForm } from "../../render/notes/forms.js";
import { requireSeries } from "../context.js";
import type { ActionHandler } from "../services.js";
import { requireOwnNote } from "./own-note.js";

export const editNote: ActionHandler = async (services, actor, event, responder) => {
  const { store } = services;
  const series = await requireSeries(store, actor);
  const note = await requireOwnNote(store, series, actor, event.value);
  await responder.openForm(noteEditForm(translator(actor.locale).t, series.id, note));
};

export const deleteNote: ActionHandler = async (services, actor, event, responder) => {
  const { store } = services;
  const series = await requireSeries(store, actor);
  const note = await requireOwnNote(store, series, actor, event.value);
  await store.transaction(async (tx) => {
    await tx.notes.delete(series.workspaceId, note.id);
    await tx.audit.append({
      workspaceId: series.workspaceId,
      actorRef: actor.userRef,
      action: "note.delete",
      subjectType: "note",
      subjectId: note.id,
      detail: { kind: note.kind, editionId: note.editionId },
    });
  });
  const done = sentence(translator(actor.locale).t("notes.deleted"));
  if (responder.updateSource) await responder.updateSource(done);
  else await responder.reply(done, { ephemeral: true });
};
