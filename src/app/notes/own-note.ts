/** A note the actor may change: it exists in this series' workspace, and they wrote it. */
import type { Note } from "../../domain/note.js";
import type { Series } from "../../domain/series.js";
import { AfterchatError } from "../../errors.js";
import type { Store } from "../../ports.js";
import type { Actor } from "../interaction.js";

export async function requireOwnNote(
  store: Store,
  series: Series,
  actor: Actor,
  noteId: string,
): Promise<Note> {
  const note = await store.notes.get(series.workspaceId, noteId);
  if (!note) throw new AfterchatError("note_not_found");
  if (note.authorRef !== actor.userRef) throw new AfterchatError("note_not_yours");
  return note;
}
