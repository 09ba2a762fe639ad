import type { AfterPartyMessage, AfterPartySummary } from "../domain/after-party.js";
import type { AfterPartyRepository } from "../ports.js";
import type { DbOrTx } from "./database.js";
import { storeErrors } from "./errors.js";
import type { AfterPartyMessageModel } from "./generated/sqlite/models.js";
import { isUniqueViolation } from "./prisma-support.js";

function toMessage(row: AfterPartyMessageModel): AfterPartyMessage {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    editionId: row.editionId,
    externalId: row.externalId,
    authorRef: row.authorRef,
    text: row.text,
    isQuestion: row.isQuestion,
    answeredBy: row.answeredBy,
    escalatedAt: row.escalatedAt,
    createdAt: row.createdAt,
  };
}

export class PrismaAfterPartyRepository implements AfterPartyRepository {
  constructor(private readonly db: DbOrTx) {}

  private async find(workspaceId: string, externalId: string) {
    return this.db.afterPartyMessage.findUnique({
      where: { workspaceId_externalId: { workspaceId, externalId } },
    });
  }

  async record(
    input: Omit<AfterPartyMessage, "id" | "answeredBy" | "escalatedAt">,
  ): Promise<AfterPartyMessage> {
    const existing = await this.find(input.workspaceId, input.externalId);
    if (existing) return toMessage(existing);
    const edition = await this.db.edition.findFirst({
      where: { id: input.editionId, workspaceId: input.workspaceId },
      select: { id: true },
    });
    if (!edition) throw storeErrors.edition(input.editionId);
    try {
      const row = await this.db.afterPartyMessage.create({
        data: {
          workspaceId: input.workspaceId,
          editionId: input.editionId,
          externalId: input.externalId,
          authorRef: input.authorRef,
          text: input.text,
          isQuestion: input.isQuestion,
          createdAt: input.createdAt,
        },
      });
      return toMessage(row);
    } catch (error) {
      // The platform delivered the same message twice at once.
      const raced = isUniqueViolation(error) ? await this.find(input.workspaceId, input.externalId) : null;
      if (!raced) throw error;
      return toMessage(raced);
    }
  }

  async get(workspaceId: string, id: string): Promise<AfterPartyMessage | null> {
    const row = await this.db.afterPartyMessage.findFirst({ where: { workspaceId, id } });
    return row ? toMessage(row) : null;
  }

  async markAnswered(workspaceId: string, externalId: string, answeredBy: string): Promise<void> {
    // The first answer counts: a later reply does not replace it.
    await this.db.afterPartyMessage.updateMany({
      where: { workspaceId, externalId, answeredBy: null },
      data: { answeredBy },
    });
  }

  async dueForEscalation(
    workspaceId: string,
    editionId: string,
    olderThan: Date,
  ): Promise<AfterPartyMessage[]> {
    const rows = await this.db.afterPartyMessage.findMany({
      where: {
        workspaceId,
        editionId,
        isQuestion: true,
        answeredBy: null,
        escalatedAt: null,
        createdAt: { lt: olderThan },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    return rows.map(toMessage);
  }

  async markEscalated(workspaceId: string, id: string, at: Date): Promise<void> {
    await this.db.afterPartyMessage.updateMany({ where: { workspaceId, id }, data: { escalatedAt: at } });
  }

  async summary(workspaceId: string, editionId: string): Promise<AfterPartySummary> {
    const where = { workspaceId, editionId };
    // One after another: queries in parallel on one interactive transaction are not supported.
    const messages = await this.db.afterPartyMessage.count({ where });
    const authors = await this.db.afterPartyMessage.groupBy({ by: ["authorRef"], where });
    const questions = await this.db.afterPartyMessage.count({ where: { ...where, isQuestion: true } });
    const answered = await this.db.afterPartyMessage.count({
      where: { ...where, isQuestion: true, answeredBy: { not: null } },
    });
    return { messages, participants: authors.length, questions, answered, open: questions - answered };
  }
}
