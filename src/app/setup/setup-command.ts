/**
 * `/afterchat setup #hashtag [title]` creates a chat series whose debrief channel is this one and
 * makes the actor its first moderator; `/afterchat setup` alone opens the set-up form (prefilled
 * when the channel already has a series, which only its moderators may edit). A channel that
 * already hosts a series is never overwritten by `setup #hashtag`: the reply says which one it is.
 */
import type { Series } from "../../domain/series.js";
import type { Actor } from "../../edge.js";
import { AfterchatError } from "../../errors.js";
import { type Translator, translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import { sentence } from "../../render/message.js";
import { setupForm } from "../../render/setup/form.js";
import { channelMention, channelTakenMessage, createdMessage } from "../../render/setup/messages.js";
import { type ActionHandler, type CommandHandler, plainHandler } from "../handler.js";
import { type SetupDraft, takeDraft } from "./drafts.js";
import type { SeriesDraft } from "./setup-values.js";
import { canonicalZone } from "./zone.js";

/**
 * In a channel that has a series: its moderators edit it (anyone trying `setup #other` there is
 * told which chat it hosts). Elsewhere: whoever may create a series here (access.ts).
 */
export const setupCommand: CommandHandler<"setup"> = plainHandler({
  access: (command, existing) => (existing ? (command.hashtag ? "anyone" : "moderator") : "creator"),
  series: "here",
  async run({ services, actor, series: existing }, command, responder) {
    const { store } = services;
    const { t } = translator(actor.locale, actor.workspace.platform);
    if (command.hashtag === null && command.afterParty) {
      // `setup after-party:#channel` in a chat's channel: its moderators move the after-party.
      if (!existing) throw new AfterchatError("series_not_found");
      const moved = await setAfterPartyChannel(store, actor, existing, command.afterParty);
      await responder.reply(sentence(afterPartyLine(t, moved)), { ephemeral: true });
      return;
    }
    if (command.hashtag === null) {
      await responder.openForm(setupFormFor(actor, existing, actor.channel));
      return;
    }
    if (existing) {
      await responder.reply(channelTakenMessage(t, existing), { ephemeral: true });
      return;
    }
    await refuseTakenHashtag(store, actor.workspace.id, command.hashtag);
    const series = await createSeries(
      store,
      actor,
      actor.channel,
      {
        hashtag: command.hashtag,
        title: command.title ?? `#${command.hashtag}`,
        hosts: [],
        networks: ["x"],
        mastodonInstance: null,
        cron: null,
        timeZone: "UTC",
        durationMinutes: 60,
      },
      command.afterParty ?? null,
    );
    const created = createdMessage(t, series, actor.workspace.platform);
    if (series.afterPartyChannel)
      created.blocks.splice(1, 0, { type: "section", text: afterPartyLine(t, series) });
    await responder.reply(created, { ephemeral: true });
  },
});

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
  afterPartyChannel: string | null = null,
): Promise<Series> {
  return store.transaction(async (tx) => {
    const series = await tx.series.create({
      workspaceId: actor.workspace.id,
      ...draft,
      debriefChannel: channel,
      afterPartyChannel,
      teamRoleIds: [],
      moderatorRoleIds: [],
      // One language per channel: the creator's, said in the confirmation, changed with `language`.
      locale: actor.locale,
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

/** "Its after-parties happen in #voice." */
export function afterPartyLine(t: Translator["t"], series: Series): string {
  return t("setup.afterPartyHere", { channel: channelMention(series.afterPartyChannel) });
}

/** Moves the series' after-party channel, audited, in one transaction. */
export async function setAfterPartyChannel(
  store: Store,
  actor: Actor,
  series: Series,
  channel: string,
): Promise<Series> {
  return store.transaction(async (tx) => {
    const updated = await tx.series.update(series.workspaceId, series.id, { afterPartyChannel: channel });
    await tx.audit.append({
      workspaceId: series.workspaceId,
      actorRef: actor.userRef,
      action: "series.afterParty",
      subjectType: "series",
      subjectId: series.id,
      detail: { from: series.afterPartyChannel, to: channel },
    });
    return updated;
  });
}

/** The "Open the set-up form" button: the series it names, else the channel's, else a new one. */
export const openSetupForm: ActionHandler = plainHandler({
  access: (_event, series) => (series ? "moderator" : "creator"),
  series: (event) => (event.value && event.value !== "new" ? { seriesId: event.value } : "here"),
  async run({ services, actor, series }, _event, responder) {
    const draft = takeDraft(actor.userRef, series?.id ?? "new", services.clock.now());
    await responder.openForm(setupFormFor(actor, series, series?.debriefChannel ?? actor.channel, draft));
  },
});

/**
 * The set-up form in the actor's language. Discord modals hold five fields, so Discord picks the
 * schedule in a second form (schedule-form.ts); elsewhere the pickers are in this one, the zone
 * defaulting to the person's own.
 */
function setupFormFor(actor: Actor, series: Series | null, channel: string, draft: SetupDraft | null = null) {
  const tr = translator(actor.locale, actor.workspace.platform);
  const pickers =
    actor.workspace.platform === "discord"
      ? null
      : { tr, timeZone: canonicalZone(actor.timeZone ?? "UTC") ?? "UTC" };
  return setupForm(tr.t, series, channel, draft, pickers);
}
