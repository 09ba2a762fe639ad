/**
 * `/afterchat setup #hashtag [title]` creates a chat series whose debrief channel is this one and
 * makes the actor its first moderator; `/afterchat setup` alone opens the set-up form (prefilled
 * when the channel already has a series, which only its moderators may edit). A channel that
 * already hosts a series is never overwritten by `setup #hashtag`: the reply says which one it is.
 */
import type { Series } from "../../domain/series.js";
import { AfterchatError } from "../../errors.js";
import { translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import { setupForm } from "../../render/setup/form.js";
import { channelMention, channelTakenMessage, createdMessage } from "../../render/setup/messages.js";
import type { Command } from "../commands/command.js";
import type { Actor } from "../interaction.js";
import { requireModerator } from "../permissions.js";
import type { ActionHandler, CommandHandler } from "../services.js";
import type { SeriesDraft } from "./setup-values.js";

type SetupCommand = Extract<Command, { name: "setup" }>;

export const setupCommand: CommandHandler<SetupCommand> = async (services, actor, command, responder) => {
  const { store } = services;
  const { t } = translator(actor.locale);
  const existing = await store.series.findByChannel(actor.workspace.id, actor.channel);
  if (command.hashtag === null) {
    if (existing) await requireModerator(store, existing, actor);
    await responder.openForm(setupForm(t, existing, actor.channel));
    return;
  }
  if (existing) {
    await responder.reply(channelTakenMessage(t, existing), { ephemeral: true });
    return;
  }
  await refuseTakenHashtag(store, actor.workspace.id, command.hashtag);
  const series = await createSeries(store, actor, actor.channel, {
    hashtag: command.hashtag,
    title: command.title ?? `#${command.hashtag}`,
    hosts: [],
    networks: ["x"],
    mastodonInstance: null,
    cron: null,
    timeZone: "UTC",
    durationMinutes: 60,
  });
  await responder.reply(createdMessage(t, series), { ephemeral: true });
};

export async function refuseTakenHashtag(store: Store, workspaceId: string, hashtag: string): Promise<void> {
  const taken = await store.series.findByHashtag(workspaceId, hashtag);
  if (taken)
    throw new AfterchatError("series_exists", {
      hashtag: taken.hashtag,
      channel: channelMention(taken.debriefChannel),
    });
}

/** Creates the series, makes the actor its first moderator and audits it, in one transaction. */
export async function createSeries(
  store: Store,
  actor: Actor,
  channel: string,
  draft: SeriesDraft,
): Promise<Series> {
  return store.transaction(async (tx) => {
    const series = await tx.series.create({
      workspaceId: actor.workspace.id,
      ...draft,
      debriefChannel: channel,
      afterPartyChannel: null,
      teamRoleIds: [],
      moderatorRoleIds: [],
      locale: null,
    });
    await tx.team.set(series.workspaceId, series.id, actor.userRef, "moderator");
    await tx.audit.append({
      workspaceId: series.workspaceId,
      actorRef: actor.userRef,
      action: "series.create",
      subjectType: "series",
      subjectId: series.id,
      detail: { hashtag: series.hashtag, channel },
    });
    return series;
  });
}

/** The "Open the set-up form" button: the series it names, or the channel's, or a new one. */
export const openSetupForm: ActionHandler = async (services, actor, event, responder) => {
  const { store } = services;
  const { t } = translator(actor.locale);
  const named =
    event.value && event.value !== "new" ? await store.series.get(actor.workspace.id, event.value) : null;
  const series = named ?? (await store.series.findByChannel(actor.workspace.id, actor.channel));
  if (series) await requireModerator(store, series, actor);
  await responder.openForm(setupForm(t, series, series?.debriefChannel ?? actor.channel));
};
