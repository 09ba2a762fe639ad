/** Inputs for "nothing cut silently" (issue 13, point 10): a very long task title, 60 long notes. */
import type { Store } from "../../src/ports.js";

/** 1,080 characters: a pasted paragraph, not a task. */
export const LONG_TITLE = "Prepare the guest brief with every question and its follow-ups "
  .repeat(17)
  .slice(0, 1080);

/** Files 60 notes of about 180 characters on an edition, as 6 members would over a debrief. */
export async function seedLongNotes(store: Store, workspaceId: string, editionId: string, authors: string[]) {
  const kinds = ["good", "bad", "best", "insight"] as const;
  for (let i = 0; i < 60; i += 1) {
    await store.notes.add({
      workspaceId,
      editionId,
      authorRef: authors[i % authors.length]!,
      kind: kinds[i % kinds.length]!,
      text: `Note ${i + 1}: ${"the pace after Q4 dropped and the guest had to repeat the context twice ".repeat(3).trim()}`,
      requestKey: `seed-note-${i}`,
    });
  }
}
