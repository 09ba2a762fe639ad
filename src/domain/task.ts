import type { UserRef } from "./workspace.js";

export const TASK_STATUSES = ["open", "done", "dropped"] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
/** "copied": a watched chat's question copied into the tasks (`/afterchat compare`). */
export const TASK_ORIGINS = ["manual", "playbook", "follow_up", "copied"] as const;
export type TaskOrigin = (typeof TASK_ORIGINS)[number];

/** Work that prepares the next edition. */
export interface Task {
  id: string;
  workspaceId: string;
  seriesId: string;
  /** The edition whose debrief produced it. */
  editionId: string | null;
  title: string;
  ownerRef: UserRef | null;
  dueAt: Date | null;
  status: TaskStatus;
  origin: TaskOrigin;
  playbookKey: string | null;
  createdBy: UserRef;
  createdAt: Date;
  updatedAt: Date;
  doneAt: Date | null;
}

export type NewTask = Pick<
  Task,
  "workspaceId" | "seriesId" | "editionId" | "title" | "ownerRef" | "dueAt" | "createdBy"
> & {
  origin?: TaskOrigin;
  playbookKey?: string | null;
  requestKey?: string | null;
};

export function isOverdue(task: Pick<Task, "status" | "dueAt">, now: Date): boolean {
  return task.status === "open" && task.dueAt !== null && task.dueAt < now;
}
