/**
 * Open tasks as a list, soonest due first, overdue ones flagged, numbered. Under the list, one
 * select per action (mark done, drop, hand over), whose options name the tasks: every control says
 * which task it acts on, and the whole list fits one message (Discord: 3 rows of its 5). Handing a
 * task over then asks privately who takes it (task.pick). At most LIST_LIMIT tasks are drawn (and
 * offered); the rest is counted.
 */
import type { Task } from "../../domain/task.js";
import { confirmFor, needsConfirm } from "../confirm.js";
import { escapeMarkdown, escapeMarkdownKeepingMentions, truncate } from "../markup.js";
import type { Block, Message, OptionSelect } from "../message.js";
import { type TaskRenderContext, taskLine } from "./line.js";
import { taskValue } from "./value.js";

export const LIST_LIMIT = 15;
/** Characters of a task's title in a select option (Slack shows 75). */
const OPTION_TITLE = 60;

/** Due date first (none last), then oldest first. */
export function byDue(a: Task, b: Task): number {
  const due = (task: Task) => task.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return due(a) - due(b) || a.createdAt.getTime() - b.createdAt.getTime();
}

export function taskList(
  tasks: readonly Task[],
  /** exportable: the reader may run `export tasks` (the team); else the pointer says who can. */
  options: { scope: "mine" | "all"; hashtag: string; exportable?: boolean },
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
  for (const [i, task] of shown.entries())
    blocks.push({ type: "section", text: `${i + 1}. ${taskLine(task, context)}` });
  const rest = sorted.length - shown.length;
  if (rest > 0) {
    const more = options.exportable === false ? "tasks.list.moreAskTeam" : "tasks.list.more";
    blocks.push({ type: "context", text: t.t(more, { count: rest, hashtag: options.hashtag }) });
  }
  const optionTitle = (title: string) =>
    context.names
      ? escapeMarkdown(truncate(context.names.inText(title), OPTION_TITLE))
      : escapeMarkdownKeepingMentions(truncate(title, OPTION_TITLE));
  const select = (action: OptionSelect["action"], placeholder: string): OptionSelect => ({
    type: "select",
    action,
    placeholder,
    ...(needsConfirm(action) ? { confirm: confirmFor(t.t, action) } : {}),
    options: shown.map((task, i) => ({
      label: `${i + 1}. ${optionTitle(task.title)}`,
      value: taskValue(task.id, options.scope),
    })),
  });
  blocks.push({
    type: "actions",
    elements: [
      select("task.done", t.t("tasks.pick.done")),
      select("task.drop", t.t("tasks.pick.drop")),
      select("task.pick", t.t("tasks.pick.reassign")),
    ],
  });
  return { text: header, blocks };
}
