/**
 * The ballot box (src/domain/ballot-box.ts) in its PollBallotBox row: counts and comments as JSON
 * text, keys and comments in sorted order, so the row's text depends on the totals only.
 */
import { type BallotBox, emptyBallotBox } from "../domain/ballot-box.js";
import { POLL_SCALE } from "../domain/poll.js";
import { CorruptRowError, jsonObject } from "./prisma-support.js";

const TABLE = "PollBallotBox";

export interface BallotBoxColumns {
  counts: string;
  comments: string;
  respondents: number;
}

export function ballotBoxColumns(box: BallotBox): BallotBoxColumns {
  return {
    counts: JSON.stringify(box.counts),
    comments: JSON.stringify(box.comments),
    respondents: box.respondents,
  };
}

const isCountLine = (value: unknown): value is number[] | null =>
  value === null ||
  (Array.isArray(value) &&
    value.length === POLL_SCALE.length &&
    value.every((n) => Number.isInteger(n) && n >= 0));

export function ballotBoxOf(row: BallotBoxColumns): BallotBox {
  const counts = jsonObject<Record<string, unknown>>(row.counts, [TABLE, "counts"]);
  for (const line of Object.values(counts))
    if (!isCountLine(line)) throw new CorruptRowError(TABLE, "counts", row.counts);
  const comments: unknown = JSON.parse(row.comments);
  if (comments !== null && !(Array.isArray(comments) && comments.every((c) => typeof c === "string")))
    throw new CorruptRowError(TABLE, "comments", row.comments);
  return {
    counts: counts as BallotBox["counts"],
    comments: comments as string[] | null,
    respondents: row.respondents,
  };
}

/** The columns of a new poll's empty box. */
export function emptyBallotBoxColumns(questionIds: readonly string[]): BallotBoxColumns {
  return ballotBoxColumns(emptyBallotBox(questionIds));
}
