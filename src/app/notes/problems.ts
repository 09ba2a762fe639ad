/** A note's text that cannot be kept, as the sentence that says how to fix it. */
import type { NoteKind } from "../../domain/note.js";
import type { NoteTextProblem } from "../../domain/notes.js";
import type { Translator } from "../../i18n/index.js";

export function noteTextProblem(t: Translator["t"], problem: NoteTextProblem, kind: NoteKind): string {
  if (problem.problem === "empty") return t("notes.empty");
  return t("notes.tooLong", { kind: t(`common.kinds.${kind}`), length: problem.length, max: problem.max });
}
