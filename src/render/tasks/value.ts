/**
 * What a task button carries: the task id and the kind of message the button sits on, so the
 * action can redraw that message (a single card, the clicker's list, or the series' list).
 * "<taskId>:<view>" stays far below the 80-character limit (Discord custom_id).
 */
export const TASK_VIEWS = ["card", "mine", "all"] as const;
export type TaskView = (typeof TASK_VIEWS)[number];

const CODES: Record<TaskView, string> = { card: "c", mine: "m", all: "a" };

export function taskValue(taskId: string, view: TaskView): string {
  return `${taskId}:${CODES[view]}`;
}

export function parseTaskValue(value: string): { taskId: string; view: TaskView } | null {
  const at = value.lastIndexOf(":");
  const taskId = at > 0 ? value.slice(0, at) : value;
  const code = at > 0 ? value.slice(at + 1) : "c";
  const view = TASK_VIEWS.find((v) => CODES[v] === code);
  if (!view || taskId.trim() === "") return null;
  return { taskId, view };
}
