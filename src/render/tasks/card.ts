/** The message a new task gets in the channel, redrawn when its buttons are used. */

import type { Task } from "../../domain/task.js";
import { formatDate } from "../../i18n/dates.js";
import { confirmFor } from "../confirm.js";
import { escapeMarkdownKeepingMentions, mention, truncate } from "../markup.js";
import type { Block, Button, Message, UserSelect } from "../message.js";
import { type TaskRenderContext, taskLine } from "./line.js";
import { type TaskView, taskValue } from "./value.js";

/** "<@owner> will send the recap by Fri, Dec 4, 2026, 5:00 PM (Europe/Paris)." with Done and Reassign. */
export function taskCard(task: Task, context: TaskRenderContext): Message {
  const { t, timeZone } = context;
  const owner = task.ownerRef ? mention(task.ownerRef) : "";
  const title = escapeMarkdownKeepingMentions(task.title);
  const text =
    task.status !== "open"
      ? taskLine(task, context)
      : task.dueAt
        ? t.t("tasks.created", { owner, title, due: formatDate(task.dueAt, t.locale, timeZone, "zoned") })
        : t.t("tasks.createdNoDue", { owner, title });
  return { text, blocks: [{ type: "section", text }, taskActions(task, "card", context)] };
}

/** Done (or Reopen), Drop on lists, and a person picker to reassign. */
export function taskActions(task: Task, view: TaskView, context: TaskRenderContext): Block {
  const { t } = context;
  const value = taskValue(task.id, view);
  const elements: Array<Button | UserSelect> = [];
  if (task.status === "open") {
    elements.push({ action: "task.done", value, label: t.t("tasks.button.done"), style: "primary" });
    if (view !== "card")
      elements.push({
        action: "task.drop",
        value,
        label: t.t("tasks.button.drop"),
        style: "danger",
        confirm: confirmFor(t.t, "task.drop"),
      });
    elements.push({
      type: "userSelect",
      action: "task.reassign",
      value,
      placeholder: t.t("tasks.button.reassign"),
    });
  } else {
    elements.push({ action: "task.reopen", value, label: t.t("tasks.button.reopen") });
  }
  return { type: "actions", elements };
}

/**
 * Asked privately after "Hand a task to someone else…": who takes this task over. Once picked, this
 * message becomes the task's card (view "card").
 */
export function taskHandOver(task: Task, context: TaskRenderContext): Message {
  const { t } = context;
  const title = escapeMarkdownKeepingMentions(task.title);
  const text = t.t("tasks.pick.who", { title });
  return {
    text,
    blocks: [
      { type: "section", text: `${text}\n${taskLine(task, context)}` },
      {
        type: "actions",
        elements: [
          {
            type: "userSelect",
            action: "task.reassign",
            value: taskValue(task.id, "card"),
            placeholder: t.t("tasks.pick.reassignTo", {
              title: escapeMarkdownKeepingMentions(truncate(task.title, 60)),
            }),
          },
        ],
      },
    ],
  };
}
