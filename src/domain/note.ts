import type { UserRef } from "./workspace.js";

export const NOTE_KINDS = ["good", "bad", "best", "insight"] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** A debrief note a team member files about an edition. */
export interface Note {
  id: string;
  workspaceId: string;
  editionId: string;
  authorRef: UserRef;
  kind: NoteKind;
  text: string;
  createdAt: Date;
  updatedAt: Date;
}

export type NewNote = Pick<Note, "workspaceId" | "editionId" | "authorRef" | "kind" | "text"> & {
  /** Platform delivery key: a retried delivery returns the note it already made. */
  requestKey?: string | null;
};
