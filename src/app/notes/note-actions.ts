/**
 * The notes buttons. "Write notes" (note.new, on the end-of-chat message) opens the four-field
 * notes form for the series it names, for team members only. Edit and Delete sit under a filed
 * note: only its author may use them (note_not_yours for anyone else, moderators included).
 * Delete asks nothing more: the note is private to its author until listed, and the audit log
 * keeps the trace.
 */
import { translator } from "../../i18n/index.js";
import { sentence } from "../../render/message.js";
import { noteEditForm, notesForm } from "../../render/notes/forms.js";
import { requireSeries } from "../context.js";
import { requireTeamMember } from "../permissions.js";
import { seriesForActor } from "../series-access.js";
import type { ActionHandler } from "../services.js";
import { requireOwnNote } from "./own-note.js";

/** The button's value is the series id: the message may be read (and clicked) from a linked workspace. */
export const openNotesForm: ActionHandler = async (services, actor, event, responder) => {
  const { store } = services;
  const series = await seriesForActor(store, actor, event.value);
  await requireTeamMember(store, series, actor);
  await responder.openForm(notesForm(translator(actor.locale).t, series.id, null));
};

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
