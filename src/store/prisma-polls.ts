import { type AnonymousAnswer, ballotBoxTallies } from "../domain/ballot-box.js";
import {
  DEFAULT_POLL_QUESTIONS,
  type NewPoll,
  type Poll,
  type PollVote,
  type QuestionTally,
} from "../domain/poll.js";
import { minAnswersFor } from "../domain/polls.js";
import type { PollRepository } from "../ports.js";
import { emptyBallotBoxColumns } from "./ballot-box-columns.js";
import type { DbOrTx } from "./database.js";
import { storeErrors } from "./errors.js";
import type { PollModel, PollQuestionModel } from "./generated/sqlite/models.js";
import {
  answeredParts,
  ballotBoxOfPoll,
  castAnonymous,
  sealAnonymousPoll,
  turnoutVoters,
} from "./prisma-ballots.js";
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
    minAnswers: row.minAnswers,
    questions: row.questions.map((q) => ({
      id: q.id,
      position: q.position,
      key: nullableOneOf(DEFAULT_POLL_QUESTIONS, q.key, ["PollQuestion", "key"]),
      label: q.label,
    })),
  };
}

export class PrismaPollRepository implements PollRepository {
  /**
   * `afterAnonymousWrite` runs once an anonymous poll's write has committed (SQLite: the WAL's
   * earlier page images are truncated away; see prisma-store.ts).
   */
  constructor(
    private readonly db: DbOrTx,
    private readonly afterAnonymousWrite: () => Promise<void> = async () => {},
  ) {}

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
        const poll = await tx.poll.create({
          data: {
            workspaceId: input.workspaceId,
            editionId: input.editionId,
            anonymous: input.anonymous,
            minAnswers: input.minAnswers ?? minAnswersFor(input.anonymous),
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
        if (poll.anonymous)
          await tx.pollBallotBox.create({
            data: { pollId: poll.id, ...emptyBallotBoxColumns(poll.questions.map((q) => q.id)) },
          });
        return poll;
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

  async ordinalInEdition(
    workspaceId: string,
    poll: Pick<Poll, "id" | "editionId" | "createdAt">,
  ): Promise<number> {
    return this.db.poll.count({
      where: {
        workspaceId,
        editionId: poll.editionId,
        OR: [{ createdAt: { lt: poll.createdAt } }, { createdAt: poll.createdAt, id: { lte: poll.id } }],
      },
    });
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
      where: { id: questionId, pollId, poll: { workspaceId, anonymous: false } },
      select: { id: true },
    });
    if (!question) throw storeErrors.poll(pollId);
    const where = { questionId_voterKey: { questionId, voterKey } };
    const update = { value: answer.value, comment: answer.comment };
    try {
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

  async votesOf(workspaceId: string, pollId: string, voterKey: string): Promise<PollVote[]> {
    const questions = await this.db.pollQuestion.findMany({
      where: { pollId, poll: { workspaceId, anonymous: false } },
      orderBy: { position: "asc" },
      include: { votes: { where: { voterKey } } },
    });
    return questions.flatMap((q) =>
      q.votes.map((v) => ({
        questionId: v.questionId,
        voterKey: v.voterKey,
        value: v.value,
        comment: v.comment,
      })),
    );
  }

  async castAnonymous(
    workspaceId: string,
    pollId: string,
    names: readonly string[],
    answer: AnonymousAnswer,
  ): Promise<boolean> {
    const cast = await castAnonymous(this.db, workspaceId, pollId, names, answer);
    if (cast) await this.afterAnonymousWrite();
    return cast;
  }

  answeredParts(workspaceId: string, pollId: string, names: readonly string[]): Promise<Set<string>> {
    return answeredParts(this.db, workspaceId, pollId, names);
  }

  private async kind(workspaceId: string, pollId: string) {
    return this.db.poll.findFirst({ where: { workspaceId, id: pollId }, select: { anonymous: true } });
  }

  private async namedVoters(workspaceId: string, pollId: string): Promise<Set<string>> {
    const votes = await this.db.pollVote.findMany({
      where: { question: { pollId, poll: { workspaceId } } },
      select: { voterKey: true },
      distinct: ["voterKey"],
    });
    return new Set(votes.map((v) => v.voterKey));
  }

  async voters(workspaceId: string, pollId: string): Promise<Set<string>> {
    const poll = await this.kind(workspaceId, pollId);
    if (!poll) return new Set();
    return poll.anonymous
      ? turnoutVoters(this.db, workspaceId, pollId)
      : this.namedVoters(workspaceId, pollId);
  }

  async respondents(workspaceId: string, pollId: string): Promise<number> {
    const poll = await this.kind(workspaceId, pollId);
    if (!poll) return 0;
    if (!poll.anonymous) return (await this.namedVoters(workspaceId, pollId)).size;
    return (await ballotBoxOfPoll(this.db, pollId))?.respondents ?? 0;
  }

  async tally(workspaceId: string, pollId: string): Promise<QuestionTally[]> {
    const poll = await this.get(workspaceId, pollId);
    if (!poll) return [];
    if (poll.anonymous) {
      const box = await ballotBoxOfPoll(this.db, pollId);
      return box ? ballotBoxTallies(poll, box) : [];
    }
    const questions = await this.db.pollQuestion.findMany({
      where: { pollId, poll: { workspaceId } },
      orderBy: { position: "asc" },
      // Values and comments only: a tally never carries who voted.
      include: { votes: { select: { value: true, comment: true } } },
    });
    return questions.map((q) => tallyQuestion(q.id, q.votes));
  }

  async close(workspaceId: string, id: string, at: Date): Promise<boolean> {
    const closed = await inTransaction(this.db, async (tx) => {
      const { count } = await tx.poll.updateMany({
        where: { workspaceId, id, status: "open" },
        data: { status: "closed", closedAt: at },
      });
      if (count !== 1) return null;
      const poll = await tx.poll.findFirstOrThrow({
        where: { id },
        select: { anonymous: true, minAnswers: true },
      });
      if (poll.anonymous) await sealAnonymousPoll(tx, id, poll.minAnswers);
      return poll;
    });
    if (closed?.anonymous) await this.afterAnonymousWrite();
    return closed !== null;
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
      where: { status: "open", closesAt: { lte: now }, workspace: { retiredAt: null } },
      orderBy: [{ closesAt: "asc" }, { id: "asc" }],
      include: withQuestions,
    });
    return rows.map(toPoll);
  }
}
