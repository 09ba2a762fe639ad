import type { AuditEvent, NewAuditEvent } from "../../../src/domain/audit.js";
import type { NewNote, Note, NoteKind } from "../../../src/domain/note.js";
import type { NewTask, Task } from "../../../src/domain/task.js";
import type {
  AuditRepository,
  ImportRunRepository,
  ImportSummary,
  NoteRepository,
  TaskFilter,
  TaskRepository,
} from "../../../src/ports.js";
import { storeErrors } from "../../../src/store/errors.js";
import { applyPatch, copy, type MemoryDb, newId, requireRow } from "./tables.js";

function stripKey<T extends { requestKey: string | null }>(row: T): Omit<T, "requestKey"> {
  const { requestKey: _, ...rest } = copy(row);
  return rest;
}

/** A request key already used: the row it made (same workspace), or a refusal (another one). */
function byRequestKey<T extends { requestKey: string | null; workspaceId: string }>(
  rows: T[],
  input: { requestKey?: string | null; workspaceId: string },
): T | undefined {
  if (!input.requestKey) return undefined;
  const row = rows.find((r) => r.requestKey === input.requestKey);
  if (row && row.workspaceId !== input.workspaceId) throw storeErrors.requestKeyTaken();
  return row;
}

export class MemoryNotes implements NoteRepository {
  constructor(private readonly db: MemoryDb) {}

  async add(input: NewNote): Promise<{ note: Note; created: boolean }> {
    const existing = byRequestKey(this.db.t.notes, input);
    if (existing) return { note: stripKey(existing), created: false };
    requireRow.edition(this.db, input.workspaceId, input.editionId);
    const now = this.db.clock.now();
    const row = {
      id: newId(),
      workspaceId: input.workspaceId,
      editionId: input.editionId,
      authorRef: input.authorRef,
      kind: input.kind,
      text: input.text,
      requestKey: input.requestKey ?? null,
      createdAt: now,
      updatedAt: now,
    };
    this.db.t.notes.push(row);
    return { note: stripKey(row), created: true };
  }

  async get(workspaceId: string, id: string): Promise<Note | null> {
    const row = this.db.t.notes.find((n) => n.workspaceId === workspaceId && n.id === id);
    return row ? stripKey(row) : null;
  }

  async update(workspaceId: string, id: string, patch: Partial<Pick<Note, "kind" | "text">>): Promise<Note> {
    const row = this.db.t.notes.find((n) => n.workspaceId === workspaceId && n.id === id);
    if (!row) throw storeErrors.note(id);
    applyPatch(row, { kind: patch.kind, text: patch.text, updatedAt: this.db.clock.now() });
    return stripKey(row);
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    const before = this.db.t.notes.length;
    this.db.t.notes = this.db.t.notes.filter((n) => !(n.workspaceId === workspaceId && n.id === id));
    return this.db.t.notes.length < before;
  }

  async listByEdition(workspaceId: string, editionId: string, kind?: NoteKind): Promise<Note[]> {
    return this.db.t.notes
      .filter((n) => n.workspaceId === workspaceId && n.editionId === editionId && (!kind || n.kind === kind))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map(stripKey);
  }
}

export class MemoryTasks implements TaskRepository {
  constructor(private readonly db: MemoryDb) {}

  async create(input: NewTask): Promise<{ task: Task; created: boolean }> {
    const existing =
      byRequestKey(this.db.t.tasks, input) ??
      (input.playbookKey && input.editionId
        ? this.db.t.tasks.find((t) => t.editionId === input.editionId && t.playbookKey === input.playbookKey)
        : undefined);
    if (existing) return { task: stripKey(existing), created: false };
    requireRow.series(this.db, input.workspaceId, input.seriesId);
    if (input.editionId !== null) requireRow.edition(this.db, input.workspaceId, input.editionId);
    const now = this.db.clock.now();
    const row = {
      id: newId(),
      workspaceId: input.workspaceId,
      seriesId: input.seriesId,
      editionId: input.editionId,
      title: input.title,
      ownerRef: input.ownerRef,
      dueAt: input.dueAt,
      status: "open" as const,
      origin: input.origin ?? "manual",
      playbookKey: input.playbookKey ?? null,
      createdBy: input.createdBy,
      requestKey: input.requestKey ?? null,
      createdAt: now,
      updatedAt: now,
      doneAt: null,
    };
    this.db.t.tasks.push(copy(row));
    return { task: stripKey(row), created: true };
  }

  async get(workspaceId: string, id: string): Promise<Task | null> {
    const row = this.db.t.tasks.find((t) => t.workspaceId === workspaceId && t.id === id);
    return row ? stripKey(row) : null;
  }

  async list(workspaceId: string, filter: TaskFilter = {}): Promise<Task[]> {
    return this.db.t.tasks
      .filter(
        (t) =>
          t.workspaceId === workspaceId &&
          (filter.seriesId === undefined || t.seriesId === filter.seriesId) &&
          (filter.editionId === undefined || t.editionId === filter.editionId) &&
          (filter.ownerRef === undefined || t.ownerRef === filter.ownerRef) &&
          (filter.status === undefined || filter.status.includes(t.status)),
      )
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map(stripKey);
  }

  async update(
    workspaceId: string,
    id: string,
    patch: Parameters<TaskRepository["update"]>[2],
  ): Promise<Task> {
    const row = this.db.t.tasks.find((t) => t.workspaceId === workspaceId && t.id === id);
    if (!row) throw storeErrors.task(id);
    applyPatch(row, { ...copy(patch), updatedAt: this.db.clock.now() });
    return stripKey(row);
  }
}

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
    status: "complete" | "failed",
    summary: ImportSummary,
  ): Promise<void> {
    const row = this.db.t.imports.find((r) => r.workspaceId === workspaceId && r.id === id);
    if (!row) throw storeErrors.importRun(id);
    Object.assign(row, { status, summary: copy(summary), finishedAt: this.db.clock.now() });
  }
}
