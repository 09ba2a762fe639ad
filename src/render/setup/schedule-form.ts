/**
 * Discord's schedule form, the set-up's second step: five selects (day, hour, minute, zone,
 * length) showing the series' schedule, because a Discord modal holds five fields and the set-up
 * form's are taken. Its state is the series' id.
 */
import type { Translator } from "../../i18n/index.js";
import type { Form } from "../message.js";
import { type ScheduleOf, scheduleFields } from "./pickers.js";

export const SCHEDULE_FORM_ID = "setup.schedule";

export function scheduleForm(tr: Translator, series: ScheduleOf & { id: string }): Form {
  return {
    id: SCHEDULE_FORM_ID,
    state: series.id,
    title: tr.t("setup.pick.title"),
    submit: tr.t("setup.form.submit"),
    fields: scheduleFields(tr, series, "selects"),
  };
}
