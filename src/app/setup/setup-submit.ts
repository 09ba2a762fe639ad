/**
 * The set-up form's submission: every field is checked (cron with node-cron, zone with luxon) and
 * all problems are answered at once, precisely; nothing is saved until everything reads. A new
 * series is created in the channel the form was opened from; an existing one is updated by a
 * moderator. Audited either way. A saved schedule is planned at once (plan-now.ts).
 */
import type { Series } from "../../domain/series.js";
import type { SetupField, SetupProblem } from "../../domain/setup.js";
import type { Actor } from "../../edge.js";
import { AfterchatError } from "../../errors.js";
import { translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import {
  createdMessage,
  problemsByField,
  problemsMessage,
  savedMessage,
} from "../../render/setup/messages.js";
import { readSetupState } from "../../render/setup/state.js";
import { refreshUpcomingEvent } from "../after-party/refresh-event.js";
import { type FormHandler, plainHandler, type Target } from "../handler.js";
import { rememberDraft } from "./drafts.js";
import { planSavedSchedule } from "./plan-now.js";
import { createSeries } from "./setup-command.js";
import { readSetupValues, type SeriesDraft } from "./setup-values.js";
import { canonicalZone } from "./zone.js";

/** The form's state names the series being edited, or the channel a new one will live in. */
function setupTarget(text: string): Target {
  const state = readSetupState(text);
  if (!state) throw new AfterchatError("input_invalid", { detail: "setup form state" });
  return "seriesId" in state ? { seriesId: state.seriesId } : { channel: state.channel };
}

export const submitSetup: FormHandler = plainHandler({
  access: (_submission, existing) => (existing ? "moderator" : "creator"),
  series: (submission) => setupTarget(submission.state),
  async run(scope, submission, responder) {
    const { services, actor, series: existing } = scope;
    const { store } = services;
    const { t } = translator(actor.locale, actor.workspace.platform);
    const reopen = existing?.id ?? "new";
    const read = readSetupValues(submission.values as Partial<Record<SetupField, string>>, {
      timeZone: existing?.timeZone ?? canonicalZone(actor.timeZone ?? "UTC") ?? "UTC",
      durationMinutes: existing?.durationMinutes ?? 60,
    });
    const refuse = async (problems: readonly SetupProblem[]) => {
      // Slack keeps the form open with a sentence under each field; elsewhere the typing is kept
      // for the "Fix the form" button.
      if (await responder.keepForm?.(problemsByField(t, problems))) return;
      rememberDraft(actor.userRef, reopen, submission.values, services.clock.now());
      await responder.reply(problemsMessage(t, problems, reopen), { ephemeral: true });
    };
    if (!read.ok) return refuse(read.error);
    const taken = await store.series.findByHashtag(actor.workspace.id, read.value.hashtag);
    if (taken && taken.id !== existing?.id)
      return refuse([{ code: "hashtag_taken", input: read.value.hashtag }]);
    if (existing) {
      const saved = await updateSeries(store, actor, existing, read.value);
      await planSavedSchedule(services, existing, saved);
      await refreshUpcomingEvent(services, saved);
      await responder.reply(
        savedMessage(
          translator(actor.locale, actor.workspace.platform),
          saved,
          actor.workspace.platform === "discord",
        ),
        {
          ephemeral: true,
        },
      );
      return;
    }
    const channel = scope.channel ?? actor.channel;
    const occupant = await store.series.findByChannel(actor.workspace.id, channel);
    if (occupant)
      throw new AfterchatError("series_exists", { hashtag: occupant.hashtag, channel: `<#${channel}>` });
    const created = await createSeries(store, actor, channel, read.value);
    await planSavedSchedule(services, null, created);
    await responder.reply(createdMessage(t, created, actor.workspace.platform), { ephemeral: true });
    await responder.reply(savedMessage(translator(actor.locale, actor.workspace.platform), created), {
      ephemeral: true,
    });
  },
});

/** Saves what changed (a whole draft, or only the schedule), audited with the names of what changed. */
export async function updateSeries(
  store: Store,
  actor: Actor,
  series: Series,
  draft: Partial<SeriesDraft>,
): Promise<Series> {
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
