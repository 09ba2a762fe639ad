/**
 * The buttons on tasks: Done, Reopen, Drop, and the Reassign person picker. Each change happens
 * once: the task is re-read inside a transaction, so a double click (or a retried delivery)
 * finds it already changed and changes nothing; and the update itself applies only while the
 * status is the one read (two clicks at the same moment on PostgreSQL both read "open"). The message the button sits on is redrawn when
 * the platform allows (`updateSource`); otherwise the actor is told what happened.
 */
import type { Series } from "../../domain/series.js";
import type { Task, TaskStatus } from "../../domain/task.js";
import type { UserRef } from "../../domain/workspace.js";
import type { Actor, Responder } from "../../edge.js";
import { AfterchatError } from "../../errors.js";
import { translator } from "../../i18n/index.js";
import { escapeMarkdownKeepingMentions, mention } from "../../render/markup.js";
import { sentence } from "../../render/message.js";
import { taskCard, taskHandOver } from "../../render/tasks/card.js";
import { taskRenderContext } from "../../render/tasks/line.js";
import { parseTaskValue, type TaskView } from "../../render/tasks/value.js";
import { channelTranslator } from "../channel-locale.js";
import { type ActionHandler, seriesHandler } from "../handler.js";
import type { Services } from "../services.js";
import { renderTaskList } from "./list-tasks.js";
import { notifyNewOwner } from "./notify.js";
import { checkOwner } from "./owner.js";

type Change =
  | { kind: "done" }
  | { kind: "reopened" }
  | { kind: "dropped" }
  | { kind: "reassigned"; owner: UserRef };

interface Loaded {
  task: Task;
  series: Series;
  view: TaskView;
}

/** A task button's value: "<taskId>:<view>" (render/tasks/value.ts). */
function taskTarget(value: string): { taskId: string } {
  const parsed = parseTaskValue(value);
  if (!parsed) throw new AfterchatError("task_not_found");
  return { taskId: parsed.taskId };
}

/** Applies the change if it still applies; returns the task as it is now and whether it changed. */
async function apply(services: Services, actor: Actor, loaded: Loaded, change: Change) {
  const now = services.clock.now();
  return services.store.transaction(async (tx) => {
    const current = await tx.tasks.get(loaded.task.workspaceId, loaded.task.id);
    if (!current) throw new AfterchatError("task_not_found");
    const target: TaskStatus =
      change.kind === "done" ? "done" : change.kind === "dropped" ? "dropped" : "open";
    const unchanged =
      change.kind === "reassigned" ? current.ownerRef === change.owner : current.status === target;
    if (unchanged) return { task: current, changed: false };
    const patch =
      change.kind === "reassigned"
        ? { ownerRef: change.owner }
        : { status: target, doneAt: target === "done" ? now : null };
    // Changed only if nobody changed its status meanwhile: two "Done" clicks at once change it once.
    const task = await tx.tasks.update(current.workspaceId, current.id, patch, {
      expectStatus: current.status,
    });
    if (!task)
      return { task: (await tx.tasks.get(current.workspaceId, current.id)) ?? current, changed: false };
    await tx.audit.append({
      workspaceId: current.workspaceId,
      actorRef: actor.userRef,
      action: `task.${change.kind === "done" ? "done" : change.kind === "reopened" ? "reopen" : change.kind === "dropped" ? "drop" : "reassign"}`,
      subjectType: "task",
      subjectId: current.id,
      detail:
        change.kind === "reassigned"
          ? { from: current.ownerRef, to: change.owner }
          : { from: current.status, to: target },
    });
    return { task, changed: true };
  });
}

/** Redraws the message the button is on, or tells the actor in a sentence. */
async function answer(
  services: Services,
  actor: Actor,
  responder: Responder,
  loaded: Loaded,
  result: { task: Task; changed: boolean },
  change: Change,
) {
  const { series, view } = loaded;
  const { task, changed } = result;
  const now = services.clock.now();
  if (responder.updateSource) {
    const t = await channelTranslator(services.store, series);
    const redrawn =
      view === "card"
        ? taskCard(task, taskRenderContext(t, series, now))
        : await renderTaskList(services, series, actor, view);
    await responder.updateSource(redrawn);
  }
  if (changed && responder.updateSource) return;
  const t = translator(actor.locale, actor.workspace.platform);
  const title = escapeMarkdownKeepingMentions(task.title);
  const text = changed
    ? change.kind === "reassigned"
      ? t.t("tasks.changed.reassigned", {
          actor: mention(actor.userRef),
          title,
          owner: mention(change.owner),
        })
      : t.t(`tasks.changed.${change.kind}`, { actor: mention(actor.userRef), title })
    : t.t("tasks.changed.already", { title, status: t.t(`tasks.status.${task.status}`) });
  await responder.reply(sentence(text), { ephemeral: true });
}

/**
 * A task button. Who may: the owner, the creator or a moderator mark done, reopen and reassign
 * ("taskOwner"); only the creator or a moderator drop ("taskCreator"). The dispatcher checks it.
 */
function handler(
  access: "taskOwner" | "taskCreator",
  make: (event: { selectedUser?: UserRef }, actor: Actor) => Change | null,
): ActionHandler {
  return seriesHandler({
    access,
    series: (event) => taskTarget(event.value),
    async run(scope, event, responder) {
      const { services, actor, series, task } = scope;
      const parsed = parseTaskValue(event.value);
      if (!task || !parsed) throw new AfterchatError("task_not_found");
      const loaded: Loaded = { task, series, view: parsed.view };
      const change = make(event, actor);
      if (!change) throw new AfterchatError("input_invalid", { detail: event.action });
      if (change.kind === "reassigned") await checkOwner(scope, change.owner);
      const result = await apply(services, actor, loaded, change);
      if (result.changed && change.kind === "reassigned")
        await notifyNewOwner(services, actor, loaded.series, result.task);
      await answer(services, actor, responder, loaded, result, change);
    },
  });
}

export const markTaskDone = handler("taskOwner", () => ({ kind: "done" }));
export const reopenTask = handler("taskOwner", () => ({ kind: "reopened" }));
export const dropTask = handler("taskCreator", () => ({ kind: "dropped" }));
export const reassignTask = handler("taskOwner", (event) =>
  event.selectedUser ? { kind: "reassigned", owner: event.selectedUser } : null,
);

/** "Hand a task to someone else…" on a list: asks the clicker, privately, who takes it over. */
export const pickTaskOwner: ActionHandler = seriesHandler({
  access: "taskOwner",
  series: (event) => taskTarget(event.value),
  async run({ services, actor, series, task }, _event, responder) {
    if (!task) throw new AfterchatError("task_not_found");
    const context = taskRenderContext(
      translator(actor.locale, actor.workspace.platform),
      series,
      services.clock.now(),
    );
    await responder.reply(taskHandOver(task, context), { ephemeral: true });
  },
});
