/**
 * Discord's second set-up step (its modal holds five fields, all taken by the set-up form): "Change
 * the schedule" opens the schedule's pickers in a form of their own, read with the same rules as
 * Slack's (picked-schedule.ts); the channel select beside it sets where after-parties happen.
 * Moderators only, audited, the saved schedule planned at once as the set-up form does.
 */
import { translator } from "../../i18n/index.js";
import { sentence } from "../../render/message.js";
import { problemsMessage, savedMessage, scheduleStep } from "../../render/setup/messages.js";
import { SCHEDULE_FORM_ID, scheduleForm } from "../../render/setup/schedule-form.js";
import { refreshUpcomingEvent } from "../after-party/refresh-event.js";
import { type ActionHandler, type FormHandler, seriesHandler } from "../handler.js";
import { readFormSchedule } from "./picked-schedule.js";
import { planSavedSchedule } from "./plan-now.js";
import { afterPartyLine, setAfterPartyChannel } from "./setup-command.js";
import { updateSeries } from "./setup-submit.js";

export { SCHEDULE_FORM_ID };

/** "Change the schedule": the pickers, showing the series' schedule. */
export const openScheduleForm: ActionHandler = seriesHandler({
  access: "moderator",
  series: (event) => ({ seriesId: event.value }),
  async run({ actor, series }, _event, responder) {
    await responder.openForm(scheduleForm(translator(actor.locale, actor.workspace.platform), series));
  },
});

export const submitSchedule: FormHandler = seriesHandler({
  access: "moderator",
  series: (submission) => ({ seriesId: submission.state }),
  async run({ services, actor, series }, submission, responder) {
    const tr = translator(actor.locale, actor.workspace.platform);
    const read = readFormSchedule(submission.values, series);
    if (!read.ok) {
      // The problems, and the way back to this form (not the set-up form's "Open the form again").
      const problems = problemsMessage(tr.t, read.error, series.id);
      const blocks = [...problems.blocks.filter((b) => b.type !== "actions"), scheduleStep(tr.t, series)];
      await responder.reply({ ...problems, blocks }, { ephemeral: true });
      return;
    }
    const saved = await updateSeries(services.store, actor, series, read.value);
    await planSavedSchedule(services, series, saved);
    await refreshUpcomingEvent(services, saved);
    await responder.reply(savedMessage(tr, saved, true), { ephemeral: true });
  },
});

/** The after-party channel picked (checked to be of the actor's workspace by the dispatcher). */
export const pickAfterParty: ActionHandler = seriesHandler({
  access: "moderator",
  series: (event) =>
    event.selectedChannel
      ? { seriesId: event.value, channel: event.selectedChannel }
      : { seriesId: event.value },
  async run({ services, actor, series, channel }, _event, responder) {
    const { t } = translator(actor.locale, actor.workspace.platform);
    if (!channel) return;
    const moved = await setAfterPartyChannel(services.store, actor, series, channel);
    await responder.reply(sentence(afterPartyLine(t, moved)), { ephemeral: true });
  },
});
