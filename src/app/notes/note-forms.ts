/**
 * The notes forms' submissions. "note.new": one note per filled field, all checked first and
 * filed in one transaction (a retried submission files nothing twice: each note's request key is
 * the delivery's plus its kind). "note.edit": the author changes their note's text.
 */
import { checkNoteText, filledNoteFields } from "../../domain/notes.js";
import { AfterchatError } from "../../errors.js";
import { translator } from "../../i18n/index.js";
import { sentence } from "../../render/message.js";
import { readNoteEditState } from "../../render/notes/forms.js";
import { noteUpdatedMessage } from "../../render/notes/messages.js";
import { requireTeamMember } from "../permissions.js";
import { seriesForActor } from "../series-access.js";
import type { FormHandler } from "../services.js";
import { filedMessage, fileNotes } from "./file-notes.js";
import { requireOwnNote } from "./own-note.js";
import { noteTextProblem } from "./problems.js";

export const submitNotesForm: FormHandler = async (services, actor, submission, responder) => {
  const { store, clock } = services;
  const { t } = translator(actor.locale);
  const series = await seriesForActor(store, actor, submission.state);
  await requireTeamMember(store, series, actor);
  const filled = filledNoteFields(submission.values);
  if (filled.length === 0) {
    await responder.reply(sentence(t("notes.formEmpty")), { ephemeral: true });
    return;
  }
  const entries = [];
  for (const field of filled) {
    const checked = checkNoteText(field.text);
    if (!checked.ok) {
      await responder.reply(sentence(noteTextProblem(t, checked.error, field.kind)), { ephemeral: true });
      return;
    }
    entries.push({ kind: field.kind, text: checked.value, requestKey: `${actor.requestKey}:${field.kind}` });
  }
  const filed = await fileNotes(store, actor, series, entries, clock.now());
  await responder.reply(filedMessage(t, series, filed), { ephemeral: true });
};

export const submitNoteEdit: FormHandler = async (services, actor, submission, responder) => {
  const { store } = services;
  const { t } = translator(actor.locale);
  const state = readNoteEditState(submission.state);
  if (!state) throw new AfterchatError("note_not_found");
  const series = await seriesForActor(store, actor, state.seriesId);
  const note = await requireOwnNote(store, series, actor, state.noteId);
  const checked = checkNoteText(submission.values.text);
  if (!checked.ok) {
    await responder.reply(sentence(noteTextProblem(t, checked.error, note.kind)), { ephemeral: true });
    return;
  }
  const updated = await store.transaction(async (tx) => {
    const saved = await tx.notes.update(series.workspaceId, note.id, { text: checked.value });
    await tx.audit.append({
      workspaceId: series.workspaceId,
      actorRef: actor.userRef,
      action: "note.edit",
      subjectType: "note",
      subjectId: note.id,
      detail: { kind: note.kind, editionId: note.editionId },
    });
    return saved;
  });
  await responder.reply(noteUpdatedMessage(t, updated), { ephemeral: true });
};
