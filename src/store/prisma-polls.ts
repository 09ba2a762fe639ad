import {
  DEFAULT_POLL_QUESTIONS,
  type NewPoll,
  type Poll,
  type PollVote,
  type QuestionTally,
} from "../domain/poll.js";
import type { PollRepository } from "../ports.js";
import type { DbOrTx } from "./database.js";
import { storeErrors } from "./errors.js";
import type { PollModel, PollQuestionModel } from "./generated/sqlite/models.js";
import { inTransaction, isUniqueViolation, nullableOneOf, oneOf } from "./prisma-support.js";
import { isVoteValue, questionPosition, tallyQuestion } from "./rules.js";

const withQuestions = { questions: { orderBy: { position: "asc" as const } } };

export function toPoll(row: PollModel & { questions: PollQuestionModel[] }): Poll {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    editionId: row.editionId,
    anonymous: row.anonymous,
    status: oneOf(["open", "closed"] as const, row.status, ["Poll", "status"]),
    resultsVisible: row.resultsVisible,
    closesAt: row.closesAt,
    createdBy: row.createdBy,
    channelRef: row.channelRef,
    messageRef: row.messageRef,
    createdAt: row.createdAt,
    closedAt: row.closedAt,
    questions: row.questions.map((q) => ({
      id: q.id,
      position: q.position,
      key: nullableOneOf(DEFAULT_POLL_QUESTIONS, q.key, ["PollQuestion", "key"]),
      label: q.label,
    })),
  };
}

export class PrismaPollRepository implements PollRepository {
  constructor(private readonly db: DbOrTx) {}

  private async byRequestKey(input: NewPoll): Promise<Poll | null> {
    if (!input.requestKey) return null;
    const row = await this.db.poll.findUnique({
      where: { requestKey: input.requestKey },
      include: withQuestions,
    });
    if (row && row.workspaceId !== input.workspaceId) throw storeErrors.requestKeyTaken();
    return row ? toPoll(row) : null;
  }

  async create(input: NewPoll): Promise<{ poll: Poll; created: boolean }> {
    const existing = await this.byRequestKey(input);
    if (existing) return { poll: existing, created: false };
    try {
      const row = await inTransaction(this.db, async (tx) => {
        const edition = await tx.edition.findFirst({
          where: { id: input.editionId, workspaceId: input.workspaceId },
          select: { id: true },
        });
        if (!edition) throw storeErrors.edition(input.editionId);
        return tx.poll.create({
          data: {
            workspaceId: input.workspaceId,
            editionId: input.editionId,
            anonymous: input.anonymous,
            resultsVisible: input.resultsVisible,
            closesAt: input.closesAt,
            createdBy: input.createdBy,
            channelRef: input.channelRef,
            requestKey: input.requestKey ?? null,
            questions: {
              create: input.questions.map((q, i) => ({
                position: questionPosition(i),
                key: q.key,
                label: q.label,
              })),
            },
          },
          include: withQuestions,
        });
      });
      return { poll: toPoll(row), created: true };
    } catch (error) {
      const raced = isUniqueViolation(error) ? await this.byRequestKey(input) : null;
      if (!raced) throw error;
      return { poll: raced, created: false };
    }
  }

  async get(workspaceId: string, id: string): Promise<Poll | null> {
    const row = await this.db.poll.findFirst({ where: { workspaceId, id }, include: withQuestions });
    return row ? toPoll(row) : null;
  }

  async openForEdition(workspaceId: string, editionId: string): Promise<Poll | null> {
    const row = await this.db.poll.findFirst({
      where: { workspaceId, editionId, status: "open" },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      include: withQuestions,
    });
    return row ? toPoll(row) : null;
  }

  async latestForEdition(workspaceId: string, editionId: string): Promise<Poll | null> {
    const row = await this.db.poll.findFirst({
      where: { workspaceId, editionId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      include: withQuestions,
    });
    return row ? toPoll(row) : null;
  }

  async setMessage(workspaceId: string, id: string, channelRef: string, messageRef: string): Promise<void> {
    const { count } = await this.db.poll.updateMany({
      where: { workspaceId, id },
      data: { channelRef, messageRef },
    });
    if (count === 0) throw storeErrors.poll(id);
  }

  async vote(
    workspaceId: string,
    pollId: string,
    questionId: string,
    voterKey: string,
    answer: { value?: number | null; comment?: string | null },
  ): Promise<void> {
    if (answer.value !== undefined && !isVoteValue(answer.value)) throw storeErrors.voteValue(answer.value);
    const question = await this.db.pollQuestion.findFirst({
      where: { id: questionId, pollId, poll: { workspaceId } },
      select: { id: true },
    });
    if (!question) throw storeErrors.poll(pollId);
    const where = { questionId_voterKey: { questionId, voterKey } };
    const update = { value: answer.value, comment: answer.comment };
    try {
      // No timestamps and a random uuid id (schema default): an anonymous vote says nothing of who or when.
      await this.db.pollVote.upsert({
        where,
        create: { questionId, voterKey, value: answer.value ?? null, comment: answer.comment ?? null },
        update,
      });
    } catch (error) {
      // Two votes by one voter at once: both saw no row, one inserted; the other becomes an update.
      if (!isUniqueViolation(error)) throw error;
      await this.db.pollVote.update({ where, data: update });
    }
  }

  private async votesOfPoll(workspaceId: string, pollId: string, voterKey?: string) {
    return this.db.pollQuestion.findMany({
      where: { pollId, poll: { workspaceId } },
      orderBy: { position: "asc" },
      include: { votes: { where: voterKey === undefined ? {} : { voterKey } } },
    });
  }

  async votesOf(workspaceId: string, pollId: string, voterKey: string): Promise<PollVote[]> {
    const questions = await this.votesOfPoll(workspaceId, pollId, voterKey);
    return questions.flatMap((q) =>
      q.votes.map((v) => ({
        questionId: v.questionId,
        voterKey: v.voterKey,
        value: v.value,
        comment: v.comment,
      })),
    );
  }

  async voterKeys(workspaceId: string, pollId: string): Promise<Set<string>> {
    const votes = await this.db.pollVote.findMany({
      where: { question: { pollId, poll: { workspaceId } } },
      select: { voterKey: true },
      distinct: ["voterKey"],
    });
    return new Set(votes.map((v) => v.voterKey));
  }

  async tally(workspaceId: string, pollId: string): Promise<QuestionTally[]> {
    const questions = await this.db.pollQuestion.findMany({
      where: { pollId, poll: { workspaceId } },
      orderBy: { position: "asc" },
      // Values and comments only: a tally never carries who voted.
      include: { votes: { select: { value: true, comment: true } } },
    });
    return questions.map((q) => tallyQuestion(q.id, q.votes));
  }

  async close(workspaceId: string, id: string, at: Date): Promise<boolean> {
    const { count } = await this.db.poll.updateMany({
      where: { workspaceId, id, status: "open" },
      data: { status: "closed", closedAt: at },
    });
    return count === 1;
  }

  async listOpen(workspaceId: string): Promise<Poll[]> {
    const rows = await this.db.poll.findMany({
      where: { workspaceId, status: "open" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      include: withQuestions,
    });
    return rows.map(toPoll);
  }

  async listDueAcrossWorkspaces(now: Date): Promise<Poll[]> {
    const rows = await this.db.poll.findMany({
      where: { status: "open", closesAt: { lte: now } },
      orderBy: [{ closesAt: "asc" }, { id: "asc" }],
      include: withQuestions,
    });
    return rows.map(toPoll);
  }
}
