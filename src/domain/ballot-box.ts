/**
 * The ballot box of an anonymous poll: per question how many people answered 1, 2, ... 5, the
 * comments in sorted order, and how many people took part. Never a ballot: an answer is added to
 * the totals and forgotten, so nothing in the box (no row, id, order or time) can be matched with
 * the list of who answered (the turnout). The stores keep it in one row per poll, rewritten by
 * every answer. Why, and what it does not protect against: docs/anonymity.md.
 */
import { POLL_SCALE, type Poll, type QuestionTally } from "./poll.js";
import { commentQuestion } from "./polls.js";
import { compareText } from "./text.js";

export interface BallotBox {
  /** questionId -> counts[v - 1]; null once withheld at close (fewer answers than minAnswers). */
  counts: Record<string, number[] | null>;
  /** The comments in code-unit order; null once withheld at close. */
  comments: string[] | null;
  /** People who answered at least one part. */
  respondents: number;
}

/** One part of an anonymous poll, answered once: a question's rating, or the comment. */
export type AnonymousAnswer = { questionId: string; value: number } | { comment: string };

/** The turnout's name for the comment part (the other parts are question ids). */
export const COMMENT_PART = "comment";

export function partOf(answer: AnonymousAnswer): string {
  return "comment" in answer ? COMMENT_PART : answer.questionId;
}

const zeros = (): number[] => POLL_SCALE.map(() => 0);

/** Keys in sorted order, so the stored text says nothing about which question was answered first. */
function sortedCounts(counts: BallotBox["counts"]): BallotBox["counts"] {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => compareText(a, b)));
}

/** An empty box with a zero line for every question. */
export function emptyBallotBox(questionIds: readonly string[]): BallotBox {
  return {
    counts: sortedCounts(Object.fromEntries(questionIds.map((id) => [id, zeros()]))),
    comments: [],
    respondents: 0,
  };
}

/** The box with one more answer; `newVoter` when it is this person's first answer in the poll. */
export function addAnswer(box: BallotBox, answer: AnonymousAnswer, newVoter: boolean): BallotBox {
  const respondents = box.respondents + (newVoter ? 1 : 0);
  if ("comment" in answer)
    return { ...box, comments: [...(box.comments ?? []), answer.comment].sort(compareText), respondents };
  const counts = [...(box.counts[answer.questionId] ?? zeros())];
  counts[answer.value - 1] = (counts[answer.value - 1] ?? 0) + 1;
  return { ...box, counts: sortedCounts({ ...box.counts, [answer.questionId]: counts }), respondents };
}

const total = (counts: readonly number[]): number => counts.reduce((sum, n) => sum + n, 0);

/**
 * What the box keeps once the poll is closed: the figures of a question fewer than `minAnswers`
 * people answered, and the comments when fewer than `minAnswers` were left, are erased (never
 * shown, so never kept).
 */
export function sealBallotBox(box: BallotBox, minAnswers: number): BallotBox {
  const below = (n: number) => n > 0 && n < minAnswers;
  const counts = Object.fromEntries(
    Object.entries(box.counts).map(([id, c]) => [id, c === null || below(total(c)) ? null : c]),
  );
  const comments = box.comments === null || below(box.comments.length) ? null : box.comments;
  return { counts, comments, respondents: box.respondents };
}

/** The box as tallies in question order; the comments sit on the comment question. */
export function ballotBoxTallies(poll: Pick<Poll, "questions">, box: BallotBox): QuestionTally[] {
  const commentsOn = commentQuestion(poll)?.id;
  return [...poll.questions]
    .sort((a, b) => a.position - b.position)
    .map((question) => {
      const line = box.counts[question.id];
      const counts = line ?? zeros();
      const votes = total(counts);
      const sum = counts.reduce((acc, n, i) => acc + n * (i + 1), 0);
      const tally: QuestionTally = {
        questionId: question.id,
        counts,
        votes,
        average: votes === 0 ? null : sum / votes,
        comments: question.id === commentsOn ? (box.comments ?? []) : [],
      };
      if (line === null) tally.withheld = true;
      if (question.id === commentsOn && box.comments === null) tally.commentsWithheld = true;
      return tally;
    });
}
