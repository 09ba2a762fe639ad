/**
 * Anonymous polls on Prisma: the turnout (who answered which part) and the ballot box (totals),
 * written together and linked by nothing (docs/anonymity.md). The box is one row per poll that
 * every answer rewrites: no per-answer row, so no rowid, heap order, id or time tells answers
 * apart. Concurrent answers retry on the box's version instead of overwriting each other.
 */
import {
  type AnonymousAnswer,
  addAnswer,
  type BallotBox,
  COMMENT_PART,
  partOf,
  sealBallotBox,
} from "../domain/ballot-box.js";
import { isScaleValue } from "../domain/polls.js";
import { ballotBoxColumns, ballotBoxOf } from "./ballot-box-columns.js";
import type { DbOrTx, Tx } from "./database.js";
import { storeErrors } from "./errors.js";
import { CorruptRowError, inTransaction, isUniqueViolation } from "./prisma-support.js";

/** Far more than concurrent answers to one poll ever race; past it something is wrong. */
const MAX_BOX_RETRIES = 100;

async function readBox(tx: Tx, pollId: string): Promise<{ box: BallotBox; version: number }> {
  const row = await tx.pollBallotBox.findUnique({ where: { pollId } });
  if (!row) throw new CorruptRowError("PollBallotBox", "pollId", pollId);
  return { box: ballotBoxOf(row), version: row.version };
}

/** Rewrites the box with `change` applied, retrying when another answer wrote it meanwhile. */
async function rewriteBox(tx: Tx, pollId: string, change: (box: BallotBox) => Promise<BallotBox>) {
  for (let attempt = 0; attempt < MAX_BOX_RETRIES; attempt += 1) {
    const { box, version } = await readBox(tx, pollId);
    const next = await change(box);
    const { count } = await tx.pollBallotBox.updateMany({
      where: { pollId, version },
      data: { ...ballotBoxColumns(next), version: version + 1 },
    });
    if (count === 1) return;
  }
  throw new Error(`the ballot box of poll ${pollId} kept changing under ${MAX_BOX_RETRIES} attempts`);
}

/** See PollRepository.castAnonymous. Runs its own transaction: call it outside one. */
export async function castAnonymous(
  db: DbOrTx,
  workspaceId: string,
  pollId: string,
  names: readonly string[],
  answer: AnonymousAnswer,
): Promise<boolean> {
  const [name] = names;
  if (!name) throw new Error("castAnonymous needs the voter's name");
  if ("value" in answer && !isScaleValue(answer.value)) throw storeErrors.voteValue(answer.value);
  const part = partOf(answer);
  try {
    return await inTransaction(db, async (tx) => {
      const poll = await tx.poll.findFirst({
        where: { id: pollId, workspaceId, anonymous: true },
        select: { questions: { select: { id: true } } },
      });
      if (!poll || (part !== COMMENT_PART && !poll.questions.some((q) => q.id === part)))
        throw storeErrors.poll(pollId);
      const mine = { pollId, voter: { in: [...names] } };
      if (await tx.pollTurnout.findFirst({ where: { ...mine, part }, select: { part: true } })) return false;
      await tx.pollTurnout.create({ data: { pollId, part, voter: name } });
      await rewriteBox(tx, pollId, async (box) => {
        // Read again on a retry: a concurrent answer of the same person may have committed since.
        const before = await tx.pollTurnout.count({ where: { ...mine, part: { not: part } } });
        return addAnswer(box, answer, before === 0);
      });
      return true;
    });
  } catch (error) {
    // The same person and part at once (double click, retried delivery): one row won.
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

export async function answeredParts(
  db: DbOrTx,
  workspaceId: string,
  pollId: string,
  names: readonly string[],
): Promise<Set<string>> {
  const rows = await db.pollTurnout.findMany({
    where: { pollId, voter: { in: [...names] }, poll: { workspaceId } },
    select: { part: true },
  });
  return new Set(rows.map((r) => r.part));
}

export async function turnoutVoters(db: DbOrTx, workspaceId: string, pollId: string): Promise<Set<string>> {
  const rows = await db.pollTurnout.findMany({
    where: { pollId, poll: { workspaceId } },
    select: { voter: true },
    distinct: ["voter"],
  });
  return new Set(rows.map((r) => r.voter));
}

export async function ballotBoxOfPoll(db: DbOrTx, pollId: string): Promise<BallotBox | null> {
  const row = await db.pollBallotBox.findUnique({ where: { pollId } });
  return row ? ballotBoxOf(row) : null;
}

/** At close, in the closing transaction: who answered is forgotten, figures under minAnswers erased. */
export async function sealAnonymousPoll(tx: Tx, pollId: string, minAnswers: number): Promise<void> {
  await tx.pollTurnout.deleteMany({ where: { pollId } });
  await rewriteBox(tx, pollId, async (box) => sealBallotBox(box, minAnswers));
}
