import type { AuditEvent, NewAuditEvent } from "../domain/audit.js";
import {
  IMPORT_RUN_STATUSES,
  type ImportRun,
  type ImportRunStatus,
  type RunOwner,
} from "../domain/import-run.js";
import type { AuditRepository, ImportRunRepository, ImportSummary } from "../ports.js";
import type { DbOrTx } from "./database.js";
import { storeErrors } from "./errors.js";
import { jsonObject, oneOf } from "./prisma-support.js";

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

  async start(
    workspaceId: string,
    editionId: string | null,
    source: string,
    owner?: RunOwner,
  ): Promise<string> {
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
      data: {
        workspaceId,
        editionId,
        source,
        pid: owner?.pid ?? null,
        host: owner?.host ?? null,
        heartbeatAt: new Date(),
      },
      select: { id: true },
    });
    return row.id;
  }

  async heartbeat(workspaceId: string, id: string, summary: ImportSummary): Promise<void> {
    await this.db.importRun.updateMany({
      where: { workspaceId, id, status: "running" },
      data: { summary: JSON.stringify(summary), heartbeatAt: new Date() },
    });
  }

  async finish(
    workspaceId: string,
    id: string,
    status: Exclude<ImportRunStatus, "running">,
    summary: ImportSummary,
  ): Promise<void> {
    const { count } = await this.db.importRun.updateMany({
      where: { workspaceId, id },
      data: { status, summary: JSON.stringify(summary), finishedAt: new Date() },
    });
    if (count === 0) throw storeErrors.importRun(id);
  }

  async list(
    workspaceId: string,
    options: { editionId?: string; limit?: number } = {},
  ): Promise<ImportRun[]> {
    const rows = await this.db.importRun.findMany({
      where: { workspaceId, ...(options.editionId ? { editionId: options.editionId } : {}) },
      orderBy: [{ startedAt: "desc" }, { id: "desc" }],
      take: options.limit ?? 20,
    });
    return rows.map((r) => ({
      id: r.id,
      workspaceId: r.workspaceId,
      editionId: r.editionId,
      source: r.source,
      status: oneOf(IMPORT_RUN_STATUSES, r.status, ["ImportRun", "status"]),
      summary: r.summary === "{}" ? null : (JSON.parse(r.summary) as ImportSummary),
      startedAt: r.startedAt,
      finishedAt: r.finishedAt,
      owner: r.pid !== null && r.host !== null ? { pid: Number(r.pid), host: r.host } : null,
      heartbeatAt: r.heartbeatAt,
    }));
  }
}
