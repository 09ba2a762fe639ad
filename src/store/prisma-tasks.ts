import { type NewTask, TASK_ORIGINS, TASK_STATUSES, type Task, type TaskStatus } from "../domain/task.js";
import type { TaskFilter, TaskRepository } from "../ports.js";
import type { DbOrTx } from "./database.js";
import { storeErrors } from "./errors.js";
import type { TaskModel } from "./generated/sqlite/models.js";
import { isUniqueViolation, oneOf } from "./prisma-support.js";

export function toTask(row: TaskModel): Task {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    seriesId: row.seriesId,
    editionId: row.editionId,
    title: row.title,
    ownerRef: row.ownerRef,
    dueAt: row.dueAt,
    status: oneOf(TASK_STATUSES, row.status, ["Task", "status"]),
    origin: oneOf(TASK_ORIGINS, row.origin, ["Task", "origin"]),
    playbookKey: row.playbookKey,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    doneAt: row.doneAt,
  };
}

export class PrismaTaskRepository implements TaskRepository {
  constructor(private readonly db: DbOrTx) {}

  /** The task this request key or playbook step already made, if any. */
  private async existing(input: NewTask): Promise<Task | null> {
    if (input.requestKey) {
      const row = await this.db.task.findUnique({ where: { requestKey: input.requestKey } });
      if (row && row.workspaceId !== input.workspaceId) throw storeErrors.requestKeyTaken();
      if (row) return toTask(row);
    }
    if (input.playbookKey && input.editionId) {
      const row = await this.db.task.findFirst({
        where: { editionId: input.editionId, playbookKey: input.playbookKey },
      });
      if (row) return toTask(row);
    }
    return null;
  }

  async create(input: NewTask): Promise<{ task: Task; created: boolean }> {
    const existing = await this.existing(input);
    if (existing) return { task: existing, created: false };
    const { workspaceId, seriesId, editionId } = input;
    const series = await this.db.chatSeries.findFirst({
      where: { id: seriesId, workspaceId },
      select: { id: true },
    });
    if (!series) throw storeErrors.series(seriesId);
    if (editionId !== null) {
      const edition = await this.db.edition.findFirst({
        where: { id: editionId, workspaceId },
        select: { id: true },
      });
      if (!edition) throw storeErrors.edition(editionId);
    }
    try {
      const row = await this.db.task.create({
        data: {
          workspaceId,
          seriesId,
          editionId,
          title: input.title,
          ownerRef: input.ownerRef,
          dueAt: input.dueAt,
          origin: input.origin ?? "manual",
          playbookKey: input.playbookKey ?? null,
          createdBy: input.createdBy,
          requestKey: input.requestKey ?? null,
        },
      });
      return { task: toTask(row), created: true };
    } catch (error) {
      const raced = isUniqueViolation(error) ? await this.existing(input) : null;
      if (!raced) throw error;
      return { task: raced, created: false };
    }
  }

  async get(workspaceId: string, id: string): Promise<Task | null> {
    const row = await this.db.task.findFirst({ where: { workspaceId, id } });
    return row ? toTask(row) : null;
  }

  async list(workspaceId: string, filter: TaskFilter = {}): Promise<Task[]> {
    const rows = await this.db.task.findMany({
      where: {
        workspaceId,
        seriesId: filter.seriesId,
        editionId: filter.editionId,
        ownerRef: filter.ownerRef,
        status: filter.status ? { in: filter.status } : undefined,
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    return rows.map(toTask);
  }

  async update(
    workspaceId: string,
    id: string,
    patch: Parameters<TaskRepository["update"]>[2],
    options: { expectStatus?: TaskStatus } = {},
  ): Promise<Task | null> {
    // One UPDATE ... WHERE status = expected: under READ COMMITTED a second writer waits for the
    // first, then re-reads the row and finds the status changed, so it updates nothing.
    // @see https://www.postgresql.org/docs/15/transaction-iso.html#XACT-READ-COMMITTED
    const { count } = await this.db.task.updateMany({
      where: { workspaceId, id, status: options.expectStatus },
      data: {
        title: patch.title,
        ownerRef: patch.ownerRef,
        dueAt: patch.dueAt,
        status: patch.status,
        doneAt: patch.doneAt,
      },
    });
    const task = await this.get(workspaceId, id);
    if (!task) throw storeErrors.task(id);
    return count === 0 ? null : task;
  }
}
