import type { AuditEvent, NewAuditEvent } from "../domain/audit.js";
import type { AuditRepository, ImportRunRepository, ImportSummary } from "../ports.js";
import type { DbOrTx } from "./database.js";
import { storeErrors } from "./errors.js";
import { jsonObject } from "./prisma-support.js";

/** Append-only: the database refuses UPDATE and DELETE on AuditEvent (triggers in the init migration). */
export class PrismaAuditRepository implements AuditRepository {
  constructor(private readonly db: DbOrTx) {}

  async append(event: NewAuditEvent): Promise<void> {
    const ws = await this.db.workspace.findUnique({ where: { id: event.workspaceId }, select: { id: true } });
    if (!ws) throw storeErrors.workspace(event.workspaceId);
    await this.db.auditEvent.create({
      data: {
        workspaceId: event.workspaceId,
        actorRef: event.actorRef,
        action: event.action,
        subjectType: event.subjectType,
        subjectId: event.subjectId,
        detail: JSON.stringify(event.detail),
        at: event.at,
      },
    });
  }

  async list(
    workspaceId: string,
    options: { subjectType?: string; subjectId?: string; limit?: number } = {},
  ): Promise<AuditEvent[]> {
    const rows = await this.db.auditEvent.findMany({
      where: { workspaceId, subjectType: options.subjectType, subjectId: options.subjectId },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: options.limit,
    });
    return rows.map((r) => ({
      id: r.id,
      workspaceId: r.workspaceId,
      actorRef: r.actorRef,
      action: r.action,
      subjectType: r.subjectType,
      subjectId: r.subjectId,
      detail: jsonObject(r.detail, ["AuditEvent", "detail"]),
      at: r.at,
    }));
  }
}

export class PrismaImportRunRepository implements ImportRunRepository {
  constructor(private readonly db: DbOrTx) {}

  async start(workspaceId: string, editionId: string | null, source: string): Promise<string> {
    const ws = await this.db.workspace.findUnique({ where: { id: workspaceId }, select: { id: true } });
    if (!ws) throw storeErrors.workspace(workspaceId);
    if (editionId !== null) {
      const edition = await this.db.edition.findFirst({
        where: { id: editionId, workspaceId },
        select: { id: true },
      });
      if (!edition) throw storeErrors.edition(editionId);
    }
    const row = await this.db.importRun.create({
      data: { workspaceId, editionId, source },
      select: { id: true },
    });
    return row.id;
  }

  async finish(
    workspaceId: string,
    id: string,
    status: "complete" | "empty" | "failed",
    summary: ImportSummary,
  ): Promise<void> {
    const { count } = await this.db.importRun.updateMany({
      where: { workspaceId, id },
      data: { status, summary: JSON.stringify(summary), finishedAt: new Date() },
    });
    if (count === 0) throw storeErrors.importRun(id);
  }
}
