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
import { type FormHandler, seriesHandler } from "../handler.js";
import { filedMessage, fileNotes } from "./file-notes.js";
import { noteTextProblem } from "./problems.js";

export const submitNotesForm: FormHandler = seriesHandler({
  access: "member",
  series: (submission) => ({ seriesId: submission.state }),
  async run({ services, actor, series }, submission, responder) {
    const { store, clock } = services;
    const { t } = translator(actor.locale, actor.workspace.platform);
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
      entries.push({
        kind: field.kind,
        text: checked.value,
        requestKey: `${actor.requestKey}:${field.kind}`,
      });
    }
    const filed = await fileNotes(store, actor, series, entries, clock.now());
    await responder.reply(filedMessage(translator(actor.locale, actor.workspace.platform), series, filed), {
      ephemeral: true,
    });
  },
});

/** The edit form's state names the series and the note (render/notes/forms.ts). */
export const submitNoteEdit: FormHandler = seriesHandler({
  access: "noteAuthor",
  series: (submission) => {
    const state = readNoteEditState(submission.state);
    if (!state) throw new AfterchatError("note_not_found");
    return state;
  },
  async run({ services, actor, series, note }, submission, responder) {
    if (!note) return;
    const { store } = services;
    const { t } = translator(actor.locale, actor.workspace.platform);
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
  },
});
