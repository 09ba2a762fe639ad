/** A note's text that cannot be kept, as the sentence that says how to fix it. */
import type { NoteKind } from "../../domain/note.js";
import type { NoteTextResult } from "../../domain/notes.js";
import type { Translator } from "../../i18n/index.js";

export function noteTextProblem(
  t: Translator["t"],
  result: Exclude<NoteTextResult, { ok: true }>,
  kind: NoteKind,
): string {
  if (result.problem === "empty") return t("notes.empty");
  return t("notes.tooLong", { kind: t(`common.kinds.${kind}`), length: result.length, max: result.max });
}
