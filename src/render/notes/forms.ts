/** The notes forms: four optional fields (one per kind) for new notes, one field to edit a note. */

import { NOTE_KINDS, type Note, type NoteKind } from "../../domain/note.js";
import { NOTE_MAX_LENGTH } from "../../domain/notes.js";
import type { Translator } from "../../i18n/index.js";
import type { Form } from "../message.js";

export const NOTES_FORM_ID = "note.new";
export const NOTE_EDIT_FORM_ID = "note.edit";

const HINTS = { good: "goodHint", bad: "badHint", best: "bestHint", insight: "insightHint" } as const;

/** The form that files up to four notes at once; `first` goes first (the kind the user typed). */
export function notesForm(t: Translator["t"], seriesId: string, first: NoteKind | null): Form {
  const kinds = first ? [first, ...NOTE_KINDS.filter((k) => k !== first)] : [...NOTE_KINDS];
  return {
    id: NOTES_FORM_ID,
    state: seriesId,
    title: t("notes.form.title"),
    submit: t("notes.form.submit"),
    fields: kinds.map((kind) => ({
      id: kind,
      label: t(`common.kinds.${kind}`),
      kind: "multiline",
      optional: true,
      placeholder: t(`notes.form.${HINTS[kind]}`),
      maxLength: NOTE_MAX_LENGTH,
    })),
  };
}

export function noteEditForm(t: Translator["t"], seriesId: string, note: Note): Form {
  return {
    id: NOTE_EDIT_FORM_ID,
    state: `${seriesId}|${note.id}`,
    title: t("notes.editForm.title"),
    submit: t("notes.editForm.submit"),
    fields: [
      {
        id: "text",
        label: t(`common.kinds.${note.kind}`),
        kind: "multiline",
        initial: note.text,
        maxLength: NOTE_MAX_LENGTH,
      },
    ],
  };
}

export function readNoteEditState(state: string): { seriesId: string; noteId: string } | null {
  const [seriesId, noteId, extra] = state.split("|");
  return seriesId && noteId && extra === undefined ? { seriesId, noteId } : null;
}
