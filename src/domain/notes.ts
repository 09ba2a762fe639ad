/**
 * Pure rules for debrief notes: which words name which kind (English and French), how long a note
 * may be, and how a list of notes is grouped for display.
 */

import { err, ok, type Result } from "../result.js";
import { NOTE_KINDS, type Note, type NoteKind } from "./note.js";

/** Longest note: long enough for a paragraph, short enough for one chat message. */
export const NOTE_MAX_LENGTH = 2000;

/**
 * Words accepted for each kind, accents removed and lower-cased before lookup. The help lists
 * them: good/well/bien, bad/mal/improve, best/top, insight/idea/idee/lesson.
 */
const KIND_WORDS: Record<string, NoteKind> = {
  good: "good",
  well: "good",
  "went-well": "good",
  bien: "good",
  plus: "good",
  bad: "bad",
  mal: "bad",
  improve: "bad",
  "a-ameliorer": "bad",
  ameliorer: "bad",
  best: "best",
  top: "best",
  highlight: "best",
  insight: "insight",
  idea: "insight",
  idee: "insight",
  lesson: "insight",
  lecon: "insight",
};

/** The kind a word names ("idée" -> insight), or null. */
export function noteKindOf(word: string): NoteKind | null {
  const key = word
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[:.,!]+$/u, "");
  return Object.hasOwn(KIND_WORDS, key) ? (KIND_WORDS[key] ?? null) : null;
}

export type NoteTextProblem = { problem: "empty" } | { problem: "too_long"; length: number; max: number };
export type NoteTextResult = Result<string, NoteTextProblem>;

/** A note's text trimmed, or why it cannot be kept. */
export function checkNoteText(text: string | null | undefined): NoteTextResult {
  const trimmed = (text ?? "").trim();
  if (trimmed === "") return err({ problem: "empty" });
  const length = [...trimmed].length;
  if (length > NOTE_MAX_LENGTH) return err({ problem: "too_long", length, max: NOTE_MAX_LENGTH });
  return ok(trimmed);
}

export interface NoteGroup {
  kind: NoteKind;
  notes: Note[];
}

/** Notes by kind, in the fixed kind order, each oldest first; empty kinds included. */
export function groupNotes(notes: readonly Note[]): NoteGroup[] {
  return NOTE_KINDS.map((kind) => ({
    kind,
    notes: notes
      .filter((note) => note.kind === kind)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime()),
  }));
}

/** The filled fields of the notes form (field id = kind), in kind order. */
export function filledNoteFields(values: Record<string, string | undefined>): Array<{
  kind: NoteKind;
  text: string;
}> {
  return NOTE_KINDS.flatMap((kind) => {
    const text = values[kind]?.trim() ?? "";
    return text === "" ? [] : [{ kind, text }];
  });
}
