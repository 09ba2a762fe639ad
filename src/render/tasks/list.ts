/**
 * Open tasks as a list, soonest due first, overdue ones flagged, each with its buttons. At most
 * LIST_LIMIT tasks are drawn (two blocks each keeps Slack under its 50-block limit); the rest is
 * counted. Discord allows 5 component rows per message: its adapter splits longer lists.
 */
import type { Task } from "../../domain/task.js";
import type { Block, Message } from "../message.js";
import { taskActions } from "./card.js";
import { type TaskRenderContext, taskLine } from "./line.js";

export const LIST_LIMIT = 15;

/** Due date first (none last), then oldest first. */
export function byDue(a: Task, b: Task): number {
  const due = (task: Task) => task.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return due(a) - due(b) || a.createdAt.getTime() - b.createdAt.getTime();
}

export function taskList(
  tasks: readonly Task[],
  options: { scope: "mine" | "all"; hashtag: string },
  context: TaskRenderContext,
): Message {
  const { t } = context;
  const sorted = [...tasks].sort(byDue);
  if (sorted.length === 0) {
    const text = t.t(options.scope === "mine" ? "tasks.list.mineEmpty" : "tasks.list.allEmpty", {
      hashtag: options.hashtag,
    });
    return { text, blocks: [{ type: "section", text }] };
  }
  const header = t.t(options.scope === "mine" ? "tasks.list.mine" : "tasks.list.all", {
    count: sorted.length,
    hashtag: options.hashtag,
  });
  const blocks: Block[] = [{ type: "header", text: header }];
  const shown = sorted.slice(0, LIST_LIMIT);
  for (const task of shown) {
    blocks.push({ type: "section", text: taskLine(task, context) });
    blocks.push(taskActions(task, options.scope, context));
  }
  const rest = sorted.length - shown.length;
  if (rest > 0) blocks.push({ type: "context", text: t.t("tasks.list.more", { count: rest }) });
  return { text: header, blocks };
}
