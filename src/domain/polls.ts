/**
 * Pure rules for the team feedback poll: its questions, how long it may stay open, what a vote
 * button carries, and who a vote is recorded under.
 *
 * Anonymity. In an anonymous poll a vote is stored under HMAC-SHA256(secret, pollId + ":" +
 * userRef), never under the user reference. The secret lives in the configuration, not in the
 * database, so the database (and every export made from it, which only ever reads the tally)
 * holds no way back from a vote to a person: nobody, moderators included, can learn who voted
 * what. The key is still stable per poll and person, so a vote can be changed and a reminder can
 * skip people who voted. What it does not protect against: someone holding BOTH the secret and
 * the database can recompute every member's key and match it; and a tiny team (one voter) is
 * identifiable by arithmetic, which no storage scheme prevents.
 */
import { createHmac } from "node:crypto";
import { err, ok, type Result } from "../result.js";
import { DEFAULT_POLL_QUESTIONS, type Poll, type PollQuestion, type QuestionTally } from "./poll.js";
import type { UserRef } from "./workspace.js";

/** Shortest and longest time a poll may stay open. */
export const POLL_MIN_MS = 5 * 60_000;
export const POLL_MAX_MS = 30 * 24 * 3_600_000;

/** Longest comment kept with a vote. */
export const POLL_COMMENT_MAX_LENGTH = 1000;

/** Button values are at most 80 characters (Discord custom_id). */
export const BUTTON_VALUE_MAX = 80;

/** The questions of a new poll: the series' own wordings, else the five default keys. */
export function pollQuestionsFor(
  custom: readonly string[] | null,
): Array<Pick<PollQuestion, "key" | "label">> {
  const wordings = (custom ?? []).map((label) => label.trim()).filter((label) => label !== "");
  if (wordings.length > 0) return wordings.map((label) => ({ key: null, label }));
  return DEFAULT_POLL_QUESTIONS.map((key) => ({ key, label: null }));
}

export type PollLengthCheck = Result<number, "too_short" | "too_long">;

export function checkPollLength(ms: number): PollLengthCheck {
  if (ms < POLL_MIN_MS) return err("too_short");
  if (ms > POLL_MAX_MS) return err("too_long");
  return ok(ms);
}

/** The key a vote is stored under (see the module comment for why). */
export function voterKeyOf(poll: Pick<Poll, "id" | "anonymous">, userRef: UserRef, secret: string): string {
  if (!poll.anonymous) return userRef;
  return createHmac("sha256", secret).update(`${poll.id}:${userRef}`).digest("hex");
}

/**
 * The question that carries free-text comments: "overall" when the poll has it, else its last
 * question. One comment per voter, stored beside their vote on that question.
 */
export function commentQuestion(poll: Pick<Poll, "questions">): PollQuestion | null {
  const sorted = [...poll.questions].sort((a, b) => a.position - b.position);
  return sorted.find((q) => q.key === "overall") ?? sorted[sorted.length - 1] ?? null;
}

export interface VoteChoice {
  pollId: string;
  questionId: string;
  value: number;
}

/** "<pollId>:<questionId>:<value>", what a vote button carries. */
export function voteButtonValue(choice: VoteChoice): string {
  return `${choice.pollId}:${choice.questionId}:${choice.value}`;
}

/** Reads a vote button's value back; null when it is not one (old or forged payload). */
export function parseVoteButtonValue(value: string): VoteChoice | null {
  const parts = value.split(":");
  if (parts.length !== 3) return null;
  const [pollId, questionId, raw] = parts as [string, string, string];
  const number = Number(raw);
  if (pollId === "" || questionId === "" || !isScaleValue(number)) return null;
  return { pollId, questionId, value: number };
}

export function isScaleValue(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** Whether the tally may be shown now. */
export function resultsShown(poll: Pick<Poll, "status" | "resultsVisible">): boolean {
  return poll.status === "closed" || poll.resultsVisible;
}

/** Polls whose deadline has passed and that are still open. */
export function isDue(poll: Pick<Poll, "status" | "closesAt">, now: Date): boolean {
  return poll.status === "open" && poll.closesAt !== null && poll.closesAt.getTime() <= now.getTime();
}

/** Tallies in question order, with an empty tally for questions nobody answered. */
export function tallyInOrder(
  poll: Pick<Poll, "questions">,
  tallies: readonly QuestionTally[],
): QuestionTally[] {
  return [...poll.questions]
    .sort((a, b) => a.position - b.position)
    .map(
      (question) =>
        tallies.find((t) => t.questionId === question.id) ?? {
          questionId: question.id,
          counts: [0, 0, 0, 0, 0],
          votes: 0,
          average: null,
          comments: [],
        },
    );
}
