/** The playbook's answer: every step with its owner and due date, new or already there. */
import type { Task } from "../../domain/task.js";
import type { Block, Message } from "../message.js";
import { type TaskRenderContext, taskLine } from "./line.js";

export function playbookMessage(
  results: ReadonlyArray<{ task: Task; created: boolean }>,
  options: { hashtag: string; number: number },
  context: TaskRenderContext,
): Message {
  const { t } = context;
  const header = t.t("playbook.header", { hashtag: options.hashtag, number: options.number });
  const created = results.filter((r) => r.created).length;
  const lines = results
    .map(
      ({ task, created }) =>
        `- ${taskLine(task, context)}${created ? "" : ` _(${t.t("playbook.alreadyThere")})_`}`,
    )
    .join("\n");
  const summary = created > 0 ? t.t("playbook.created", { count: created }) : t.t("playbook.allThere");
  const blocks: Block[] = [
    { type: "header", text: header },
    { type: "section", text: lines },
    { type: "context", text: `${summary} ${t.t("playbook.hint")}` },
  ];
  return { text: t.t("common.labelled", { label: header, value: summary }), blocks };
}
