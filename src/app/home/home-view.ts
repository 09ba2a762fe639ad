/**
 * The App Home tab (Slack `app_home_opened`): the series the reader is on the team of, each with
 * its current edition, latest headline figures and open poll, then the reader's open tasks with a
 * Done button. A neutral Message: the adapter publishes it (views.publish), within 100 blocks.
 */
import type { Edition } from "../../domain/edition.js";
import type { Series } from "../../domain/series.js";
import type { Task } from "../../domain/task.js";
import type { Actor } from "../../edge.js";
import { type Translator, translator } from "../../i18n/index.js";
import type { Block, Message } from "../../render/message.js";
import { taskLine } from "../../render/tasks/line.js";
import { taskValue } from "../../render/tasks/value.js";
import { roleOf } from "../access.js";
import { currentEdition } from "../context.js";
import type { Services } from "../services.js";
import { type SeriesFacts, seriesBlocks } from "./series-card.js";

/** Keeps the tab far below Slack's 100 blocks: 8 series x 4 blocks + 15 tasks + headers. */
export const HOME_MAX_SERIES = 8;
export const HOME_MAX_TASKS = 15;

export async function homeView(services: Services, actor: Actor): Promise<Message> {
  const t = translator(actor.locale, actor.workspace.platform);
  const now = services.clock.now();
  const open = await services.store.tasks.list(actor.workspace.id, {
    ownerRef: actor.userRef,
    status: ["open"],
  });
  const { mine, team } = await seriesOf(services, actor, new Set(open.map((task) => task.seriesId)));
  const blocks: Block[] = [
    { type: "header", text: t.t("home.title") },
    { type: "context", text: t.t(mine.length ? "home.intro" : "home.empty") },
  ];
  for (const series of mine.slice(0, HOME_MAX_SERIES)) {
    blocks.push({ type: "divider" }, ...seriesBlocks(await factsOf(services, series, now), t, now));
  }
  if (mine.length > HOME_MAX_SERIES)
    blocks.push({ type: "context", text: t.t("home.moreSeries", { count: mine.length - HOME_MAX_SERIES }) });
  if (mine.length) blocks.push({ type: "divider" }, ...taskBlocks(open, mine, team, t, now));
  return { text: t.t("home.title"), blocks };
}

/**
 * Active series of the workspace the actor is on the team of (admins: all of them), or owns an
 * open task in (a task can be given to someone outside the team); `team`: the ids of those whose
 * team the actor is on (they may run `export tasks` there).
 */
async function seriesOf(
  services: Services,
  actor: Actor,
  withTasks: Set<string>,
): Promise<{ mine: Series[]; team: Set<string> }> {
  const all = (await services.store.series.list(actor.workspace.id)).filter((s) => s.active);
  const roles = await Promise.all(all.map((s) => roleOf(services.store, s, actor)));
  const team = new Set(
    all.filter((_s, i) => roles[i] === "member" || roles[i] === "moderator").map((s) => s.id),
  );
  const mine = all
    .filter((s, i) => roles[i] !== null || withTasks.has(s.id))
    .sort((a, b) => a.hashtag.localeCompare(b.hashtag));
  return { mine, team };
}

async function factsOf(services: Services, series: Series, now: Date): Promise<SeriesFacts> {
  const { editions, polls } = services.store;
  const recent = await editions.list(series.workspaceId, series.id, { limit: 10 });
  const current = await currentEdition(services.store, series, now);
  const measured = recent.find((e) => e.headline !== null) ?? null;
  let openPoll: SeriesFacts["openPoll"] = null;
  for (const edition of recent as Edition[]) {
    const poll = await polls.openForEdition(series.workspaceId, edition.id);
    if (poll) {
      openPoll = { poll, edition };
      break;
    }
  }
  return { series, current, measured, openPoll };
}

function taskBlocks(open: Task[], mine: Series[], team: Set<string>, t: Translator, now: Date): Block[] {
  const zones = new Map(mine.map((s) => [s.id, s.timeZone]));
  const sorted = open.sort((a, b) => (a.dueAt?.getTime() ?? Infinity) - (b.dueAt?.getTime() ?? Infinity));
  const blocks: Block[] = [{ type: "header", text: t.t("home.tasksTitle") }];
  if (sorted.length === 0) blocks.push({ type: "context", text: t.t("home.noTasks") });
  for (const task of sorted.slice(0, HOME_MAX_TASKS)) {
    const context = { t, timeZone: zones.get(task.seriesId) ?? "UTC", now };
    blocks.push({
      type: "section",
      text: taskLine(task, context),
      accessory: { action: "task.done", value: taskValue(task.id, "mine"), label: t.t("tasks.button.done") },
    });
  }
  const hidden = sorted.slice(HOME_MAX_TASKS);
  if (hidden.length > 0) {
    // `export tasks` is the team's: a reader outside the team of a hidden task's chat is told who can.
    const outside = hidden.some((task) => !team.has(task.seriesId));
    const more = outside ? "home.moreTasksAskTeam" : "home.moreTasks";
    blocks.push({ type: "context", text: t.t(more, { count: hidden.length }) });
  }
  return blocks;
}
