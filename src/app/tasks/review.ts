/**
 * At the next debrief, the tasks of the previous edition come first: what got done, what was
 * late, what was dropped, what is still open. For the scheduler's debrief message.
 *
 * Late: done after its due date, or still open past it. Done: done on time (or without a due
 * date). Still open: open and not yet due.
 */
import type { Edition } from "../../domain/edition.js";
import type { Series } from "../../domain/series.js";
import { isOverdue, type Task } from "../../domain/task.js";
import type { Block, Message } from "../../render/message.js";
import { taskLine, taskRenderContext } from "../../render/tasks/line.js";
import { byDue } from "../../render/tasks/list.js";
import { channelTranslator } from "../channel-locale.js";
import { peopleNames } from "../names.js";
import type { Services } from "../services.js";

export type ReviewGroup = "done" | "late" | "dropped" | "open";

export function reviewGroupOf(task: Task, now: Date): ReviewGroup {
  if (task.status === "dropped") return "dropped";
  if (task.status === "done") return task.dueAt && task.doneAt && task.doneAt > task.dueAt ? "late" : "done";
  return isOverdue(task, now) ? "late" : "open";
}

const ORDER: ReviewGroup[] = ["done", "late", "dropped", "open"];

/**
 * The review section for `edition`'s debrief: the tasks attached to the edition before it.
 * null when there is no previous edition or it had no tasks.
 */
export async function reviewPreviousTasks(
  services: Services,
  series: Series,
  edition: Edition,
): Promise<Message | null> {
  const { store, clock } = services;
  const previous = await store.editions.previous(series.workspaceId, edition);
  if (!previous) return null;
  const tasks = await store.tasks.list(series.workspaceId, { seriesId: series.id, editionId: previous.id });
  if (tasks.length === 0) return null;
  const now = clock.now();
  const t = await channelTranslator(store, series);
  // Named, not mentioned: the review comes back every edition.
  const names = await peopleNames(
    services.platforms,
    tasks.map((task) => task.ownerRef),
    tasks.map((task) => task.title),
  );
  const context = { ...taskRenderContext(t, series, now), names };
  const header = t.t("tasks.review.header", { number: previous.number });
  const blocks: Block[] = [
    { type: "header", text: header },
    { type: "context", text: t.t("tasks.review.intro") },
  ];
  for (const group of ORDER) {
    const members = tasks.filter((task) => reviewGroupOf(task, now) === group).sort(byDue);
    if (members.length === 0) continue;
    const lines = members.map((task) => `- ${taskLine(task, context)}`).join("\n");
    blocks.push({
      type: "section",
      text: `**${t.t(`tasks.review.${group}`, { count: members.length })}**\n${lines}`,
    });
  }
  return { text: header, blocks };
}
