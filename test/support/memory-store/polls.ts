import { randomUUID } from "node:crypto";
import {
  type AnonymousAnswer,
  addAnswer,
  ballotBoxTallies,
  COMMENT_PART,
  emptyBallotBox,
  partOf,
  sealBallotBox,
} from "../../../src/domain/ballot-box.js";
import type { NewPoll, Poll, PollVote, QuestionTally } from "../../../src/domain/poll.js";
import { isScaleValue, minAnswersFor } from "../../../src/domain/polls.js";
import type { PollRepository } from "../../../src/ports.js";
import { storeErrors } from "../../../src/store/errors.js";
import { compareText, isVoteValue, questionPosition, tallyQuestion } from "../../../src/store/rules.js";
import { copy, isRetired, type MemoryDb, newId, requireRow } from "./tables.js";

export class MemoryPolls implements PollRepository {
  constructor(private readonly db: MemoryDb) {}

  private toPoll(row: MemoryDb["t"]["polls"][number]): Poll {
    const { requestKey: _, ...poll } = copy(row);
    const questions = this.db.t.questions
      .filter((q) => q.pollId === row.id)
      .sort((a, b) => a.position - b.position)
      .map(({ pollId: _p, ...q }) => copy(q));
    return { ...poll, questions };
  }

  private row(workspaceId: string, id: string) {
    return this.db.t.polls.find((p) => p.workspaceId === workspaceId && p.id === id);
  }

  private newestFirst(workspaceId: string, editionId: string) {
    return this.db.t.polls
      .map((p, index) => ({ p, index }))
      .filter(({ p }) => p.workspaceId === workspaceId && p.editionId === editionId)
      .sort((a, b) => b.p.createdAt.getTime() - a.p.createdAt.getTime() || b.index - a.index)
      .map(({ p }) => p);
  }

  async create(input: NewPoll): Promise<{ poll: Poll; created: boolean }> {
    if (input.requestKey) {
      const existing = this.db.t.polls.find((p) => p.requestKey === input.requestKey);
      if (existing && existing.workspaceId !== input.workspaceId) throw storeErrors.requestKeyTaken();
      if (existing) return { poll: this.toPoll(existing), created: false };
    }
    requireRow.edition(this.db, input.workspaceId, input.editionId);
    const id = newId();
    this.db.t.polls.push({
      id,
      workspaceId: input.workspaceId,
      editionId: input.editionId,
      anonymous: input.anonymous,
      status: "open",
      resultsVisible: input.resultsVisible,
      closesAt: input.closesAt,
      createdBy: input.createdBy,
      channelRef: input.channelRef,
      messageRef: null,
      requestKey: input.requestKey ?? null,
      createdAt: this.db.clock.now(),
      closedAt: null,
      minAnswers: input.minAnswers ?? minAnswersFor(input.anonymous),
    });
    const questionIds = input.questions.map((q, index) => {
      const questionId = newId();
      this.db.t.questions.push({
        id: questionId,
        pollId: id,
        position: questionPosition(index),
        key: q.key,
        label: q.label,
      });
      return questionId;
    });
    if (input.anonymous) this.db.t.ballotBoxes.push({ pollId: id, ...emptyBallotBox(questionIds) });
    return { poll: this.toPoll(this.row(input.workspaceId, id)!), created: true };
  }

  async get(workspaceId: string, id: string): Promise<Poll | null> {
    const row = this.row(workspaceId, id);
    return row ? this.toPoll(row) : null;
  }

  async openForEdition(workspaceId: string, editionId: string): Promise<Poll | null> {
    const row = this.newestFirst(workspaceId, editionId).find((p) => p.status === "open");
    return row ? this.toPoll(row) : null;
  }

  async latestForEdition(workspaceId: string, editionId: string): Promise<Poll | null> {
    const row = this.newestFirst(workspaceId, editionId)[0];
    return row ? this.toPoll(row) : null;
  }

  async ordinalInEdition(
    workspaceId: string,
    poll: Pick<Poll, "id" | "editionId" | "createdAt">,
  ): Promise<number> {
    const oldestFirst = this.newestFirst(workspaceId, poll.editionId).reverse();
    return oldestFirst.findIndex((p) => p.id === poll.id) + 1;
  }

  async setMessage(workspaceId: string, id: string, channelRef: string, messageRef: string): Promise<void> {
    const row = this.row(workspaceId, id);
    if (!row) throw storeErrors.poll(id);
    row.channelRef = channelRef;
    row.messageRef = messageRef;
  }

  async vote(
    workspaceId: string,
    pollId: string,
    questionId: string,
    voterKey: string,
    answer: { value?: number | null; comment?: string | null },
  ): Promise<void> {
    if (answer.value !== undefined && !isVoteValue(answer.value)) throw storeErrors.voteValue(answer.value);
    const poll = this.row(workspaceId, pollId);
    if (
      !poll ||
      poll.anonymous ||
      !this.db.t.questions.some((q) => q.pollId === pollId && q.id === questionId)
    )
      throw storeErrors.poll(pollId);
    const row = this.db.t.votes.find((v) => v.questionId === questionId && v.voterKey === voterKey);
    if (row) {
      if (answer.value !== undefined) row.value = answer.value;
      if (answer.comment !== undefined) row.comment = answer.comment;
      return;
    }
    this.db.t.votes.push({
      id: randomUUID(),
      questionId,
      voterKey,
      value: answer.value ?? null,
      comment: answer.comment ?? null,
    });
  }

