/** The notes area of `/afterchat`: note, notes, the notes forms and the Write / Edit / Delete buttons. */
import { NOTE_EDIT_FORM_ID, NOTES_FORM_ID } from "../../render/notes/forms.js";
import type { Registry } from "../handler.js";
import { deleteNote, editNote, openNotesForm } from "./note-actions.js";
import { noteCommand } from "./note-command.js";
import { submitNoteEdit, submitNotesForm } from "./note-forms.js";
import { notesCommand } from "./notes-list.js";

export const notesRegistry: Registry = {
  commands: { note: noteCommand, notes: notesCommand },
  actions: { "note.new": openNotesForm, "note.edit": editNote, "note.delete": deleteNote },
  forms: { [NOTES_FORM_ID]: submitNotesForm, [NOTE_EDIT_FORM_ID]: submitNoteEdit },
};
