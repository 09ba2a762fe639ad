import { randomUUID } from "node:crypto";
import type { NewPoll, Poll, PollVote, QuestionTally } from "../../../src/domain/poll.js";
import type { PollRepository } from "../../../src/ports.js";
import { storeErrors } from "../../../src/store/errors.js";
import { compareText, isVoteValue, questionPosition, tallyQuestion } from "../../../src/store/rules.js";
import { copy, type MemoryDb, newId, requireRow } from "./tables.js";

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
    });
    input.questions.forEach((q, index) => {
      this.db.t.questions.push({
        id: newId(),
        pollId: id,
        position: questionPosition(index),
        key: q.key,
        label: q.label,
      });
    });
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
    if (!poll || !this.db.t.questions.some((q) => q.pollId === pollId && q.id === questionId))
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
    if (!poll) return [];
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

  async voterKeys(workspaceId: string, pollId: string): Promise<Set<string>> {
    return new Set(
      this.votesOfPoll(workspaceId, pollId).flatMap(({ votes }) => votes.map((v) => v.voterKey)),
    );
  }

  async tally(workspaceId: string, pollId: string): Promise<QuestionTally[]> {
    return this.votesOfPoll(workspaceId, pollId).map(({ q, votes }) => tallyQuestion(q.id, votes));
  }

  async close(workspaceId: string, id: string, at: Date): Promise<boolean> {
    const row = this.row(workspaceId, id);
    if (row?.status !== "open") return false;
    row.status = "closed";
    row.closedAt = at;
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
      .filter((p) => p.status === "open" && p.closesAt !== null && p.closesAt <= now)
      .sort((a, b) => a.closesAt!.getTime() - b.closesAt!.getTime() || compareText(a.id, b.id))
      .map((p) => this.toPoll(p));
  }
}
