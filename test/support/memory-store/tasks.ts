import type { NewTask, Task, TaskStatus } from "../../../src/domain/task.js";
import type { TaskFilter, TaskRepository } from "../../../src/ports.js";
import { storeErrors } from "../../../src/store/errors.js";
import { byRequestKey, stripKey } from "./notes.js";
import { applyPatch, copy, type MemoryDb, newId, requireRow } from "./tables.js";

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
    options: { expectStatus?: TaskStatus } = {},
  ): Promise<Task | null> {
    const row = this.db.t.tasks.find((t) => t.workspaceId === workspaceId && t.id === id);
    if (!row) throw storeErrors.task(id);
    if (options.expectStatus !== undefined && row.status !== options.expectStatus) return null;
    applyPatch(row, { ...copy(patch), updatedAt: this.db.clock.now() });
    return stripKey(row);
  }
}
