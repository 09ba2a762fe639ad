/**
 * Reminders for task owners, by DM: once the day before a task is due ("due-soon") and once when
 * it is overdue. Each (task, kind) is sent at most once: the send is recorded in the audit log
 * ("task.reminded"), which both the scheduled jobs and the sweep read, so neither repeats the
 * other. Only open tasks with an owner and a due date are reminded.
 *
 * Scheduler contract: `scheduleTaskReminders` queues jobs of kind TASK_REMINDER_JOB keyed
 * "task:<id>:due-soon" (due - 24 h) and "task:<id>:overdue" (due); the scheduler runs each with
 * `runTaskReminderJob(services, job)`. `dueTaskReminders` is the catch-up sweep.
 */

import { z } from "zod";
import type { Job } from "../../domain/job.js";
import { JOB_KINDS } from "../../domain/job-keys.js";
import type { Task } from "../../domain/task.js";
import { formatDate } from "../../i18n/dates.js";
import type { Store } from "../../ports.js";
import { escapeMarkdownKeepingMentions } from "../../render/markup.js";
import { sentence } from "../../render/message.js";
import { channelTranslator } from "../channel-locale.js";
import type { Services } from "../services.js";

export const TASK_REMINDER_JOB = JOB_KINDS.taskReminder;
export const REMINDER_KINDS = ["due-soon", "overdue"] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

const DAY_MS = 24 * 60 * 60 * 1000;
const REMINDED = "task.reminded";

export function reminderJobKey(taskId: string, kind: ReminderKind): string {
  return `task:${taskId}:${kind}`;
}

/**
 * Queues the two reminders of a task with a due date. The due-soon one is skipped when the task
 * is created less than a day before it is due (its owner just heard of it). Returns how many
 * jobs were newly queued.
 */
export async function scheduleTaskReminders(services: Services, task: Task, store: Store = services.store) {
  if (!task.dueAt || task.status !== "open") return 0;
  const now = services.clock.now();
  const runs: Array<[ReminderKind, Date]> = [["overdue", task.dueAt]];
  const soon = new Date(task.dueAt.getTime() - DAY_MS);
  if (soon > now) runs.unshift(["due-soon", soon]);
  let queued = 0;
  for (const [kind, runAt] of runs) {
    const fresh = await store.jobs.schedule({
      key: reminderJobKey(task.id, kind),
      kind: TASK_REMINDER_JOB,
      workspaceId: task.workspaceId,
      payload: { taskId: task.id, kind },
      runAt,
    });
    if (fresh) queued += 1;
  }
  return queued;
}

export type ReminderOutcome =
  | "sent"
  | "already_sent"
  | "not_open"
  | "not_due"
  | "no_owner"
  | "not_found"
  | "unreachable";

/** Sends one reminder if the task still needs it (open, owned, due as the kind says, not sent). */
export async function runTaskReminder(
  services: Services,
  workspaceId: string,
  taskId: string,
  kind: ReminderKind,
  now: Date = services.clock.now(),
): Promise<ReminderOutcome> {
  const { store } = services;
  const task = await store.tasks.get(workspaceId, taskId);
  if (!task) return "not_found";
  if (task.status !== "open") return "not_open";
  if (!task.ownerRef) return "no_owner";
  if (!task.dueAt || kindAt(task.dueAt, now) !== kind) return "not_due";
  if (await alreadySent(store, task, kind)) return "already_sent";
  const series = await store.series.get(workspaceId, task.seriesId);
  const platform = services.platforms.for(task.ownerRef);
  if (!series || !platform) return "unreachable";
  const t = await channelTranslator(store, series);
  const text = t.t(kind === "due-soon" ? "tasks.dm.dueSoon" : "tasks.dm.overdue", {
    hashtag: series.hashtag,
    title: escapeMarkdownKeepingMentions(task.title),
    due: formatDate(task.dueAt, t.locale, series.timeZone, "zoned"),
  });
  await platform.dm(task.ownerRef, sentence(text));
  await store.audit.append({
    workspaceId,
    actorRef: "afterchat",
    action: REMINDED,
    subjectType: "task",
    subjectId: task.id,
    detail: { kind, ownerRef: task.ownerRef },
  });
  return "sent";
}

/** Which reminder a task due at `dueAt` needs at `now`, if any. */
function kindAt(dueAt: Date, now: Date): ReminderKind | null {
  if (dueAt <= now) return "overdue";
  return dueAt.getTime() - now.getTime() <= DAY_MS ? "due-soon" : null;
}

async function alreadySent(store: Store, task: Task, kind: ReminderKind): Promise<boolean> {
  const events = await store.audit.list(task.workspaceId, { subjectType: "task", subjectId: task.id });
  return events.some((event) => event.action === REMINDED && event.detail.kind === kind);
}

const jobPayload = z.object({ taskId: z.string().min(1), kind: z.enum(REMINDER_KINDS) });

/** Runs a TASK_REMINDER_JOB job (the scheduler's entry point). */
export async function runTaskReminderJob(services: Services, job: Job): Promise<ReminderOutcome> {
  const payload = jobPayload.safeParse(job.payload);
  if (!payload.success || !job.workspaceId) return "not_found";
  return runTaskReminder(services, job.workspaceId, payload.data.taskId, payload.data.kind);
}

/**
 * The sweep: every open task of the workspace due within a day, or overdue, gets the reminder it
 * has not had yet. Returns how many DMs went out.
 */
export async function dueTaskReminders(services: Services, workspaceId: string, now: Date): Promise<number> {
  const open = await services.store.tasks.list(workspaceId, { status: ["open"] });
  let sent = 0;
  for (const task of open) {
    const kind = task.dueAt ? kindAt(task.dueAt, now) : null;
    if (!kind) continue;
    if ((await runTaskReminder(services, workspaceId, task.id, kind, now)) === "sent") sent += 1;
  }
  return sent;
}
