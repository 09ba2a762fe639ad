/** Tells a task's new owner, by DM, in the series' language. A DM that fails is logged, not fatal. */

import type { Series } from "../../domain/series.js";
import type { Task } from "../../domain/task.js";
import type { Actor } from "../../edge.js";
import { formatDate } from "../../i18n/dates.js";
import { escapeMarkdownKeepingMentions, mention } from "../../render/markup.js";
import { sentence } from "../../render/message.js";
import { channelTranslator } from "../channel-locale.js";
import type { Services } from "../services.js";

export async function notifyNewOwner(
  services: Services,
  actor: Actor,
  series: Series,
  task: Task,
): Promise<boolean> {
  if (!task.ownerRef || task.ownerRef === actor.userRef) return false;
  const platform = services.platforms.for(task.ownerRef);
  if (!platform) return false;
  const t = await channelTranslator(services.store, series);
  const due = task.dueAt
    ? t.t("tasks.dueOn", { due: formatDate(task.dueAt, t.locale, series.timeZone, "zoned") })
    : t.t("tasks.noDue");
  const text = t.t("tasks.dm.assigned", {
    actor: mention(actor.userRef),
    hashtag: series.hashtag,
    title: escapeMarkdownKeepingMentions(task.title),
    due,
  });
  try {
    await platform.dm(task.ownerRef, sentence(text));
    return true;
  } catch (error) {
    services.log.warn({ err: error, taskId: task.id }, "could not DM the new owner of a task");
    return false;
  }
}
