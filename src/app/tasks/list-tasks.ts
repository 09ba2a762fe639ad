/**
 * `/afterchat tasks [mine|all]`: open tasks, soonest due first, overdue ones flagged. "mine" is
 * the actor's own, answered to them alone in their language; "all" is the series' list, posted
 * in the channel in the series' language, for team members.
 */
import type { Series } from "../../domain/series.js";
import type { Task } from "../../domain/task.js";
import type { Actor } from "../../edge.js";
import { type Translator, translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import type { Message } from "../../render/message.js";
import { taskRenderContext } from "../../render/tasks/line.js";
import { taskList } from "../../render/tasks/list.js";
import { channelTranslator } from "../channel-locale.js";
import { type CommandHandler, seriesHandler } from "../handler.js";

export const listTasks: CommandHandler<"tasks"> = seriesHandler({
  access: (command) => (command.scope === "mine" ? "anyone" : "member"),
  async run({ services, actor, series }, command, responder) {
    const message = await renderTaskList(services.store, series, actor, command.scope, services.clock.now());
    await responder.reply(message, { ephemeral: command.scope === "mine" });
  },
});

/** The list as the actor should see it now (also used to redraw it after a button). */
export async function renderTaskList(
  store: Store,
  series: Series,
  actor: Actor,
  scope: "mine" | "all",
  now: Date,
): Promise<Message> {
  const open: Task[] = await store.tasks.list(series.workspaceId, {
    seriesId: series.id,
    status: ["open"],
    ...(scope === "mine" ? { ownerRef: actor.userRef } : {}),
  });
  const t: Translator = scope === "mine" ? translator(actor.locale) : await channelTranslator(store, series);
  return taskList(open, { scope, hashtag: series.hashtag }, taskRenderContext(t, series, now));
}
