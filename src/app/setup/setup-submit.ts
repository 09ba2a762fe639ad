/**
 * The set-up form's submission: every field is checked (cron with node-cron, zone with luxon) and
 * all problems are answered at once, precisely; nothing is saved until everything reads. A new
 * series is created in the channel the form was opened from; an existing one is updated by a
 * moderator. Audited either way. A saved schedule is planned at once (plan-now.ts).
 */
import type { Series } from "../../domain/series.js";
import type { SetupField } from "../../domain/setup.js";
import { AfterchatError } from "../../errors.js";
import { translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import { createdMessage, problemsMessage, savedMessage } from "../../render/setup/messages.js";
import { readSetupState } from "../../render/setup/state.js";
import type { Actor } from "../interaction.js";
import { requireModerator } from "../permissions.js";
import type { FormHandler } from "../services.js";
import { planSavedSchedule } from "./plan-now.js";
import { createSeries } from "./setup-command.js";
import { readSetupValues, type SeriesDraft } from "./setup-values.js";

export const submitSetup: FormHandler = async (services, actor, submission, responder) => {
  const { store } = services;
  const { t } = translator(actor.locale);
  const state = readSetupState(submission.state);
  if (!state) throw new AfterchatError("input_invalid", { detail: "setup form state" });
  const existing = "seriesId" in state ? await store.series.get(actor.workspace.id, state.seriesId) : null;
  if ("seriesId" in state && !existing) throw new AfterchatError("series_not_found");
  if (existing) await requireModerator(store, existing, actor);
  const reopen = existing?.id ?? "new";

  const read = readSetupValues(submission.values as Partial<Record<SetupField, string>>, {
    timeZone: existing?.timeZone ?? "UTC",
    durationMinutes: existing?.durationMinutes ?? 60,
  });
  if (!read.ok) {
    await responder.reply(problemsMessage(t, read.error, reopen), { ephemeral: true });
    return;
  }
  const taken = await store.series.findByHashtag(actor.workspace.id, read.value.hashtag);
  if (taken && taken.id !== existing?.id) {
    await responder.reply(
      problemsMessage(t, [{ code: "hashtag_taken", input: read.value.hashtag }], reopen),
      {
        ephemeral: true,
      },
    );
    return;
  }
  if (existing) {
    const saved = await updateSeries(store, actor, existing, read.value);
    await planSavedSchedule(services, existing, saved);
    await responder.reply(savedMessage(t, saved), { ephemeral: true });
    return;
  }
  const channel = "channel" in state ? state.channel : actor.channel;
  const occupant = await store.series.findByChannel(actor.workspace.id, channel);
  if (occupant)
    throw new AfterchatError("series_exists", { hashtag: occupant.hashtag, channel: `<#${channel}>` });
  const created = await createSeries(store, actor, channel, read.value);
  await planSavedSchedule(services, null, created);
  await responder.reply(createdMessage(t, created), { ephemeral: true });
  await responder.reply(savedMessage(t, created), { ephemeral: true });
};

async function updateSeries(store: Store, actor: Actor, series: Series, draft: SeriesDraft): Promise<Series> {
  const changed = (Object.keys(draft) as Array<keyof SeriesDraft>).filter(
    (key) => JSON.stringify(draft[key]) !== JSON.stringify(series[key]),
  );
  return store.transaction(async (tx) => {
    const saved = await tx.series.update(series.workspaceId, series.id, draft);
    await tx.audit.append({
      workspaceId: series.workspaceId,
      actorRef: actor.userRef,
      action: "series.update",
      subjectType: "series",
      subjectId: series.id,
      detail: { changed },
    });
    return saved;
  });
}
