/**
 * `/afterchat watch add|list|remove|remind` (issue 16 point 1): other chats this channel follows.
 * Who may: in a chat's channel, its team lists, adds and asks for reminders, its moderators remove;
 * in a channel without a chat, the workspace's admins (docs/permissions.md).
 */

import { parseDuration } from "../../domain/duration.js";
import { watchKeyPrefix } from "../../domain/job-keys.js";
import type { Network } from "../../domain/post.js";
import type { Series } from "../../domain/series.js";
import { DEFAULT_REMIND_MINUTES, type Watch } from "../../domain/watch.js";
import type { Actor, Responder } from "../../edge.js";
import { AfterchatError } from "../../errors.js";
import { formatDate } from "../../i18n/dates.js";
import { translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import { escapeMarkdown } from "../../render/markup.js";
import { sentence } from "../../render/message.js";
import { watchListMessage } from "../../render/watch/messages.js";
import type { WatchCommand } from "../commands/command.js";
import type { Access, CommandHandler } from "../handler.js";
import { plainHandler } from "../handler.js";
import type { Services } from "../services.js";
import { readSchedule } from "../setup/schedule.js";
import { instanceUrl } from "../setup/setup-values.js";
import { watchChannelOf } from "./channel.js";
import { planWatch } from "./plan.js";

/** Who may: the chat's team (its moderators to remove), else the workspace's admins. */
export function watchAccess(action: WatchCommand["action"], series: Series | null): Access {
  if (series === null) return "admin";
  return action === "remove" ? "moderator" : "member";
}

export const watchCommand: CommandHandler<"watch"> = plainHandler({
  series: "here",
  access: (command, series) => watchAccess(command.action, series),
  async run({ services, actor }, command, responder) {
    switch (command.action) {
      case "list": {
        const watches = await services.store.watches.list(actor.workspace.id, watchChannelOf(actor));
        await responder.reply(watchListMessage(translator(actor.locale, actor.workspace.platform), watches), {
          ephemeral: true,
        });
        return;
      }
      case "add":
        return addWatch(services, actor, command, responder);
      case "remove":
        return removeWatch(services, actor, command, responder);
      case "remind":
        return remind(services.store, actor, command, responder);
    }
  },
});

async function addWatch(services: Services, actor: Actor, command: WatchCommand, responder: Responder) {
  const { store } = services;
  const { t } = translator(actor.locale, actor.workspace.platform);
  const hashtag = command.hashtag ?? "";
  const schedule = readSchedule(command.schedule ?? "", { timeZone: "UTC", durationMinutes: 60 });
  if (!schedule.ok) {
    const lines = schedule.error.map((p) =>
      t(`setup.problems.${p.code}`, { input: escapeMarkdown(p.input ?? ""), max: 100 }),
    );
    await responder.reply(sentence(lines.join("\n")), { ephemeral: true });
    return;
  }
  let remindMinutes = DEFAULT_REMIND_MINUTES;
  if (command.remind !== null) {
    const parsed = /^\d+$/u.test(command.remind) ? null : parseDuration(command.remind);
    const minutes = parsed === null ? Number(command.remind) : parsed.ok ? parsed.value / 60_000 : Number.NaN;
    if (!Number.isFinite(minutes) || minutes < 0 || minutes > 24 * 60) {
      await responder.reply(sentence(t("watch.remindInvalid", { input: escapeMarkdown(command.remind) })), {
        ephemeral: true,
      });
      return;
    }
    remindMinutes = Math.round(minutes);
  }
  const instance = command.instance ? instanceUrl(command.instance) : null;
  const networks: Network[] = command.networks.length ? command.networks : ["x"];
  const now = services.clock.now();
  const { watch, created } = await store.transaction(async (tx) => {
    const added = await tx.watches.add({
      workspaceId: actor.workspace.id,
      channel: watchChannelOf(actor),
      hashtag,
      hosts: command.hosts,
      networks,
      mastodonInstance: instance,
      ...schedule.value,
      remindMinutes,
      note: command.note,
      createdBy: actor.userRef,
    });
    if (added.created) {
      await tx.audit.append({
        workspaceId: actor.workspace.id,
        actorRef: actor.userRef,
        action: "watch.add",
        subjectType: "watch",
        subjectId: added.watch.id,
        detail: { hashtag: added.watch.hashtag, channel: added.watch.channel, cron: added.watch.cron },
      });
      await planWatch(tx, added.watch, now);
    }
    return added;
  });
  const tag = escapeMarkdown(watch.hashtag);
  if (!created) {
    await responder.reply(sentence(t("watch.already", { hashtag: tag })), { ephemeral: true });
    return;
  }
  const next = (await store.watchEditions.list(watch.workspaceId, watch.id)).at(-1);
  const text = next
    ? t("watch.addedScheduled", {
        hashtag: tag,
        minutes: watch.remindMinutes,
        next: formatDate(next.startsAt, actor.locale, watch.timeZone),
      })
    : t("watch.added", { hashtag: tag });
  await responder.reply(sentence(text), { ephemeral: false });
}

async function findHere(store: Store, actor: Actor, hashtag: string): Promise<Watch> {
  const watch = await store.watches.find(actor.workspace.id, watchChannelOf(actor), hashtag);
  if (!watch) throw new AfterchatError("watch_not_found", { hashtag });
  return watch;
}

async function removeWatch(services: Services, actor: Actor, command: WatchCommand, responder: Responder) {
  const { store } = services;
  const watch = await findHere(store, actor, command.hashtag ?? "");
  await store.transaction(async (tx) => {
    await tx.watches.remove(watch.workspaceId, watch.id);
    await tx.jobs.cancelPending(watchKeyPrefix(watch.id));
    await tx.audit.append({
      workspaceId: watch.workspaceId,
      actorRef: actor.userRef,
      action: "watch.remove",
      subjectType: "watch",
      subjectId: watch.id,
      detail: { hashtag: watch.hashtag, channel: watch.channel },
    });
  });
  const { t } = translator(actor.locale, actor.workspace.platform);
  await responder.reply(sentence(t("watch.removed", { hashtag: escapeMarkdown(watch.hashtag) })), {
    ephemeral: false,
  });
}

/** DM reminders on or off, for one watched chat or every one of this channel. */
export async function remind(
  store: Store,
  actor: Actor,
  command: Pick<WatchCommand, "hashtag" | "on">,
  responder: Responder,
) {
  const { t } = translator(actor.locale, actor.workspace.platform);
  const watches = command.hashtag
    ? [await findHere(store, actor, command.hashtag)]
    : await store.watches.list(actor.workspace.id, watchChannelOf(actor));
  await remindFor(store, actor, watches, command.on, responder, t);
}

export async function remindFor(
  store: Store,
  actor: Actor,
  watches: readonly Watch[],
  on: boolean,
  responder: Responder,
  t: ReturnType<typeof translator>["t"],
) {
  if (watches.length === 0) {
    await responder.reply(sentence(t("watch.remindNone")), { ephemeral: true });
    return;
  }
  await store.transaction(async (tx) => {
    for (const watch of watches) await tx.watches.setReminder(watch.workspaceId, watch.id, actor.userRef, on);
  });
  const hashtags = watches.map((w) => `#${escapeMarkdown(w.hashtag)}`).join(", ");
  const text = !on
    ? t("watch.remindOff", { hashtags })
    : watches.length === 1
      ? t("watch.remindOn", { hashtag: escapeMarkdown(watches[0]!.hashtag) })
      : t("watch.remindOnAll", { hashtags });
  await responder.reply(sentence(text), { ephemeral: true });
}
