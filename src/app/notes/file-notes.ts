/**
 * Files one or more notes for a series, in ONE transaction: the debrief edition is found (or
 * edition 1 created), every note is added, every creation audited; if anything fails nothing is
 * kept. Each note carries a request key derived from the delivery, so a retried delivery returns
 * the notes it already made instead of adding them twice.
 */
import type { Edition } from "../../domain/edition.js";
import type { Note, NoteKind } from "../../domain/note.js";
import type { Series } from "../../domain/series.js";
import type { Actor } from "../../edge.js";
import type { Translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import type { Message } from "../../render/message.js";
import { notesSavedMessage } from "../../render/notes/messages.js";
import { editionForDebrief } from "../context.js";

export interface FiledNotes {
  notes: Note[];
  edition: Edition;
  /** The edition was created for these notes (the reply says so). */
  createdEdition: boolean;
}

export async function fileNotes(
  store: Store,
  actor: Actor,
  series: Series,
  entries: ReadonlyArray<{ kind: NoteKind; text: string; requestKey: string }>,
  now: Date,
): Promise<FiledNotes> {
  return store.transaction(async (tx) => {
    const { edition, created } = await editionForDebrief(tx, series, now);
    if (created)
      await tx.audit.append({
        workspaceId: series.workspaceId,
        actorRef: actor.userRef,
        action: "edition.create",
        subjectType: "edition",
        subjectId: edition.id,
        detail: { number: edition.number, reason: "first_note" },
      });
    const notes: Note[] = [];
    for (const entry of entries) {
      const { note, created: isNew } = await tx.notes.add({
        workspaceId: series.workspaceId,
        editionId: edition.id,
        authorRef: actor.userRef,
        kind: entry.kind,
        text: entry.text,
        requestKey: entry.requestKey,
      });
      notes.push(note);
      if (isNew)
        await tx.audit.append({
          workspaceId: series.workspaceId,
          actorRef: actor.userRef,
          action: "note.create",
          subjectType: "note",
          subjectId: note.id,
          detail: { kind: note.kind, editionId: edition.id },
        });
    }
    return { notes, edition, createdEdition: created };
  });
}

/** The private answer to whoever filed them: each note with Edit / Delete, and a word when edition 1 was made. */
export function filedMessage(translator: Translator, series: Series, filed: FiledNotes): Message {
  return notesSavedMessage(translator, filed.notes, filed.edition, series, filed.createdEdition);
}
