import type { ChannelRef, UserRef } from "./workspace.js";

export const DEFAULT_POLL_QUESTIONS = ["pacing", "questions", "engagement", "tooling", "overall"] as const;
export type DefaultPollQuestion = (typeof DEFAULT_POLL_QUESTIONS)[number];

export const POLL_SCALE = [1, 2, 3, 4, 5] as const;

export interface PollQuestion {
  id: string;
  position: number;
  /** Catalogue key of a default question; null for a custom one. */
  key: DefaultPollQuestion | null;
  /** Wording of a custom question; null for default ones (translated when shown). */
  label: string | null;
}

export interface Poll {
  id: string;
  workspaceId: string;
  editionId: string;
  anonymous: boolean;
  status: "open" | "closed";
  resultsVisible: boolean;
  closesAt: Date | null;
  createdBy: UserRef;
  channelRef: ChannelRef | null;
  messageRef: string | null;
  createdAt: Date;
  closedAt: Date | null;
  /**
   * A question's figures, and the comments, are shown only once this many people answered
   * (k >= 3 for anonymous polls, 1 for named ones); stated on the poll.
   */
  minAnswers: number;
  questions: PollQuestion[];
}

export type NewPoll = Pick<
  Poll,
  "workspaceId" | "editionId" | "anonymous" | "resultsVisible" | "closesAt" | "createdBy" | "channelRef"
> & {
  questions: Array<Pick<PollQuestion, "key" | "label">>;
  requestKey?: string | null;
  /** Default: minAnswersFor(anonymous) (src/domain/polls.ts). */
  minAnswers?: number;
};

/**
 * One voter's answer to one question of a NAMED poll, under their user reference (`voterKey`).
 * Anonymous polls have no such rows: see src/domain/ballot-box.ts.
 */
export interface PollVote {
  questionId: string;
  voterKey: string;
  value: number | null;
  comment: string | null;
}

/** Aggregated answers to one question: no voter keys, ever. */
export interface QuestionTally {
  questionId: string;
  /** counts[v - 1] = number of votes with value v (1..5). */
  counts: number[];
  votes: number;
  average: number | null;
  comments: string[];
  /** The figures are hidden: fewer answers than the poll's minAnswers (counts are then zeros). */
  withheld?: boolean;
  /** The comments are hidden: fewer than the poll's minAnswers were left (comments is then empty). */
  commentsWithheld?: boolean;
}
