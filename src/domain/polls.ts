/**
 * Pure rules for the team feedback poll: its questions, how long it may stay open, what a vote
 * button carries, from how many answers results are shown, and who has answered.
 *
 * Anonymity (docs/anonymity.md). An anonymous poll keeps who has answered (the turnout: user
 * references, to refuse a second answer and to remind the others) apart from the answers (the
 * ballot box: totals only, src/domain/ballot-box.ts), with nothing that links the two: no shared
 * key, no per-answer row, id, order or time. So neither a copy of the database, with or without
 * the secret, nor a moderator, nor the bot's messages can tell who answered what. The price: an
 * anonymous answer cannot be changed (that would need to know it), and figures are shown only
 * from minAnswers (k >= 3) answers. Named polls keep each vote under its voter and let it change.
 */
import { createHmac } from "node:crypto";
import { err, ok, type Result } from "../result.js";
import { DEFAULT_POLL_QUESTIONS, type Poll, type PollQuestion, type QuestionTally } from "./poll.js";
import type { SeriesSettings } from "./series.js";
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

/** The fewest answers an anonymous poll shows figures from; a setting can only raise it. */
export const MIN_ANONYMOUS_ANSWERS = 3;

/** A new poll's minAnswers: 1 for a named poll; for an anonymous one the setting, never under 3. */
export function minAnswersFor(anonymous: boolean, configured: number = MIN_ANONYMOUS_ANSWERS): number {
  if (!anonymous) return 1;
  return Number.isInteger(configured) && configured > MIN_ANONYMOUS_ANSWERS
    ? configured
    : MIN_ANONYMOUS_ANSWERS;
}

/** The most answers a poll may wait for before showing figures (more than any team). */
export const MAX_ANONYMOUS_ANSWERS = 100;

export type MinAnswersCheck = Result<number, "named" | "too_low" | "too_high">;

/**
 * A k asked for when opening a poll (`poll anonymous min 5`): only an anonymous poll has one (a
 * named poll shows every figure), and it can raise the floor of 3, never lower it.
 */
export function checkMinAnswers(anonymous: boolean, asked: number): MinAnswersCheck {
  if (!anonymous) return err("named");
  if (!Number.isInteger(asked) || asked < MIN_ANONYMOUS_ANSWERS) return err("too_low");
  if (asked > MAX_ANONYMOUS_ANSWERS) return err("too_high");
  return ok(asked);
}

/**
 * What a new poll shows and when: an anonymous poll never shows its tally before close (watching
 * it move would tell who just answered what) and shows figures only from minAnswers answers: the
 * k asked for when it was opened (checked with checkMinAnswers), else the series' setting.
 */
export function pollDisclosure(
  anonymous: boolean,
  settings: Pick<SeriesSettings, "showResultsBeforeClose" | "pollMinAnswers">,
  asked: number | null = null,
): { resultsVisible: boolean; minAnswers: number } {
  return {
    resultsVisible: !anonymous && settings.showResultsBeforeClose,
    minAnswers: minAnswersFor(anonymous, asked ?? settings.pollMinAnswers),
  };
}

/**
 * The tallies as they may be shown: a question fewer than minAnswers people answered shows no
 * figures, and comments fewer than minAnswers show none. Every view of results goes through this.
 */
export function publishableTallies(
  poll: Pick<Poll, "minAnswers">,
  tallies: readonly QuestionTally[],
): QuestionTally[] {
  const below = (n: number) => n > 0 && n < poll.minAnswers;
  return tallies.map((tally) => {
    const shown: QuestionTally = { ...tally };
    if (below(tally.votes)) {
      shown.counts = tally.counts.map(() => 0);
      shown.votes = 0;
      shown.average = null;
      shown.withheld = true;
    }
    if (below(tally.comments.length)) {
      shown.comments = [];
      shown.commentsWithheld = true;
    }
    return shown;
  });
}

/**
 * Anonymous polls opened before the ballot box kept each answer under HMAC(secret, pollId:user);
 * the migration moved those keys of still-open polls into the turnout as "legacy:<hmac>", so the
 * people behind them are recognised there. Needed only while such a poll is open (at most 30
 * days after the upgrade); new turnout rows hold the plain user reference.
 */
export function legacyVoter(pollId: string, userRef: UserRef, secret: string): string {
  return `legacy:${createHmac("sha256", secret).update(`${pollId}:${userRef}`).digest("hex")}`;
}

/** The names a person may have in an anonymous poll's turnout: their reference, and a legacy key. */
export function turnoutNames(pollId: string, userRef: UserRef, secret: string): string[] {
  return [userRef, legacyVoter(pollId, userRef, secret)];
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

/** Whether the tally may be shown now: at close, or before when a named poll shows it live. */
export function resultsShown(poll: Pick<Poll, "status" | "resultsVisible" | "anonymous">): boolean {
  return poll.status === "closed" || (poll.resultsVisible && !poll.anonymous);
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
