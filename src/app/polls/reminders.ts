/**
 * Reminds team members who have not voted, by DM. The team is the explicit members plus everyone
 * holding the series' team or moderator roles. Who has answered comes from the votes (named) or
 * the turnout (anonymous: who answered, never what, and "legacy:" keys of polls opened before the
 * ballot box); the DM says nothing about anyone else.
 * Returns how many were reminded.
 */
import { JOB_KINDS } from "../../domain/job-keys.js";
import { turnoutNames } from "../../domain/polls.js";
import { formatDate } from "../../i18n/dates.js";
import { translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import { escapeMarkdown } from "../../render/markup.js";
import { sentence } from "../../render/message.js";
import { seriesLocaleOf } from "../channel-locale.js";
import type { Services } from "../services.js";
import { pollById } from "./poll-context.js";

export const POLL_REMINDER_JOB = JOB_KINDS.pollReminder;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Queues the poll's reminder (a job of kind POLL_REMINDER_JOB, key "poll:<id>:remind"): a day
 * before it closes, or half-way through when it lasts less than two days. Called in the
 * transaction that opens the poll, so an opened poll always has its reminder.
 */
export async function schedulePollReminder(
  store: Store,
  poll: { id: string; workspaceId: string; closesAt: Date | null },
  now: Date,
): Promise<boolean> {
  if (!poll.closesAt || poll.closesAt <= now) return false;
  const lead = Math.min(DAY_MS, (poll.closesAt.getTime() - now.getTime()) / 2);
  return store.jobs.schedule({
    key: `poll:${poll.id}:remind`,
    kind: POLL_REMINDER_JOB,
    workspaceId: poll.workspaceId,
    payload: { pollId: poll.id },
    runAt: new Date(poll.closesAt.getTime() - lead),
  });
}

export async function remindNonVoters(
  services: Services,
  workspaceId: string,
  pollId: string,
): Promise<number> {
  const { store, platforms, log, secret } = services;
  const ctx = await pollById(store, workspaceId, pollId);
  if (ctx?.poll.status !== "open") return 0;
  const { series, poll, edition } = ctx;
  const members = new Set((await store.team.list(series.workspaceId, series.id)).map((m) => m.userRef));
  const roleIds = [...new Set([...series.teamRoleIds, ...series.moderatorRoleIds])];
  const workspace = await store.workspaces.get(series.workspaceId);
  const home = poll.channelRef ?? series.debriefChannel;
  if (roleIds.length && workspace && home) {
    for (const ref of (await platforms.for(home)?.roleMembers(workspace, roleIds)) ?? []) members.add(ref);
  }
  const voted = await store.polls.voters(series.workspaceId, poll.id);
  const namesOf = (member: string) => (poll.anonymous ? turnoutNames(poll.id, member, secret) : [member]);
  const locale = await seriesLocaleOf(store, series);
  const { t } = translator(locale);
  const text = t("poll.reminder", {
    hashtag: escapeMarkdown(series.hashtag),
    number: edition.number,
    closes: poll.closesAt ? formatDate(poll.closesAt, locale, series.timeZone, "zoned") : "",
  });
  let reminded = 0;
  for (const member of members) {
    if (namesOf(member).some((name) => voted.has(name))) continue;
    const platform = platforms.for(member);
    if (!platform) continue;
    try {
      await platform.dm(member, sentence(text));
      reminded += 1;
    } catch (error) {
      log.warn({ err: error, pollId, workspaceId }, "poll reminder DM failed");
    }
  }
  return reminded;
}
