import type { AuditEvent, NewAuditEvent } from "../../../src/domain/audit.js";
import type { AuditRepository, ImportRunRepository, ImportSummary } from "../../../src/ports.js";
import { storeErrors } from "../../../src/store/errors.js";
import { copy, type MemoryDb, newId, requireRow } from "./tables.js";

export class MemoryAudit implements AuditRepository {
  constructor(private readonly db: MemoryDb) {}

  async append(event: NewAuditEvent): Promise<void> {
    requireRow.workspace(this.db, event.workspaceId);
    this.db.t.audit.push({ ...copy(event), id: newId(), at: event.at ?? this.db.clock.now() });
  }

  async list(
    workspaceId: string,
    options: { subjectType?: string; subjectId?: string; limit?: number } = {},
  ): Promise<AuditEvent[]> {
    const rows = this.db.t.audit
      .map((e, index) => ({ e, index }))
      .filter(
        ({ e }) =>
          e.workspaceId === workspaceId &&
          (options.subjectType === undefined || e.subjectType === options.subjectType) &&
          (options.subjectId === undefined || e.subjectId === options.subjectId),
      )
      .sort((a, b) => b.e.at.getTime() - a.e.at.getTime() || b.index - a.index)
      .map(({ e }) => copy(e));
    return rows.slice(0, options.limit ?? rows.length);
  }
}

export class MemoryImports implements ImportRunRepository {
  constructor(private readonly db: MemoryDb) {}

  async start(workspaceId: string, editionId: string | null, source: string): Promise<string> {
    requireRow.workspace(this.db, workspaceId);
    if (editionId !== null) requireRow.edition(this.db, workspaceId, editionId);
    const id = newId();
    this.db.t.imports.push({
      id,
      workspaceId,
      editionId,
      source,
      status: "running",
      summary: null,
      startedAt: this.db.clock.now(),
      finishedAt: null,
    });
    return id;
  }

  async finish(
    workspaceId: string,
    id: string,
    status: "complete" | "empty" | "failed",
    summary: ImportSummary,
  ): Promise<void> {
    const row = this.db.t.imports.find((r) => r.workspaceId === workspaceId && r.id === id);
    if (!row) throw storeErrors.importRun(id);
    Object.assign(row, { status, summary: copy(summary), finishedAt: this.db.clock.now() });
  }
}
