/**
 * The notes buttons. "Write notes" (note.new, on the end-of-chat message) opens the four-field
 * notes form for the series it names, for team members only. Edit and Delete sit under a filed
 * note: only its author may use them (note_not_yours for anyone else, moderators included).
 * Delete asks "Are you sure?" first (src/render/confirm.ts: the platform asks before the click
 * arrives here), and the audit log keeps the trace.
 */
import { translator } from "../../i18n/index.js";
import { sentence } from "../../render/message.js";
import { noteEditForm, notesForm } from "../../render/notes/forms.js";
import { type ActionHandler, seriesHandler } from "../handler.js";

/** The button's value is the series id: the message may be read (and clicked) from a linked workspace. */
export const openNotesForm: ActionHandler = seriesHandler({
  access: "member",
  series: (event) => ({ seriesId: event.value }),
  async run({ actor, series }, _event, responder) {
    await responder.openForm(
      notesForm(translator(actor.locale, actor.workspace.platform).t, series.id, null),
    );
  },
});

/** The button's value is the note id. */
export const editNote: ActionHandler = seriesHandler({
  access: "noteAuthor",
  series: (event) => ({ noteId: event.value }),
  async run({ actor, series, note }, _event, responder) {
    if (note)
      await responder.openForm(
        noteEditForm(translator(actor.locale, actor.workspace.platform).t, series.id, note),
      );
  },
});

export const deleteNote: ActionHandler = seriesHandler({
  access: "noteAuthor",
  series: (event) => ({ noteId: event.value }),
  async run({ services, actor, series, note }, _event, responder) {
    if (!note) return;
    await services.store.transaction(async (tx) => {
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
    const done = sentence(translator(actor.locale, actor.workspace.platform).t("notes.deleted"));
    if (responder.updateSource) await responder.updateSource(done);
    else await responder.reply(done, { ephemeral: true });
  },
});
