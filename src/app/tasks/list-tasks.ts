/**
 * `/afterchat tasks [mine|all]`: open tasks, soonest due first, overdue ones flagged. "mine" is
 * the actor's own, answered to them alone in their language; "all" is the series' list, posted
 * in the channel in the series' language, for team members.
 */
import type { Series } from "../../domain/series.js";
import type { Task } from "../../domain/task.js";
import type { Actor } from "../../edge.js";
import { type Translator, translator } from "../../i18n/index.js";
import { type Message, sentence } from "../../render/message.js";
import { taskRenderContext } from "../../render/tasks/line.js";
import { taskList } from "../../render/tasks/list.js";
import { roleOf } from "../access.js";
import { channelTranslator } from "../channel-locale.js";
import { type CommandHandler, seriesHandler } from "../handler.js";
import { peopleNames } from "../names.js";
import { postedJustNow } from "../replays.js";
import type { Services } from "../services.js";

export const listTasks: CommandHandler<"tasks"> = seriesHandler({
  access: (command) => (command.scope === "mine" ? "anyone" : "member"),
  async run({ services, actor, series }, command, responder) {
    const message = await renderTaskList(services, series, actor, command.scope);
    const mine = command.scope === "mine";
    if (!mine && postedJustNow(actor.channel, message, services.clock.now())) {
      const { t } = translator(actor.locale, actor.workspace.platform);
      await responder.reply(sentence(t("common.listRepeated")), { ephemeral: true });
      return;
    }
    await responder.reply(message, { ephemeral: mine });
  },
});

/**
 * The list as the actor should see it now (also used to redraw it after a button). Owners are
 * named, not mentioned: a list asked for again should not ping everyone on it again.
 */
export async function renderTaskList(
  services: Pick<Services, "store" | "platforms" | "clock">,
  series: Series,
  actor: Actor,
  scope: "mine" | "all",
): Promise<Message> {
  const { store } = services;
  const open: Task[] = await store.tasks.list(series.workspaceId, {
    seriesId: series.id,
    status: ["open"],
    ...(scope === "mine" ? { ownerRef: actor.userRef } : {}),
  });
  const t: Translator =
    scope === "mine"
      ? translator(actor.locale, actor.workspace.platform)
      : await channelTranslator(store, series);
  const names = await peopleNames(
    services.platforms,
    open.map((task) => task.ownerRef),
    open.map((task) => task.title),
  );
  const context = { ...taskRenderContext(t, series, services.clock.now()), names };
  // `tasks mine` is open to anyone (a task may be handed to someone outside the team), but the
  // export its "and N more" points to is the team's: someone else is told who can run it.
  const role = scope === "mine" ? await roleOf(store, series, actor) : "member";
  const exportable = role === "member" || role === "moderator";
  return taskList(open, { scope, hashtag: series.hashtag, exportable }, context);
}
