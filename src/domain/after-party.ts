import type { UserRef } from "./workspace.js";

/** A message captured in an after-party thread. */
export interface AfterPartyMessage {
  id: string;
  workspaceId: string;
  editionId: string;
  externalId: string;
  authorRef: UserRef;
  text: string;
  isQuestion: boolean;
  /** External id of the first message by someone else answering it (a reply to it). */
  answeredBy: string | null;
  escalatedAt: Date | null;
  createdAt: Date;
}

export interface AfterPartySummary {
  messages: number;
  participants: number;
  questions: number;
  answered: number;
  open: number;
}
