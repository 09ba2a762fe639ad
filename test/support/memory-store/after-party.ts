import type { AfterPartyMessage, AfterPartySummary } from "../../../src/domain/after-party.js";
import type { AfterPartyRepository } from "../../../src/ports.js";
import { copy, type MemoryDb, newId, requireRow } from "./tables.js";

export class MemoryAfterParty implements AfterPartyRepository {
  constructor(private readonly db: MemoryDb) {}

  private ofEdition(workspaceId: string, editionId: string) {
    return this.db.t.afterParty.filter((m) => m.workspaceId === workspaceId && m.editionId === editionId);
  }

  async record(
    input: Omit<AfterPartyMessage, "id" | "answeredBy" | "escalatedAt">,
  ): Promise<AfterPartyMessage> {
    const existing = this.db.t.afterParty.find(
      (m) => m.workspaceId === input.workspaceId && m.externalId === input.externalId,
    );
    if (existing) return copy(existing);
    requireRow.edition(this.db, input.workspaceId, input.editionId);
    const row = { ...copy(input), id: newId(), answeredBy: null, escalatedAt: null };
    this.db.t.afterParty.push(row);
    return copy(row);
  }

  async get(workspaceId: string, id: string): Promise<AfterPartyMessage | null> {
    const row = this.db.t.afterParty.find((m) => m.workspaceId === workspaceId && m.id === id);
    return row ? copy(row) : null;
  }

  async markAnswered(workspaceId: string, externalId: string, answeredBy: string): Promise<void> {
    const row = this.db.t.afterParty.find(
      (m) => m.workspaceId === workspaceId && m.externalId === externalId,
    );
    // The first answer counts: a later reply does not replace it.
    if (row && row.answeredBy === null) row.answeredBy = answeredBy;
  }

  async dueForEscalation(
    workspaceId: string,
    editionId: string,
    olderThan: Date,
  ): Promise<AfterPartyMessage[]> {
    return this.ofEdition(workspaceId, editionId)
      .filter(
        (m) => m.isQuestion && m.answeredBy === null && m.escalatedAt === null && m.createdAt < olderThan,
      )
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map(copy);
  }

  async markEscalated(workspaceId: string, id: string, at: Date): Promise<void> {
    const row = this.db.t.afterParty.find((m) => m.workspaceId === workspaceId && m.id === id);
    if (row) row.escalatedAt = at;
  }

  async summary(workspaceId: string, editionId: string): Promise<AfterPartySummary> {
    const rows = this.ofEdition(workspaceId, editionId);
    const questions = rows.filter((m) => m.isQuestion);
    const answered = questions.filter((m) => m.answeredBy !== null).length;
    return {
      messages: rows.length,
      participants: new Set(rows.map((m) => m.authorRef)).size,
      questions: questions.length,
      answered,
      open: questions.length - answered,
    };
  }
}
