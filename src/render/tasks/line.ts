/** One task as a line of Markdown: title, owner, due date (flagged when overdue) or done date. */

import type { Series } from "../../domain/series.js";
import { isOverdue, type Task } from "../../domain/task.js";
import type { UserRef } from "../../domain/workspace.js";
import { formatDate } from "../../i18n/dates.js";
import type { Translator } from "../../i18n/index.js";
import { escapeMarkdown, escapeMarkdownKeepingMentions, mention } from "../markup.js";

export interface TaskRenderContext {
  t: Translator;
  timeZone: string;
  now: Date;
  /**
   * People by name instead of mentions, for listings posted again and again (a mention pings
   * every owner each time); src/app/names.ts reads them. Without it, owners are mentioned.
   */
  names?: { of(ref: UserRef): string; inText(text: string): string };
}

/** Task lines of a series: dates in its time zone, overdue against `now`. */
export function taskRenderContext(
  t: Translator,
  series: Pick<Series, "timeZone">,
  now: Date,
): TaskRenderContext {
  return { t, timeZone: series.timeZone, now };
}

export const OVERDUE_MARK = "⚠";

/** "Due Fri, Dec 4, 5:00 PM", "⚠ **overdue**: Fri, Dec 4…", "done Sat, Dec 5…" or "no due date". */
export function dueLabel(task: Task, context: TaskRenderContext): string {
  const { t, timeZone, now } = context;
  const date = (at: Date) => formatDate(at, t.locale, timeZone, "zoned");
  if (task.status === "done" && task.doneAt) return t.t("tasks.doneOn", { date: date(task.doneAt) });
  if (task.status === "dropped") return t.t("tasks.status.dropped");
  if (!task.dueAt) return t.t("tasks.noDue");
  if (isOverdue(task, now))
    return `${OVERDUE_MARK} ${t.t("common.labelled", { label: `**${t.t("tasks.overdue")}**`, value: date(task.dueAt) })}`;
  return t.t("tasks.dueOn", { due: date(task.dueAt) });
}

export function taskLine(task: Task, context: TaskRenderContext): string {
  const { names } = context;
  const title = names ? escapeMarkdown(names.inText(task.title)) : escapeMarkdownKeepingMentions(task.title);
  const shown = task.status === "open" ? `**${title}**` : `✅ ${title}`;
  const due = dueLabel(task, context);
  if (!task.ownerRef) return context.t.t("tasks.lineNoOwner", { title: shown, due });
  const owner = names ? escapeMarkdown(names.of(task.ownerRef)) : mention(task.ownerRef);
  return context.t.t("tasks.line", { title: shown, owner, due });
}