  private votesOfPoll(workspaceId: string, pollId: string) {
    const poll = this.row(workspaceId, pollId);
    if (!poll || poll.anonymous) return [];
    const questions = this.db.t.questions
      .filter((q) => q.pollId === pollId)
      .sort((a, b) => a.position - b.position);
    return questions.map((q) => ({ q, votes: this.db.t.votes.filter((v) => v.questionId === q.id) }));
  }

  async votesOf(workspaceId: string, pollId: string, voterKey: string): Promise<PollVote[]> {
    return this.votesOfPoll(workspaceId, pollId).flatMap(({ votes }) =>
      votes.filter((v) => v.voterKey === voterKey).map(({ id: _, ...vote }) => copy(vote)),
    );
  }

  private box(pollId: string) {
    const box = this.db.t.ballotBoxes.find((b) => b.pollId === pollId);
    if (!box) throw new Error(`poll ${pollId} has no ballot box`);
    return box;
  }

  private replaceBox(pollId: string, next: ReturnType<typeof emptyBallotBox>) {
    const index = this.db.t.ballotBoxes.indexOf(this.box(pollId));
    this.db.t.ballotBoxes[index] = { pollId, ...copy(next) };
  }

  async castAnonymous(
    workspaceId: string,
    pollId: string,
    names: readonly string[],
    answer: AnonymousAnswer,
  ): Promise<boolean> {
    const [name] = names;
    if (!name) throw new Error("castAnonymous needs the voter's name");
    if ("value" in answer && !isScaleValue(answer.value)) throw storeErrors.voteValue(answer.value);
    const poll = this.row(workspaceId, pollId);
    const part = partOf(answer);
    const known =
      part === COMMENT_PART || this.db.t.questions.some((q) => q.pollId === pollId && q.id === part);
    if (!poll?.anonymous || !known) throw storeErrors.poll(pollId);
    const mine = this.db.t.turnout.filter((r) => r.pollId === pollId && names.includes(r.voter));
    if (mine.some((r) => r.part === part)) return false;
    this.db.t.turnout.push({ pollId, part, voter: name });
    const { pollId: _, ...box } = this.box(pollId);
    this.replaceBox(pollId, addAnswer(box, answer, mine.length === 0));
    return true;
  }

  async answeredParts(workspaceId: string, pollId: string, names: readonly string[]): Promise<Set<string>> {
    if (!this.row(workspaceId, pollId)) return new Set();
    return new Set(
      this.db.t.turnout.filter((r) => r.pollId === pollId && names.includes(r.voter)).map((r) => r.part),
    );
  }

  async voters(workspaceId: string, pollId: string): Promise<Set<string>> {
    const poll = this.row(workspaceId, pollId);
    if (poll?.anonymous)
      return new Set(this.db.t.turnout.filter((r) => r.pollId === pollId).map((r) => r.voter));
    return new Set(
      this.votesOfPoll(workspaceId, pollId).flatMap(({ votes }) => votes.map((v) => v.voterKey)),
    );
  }

  async respondents(workspaceId: string, pollId: string): Promise<number> {
    const poll = this.row(workspaceId, pollId);
    if (poll?.anonymous) return this.box(pollId).respondents;
    return (await this.voters(workspaceId, pollId)).size;
  }

  async tally(workspaceId: string, pollId: string): Promise<QuestionTally[]> {
    const poll = this.row(workspaceId, pollId);
    if (poll?.anonymous) return ballotBoxTallies(this.toPoll(poll), this.box(pollId));
    return this.votesOfPoll(workspaceId, pollId).map(({ q, votes }) => tallyQuestion(q.id, votes));
  }

  async close(workspaceId: string, id: string, at: Date): Promise<boolean> {
    const row = this.row(workspaceId, id);
    if (row?.status !== "open") return false;
    row.status = "closed";
    row.closedAt = at;
    if (row.anonymous) {
      this.db.t.turnout = this.db.t.turnout.filter((r) => r.pollId !== id);
      const { pollId: _, ...box } = this.box(id);
      this.replaceBox(id, sealBallotBox(box, row.minAnswers));
    }
    return true;
  }

  async listOpen(workspaceId: string): Promise<Poll[]> {
    return this.db.t.polls
      .filter((p) => p.workspaceId === workspaceId && p.status === "open")
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((p) => this.toPoll(p));
  }

  async listDueAcrossWorkspaces(now: Date): Promise<Poll[]> {
    return this.db.t.polls
      .filter(
        (p) =>
          p.status === "open" &&
          p.closesAt !== null &&
          p.closesAt <= now &&
          !isRetired(this.db, p.workspaceId),
      )
      .sort((a, b) => a.closesAt!.getTime() - b.closesAt!.getTime() || compareText(a.id, b.id))
      .map((p) => this.toPoll(p));
  }
}
