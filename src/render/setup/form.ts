/**
 * The set-up form: five fields, because Discord modals allow five (Discord picks the schedule in a
 * second form, schedule-form.ts); Slack's also has the schedule's pickers. Prefilled from the series
 * when there is one, so saving without touching a field keeps it.
 */

import type { Series } from "../../domain/series.js";
import type { SetupField } from "../../domain/setup.js";
import { picksOf } from "../../domain/weekly.js";
import type { Translator } from "../../i18n/index.js";
import type { Form, FormField } from "../message.js";
import { scheduleFields } from "./pickers.js";
import { SETUP_STATE_NEW, setupState } from "./state.js";

export const SETUP_FORM_ID = "setup";

/** The schedule field's text for a series: "0 18 * * 2 Europe/Paris 60m". */
export function scheduleText(series: Pick<Series, "cron" | "timeZone" | "durationMinutes">): string {
  return [series.cron, series.timeZone, `${series.durationMinutes}m`].filter(Boolean).join(" ");
}

export function networksText(series: Pick<Series, "networks" | "mastodonInstance">): string {
  return series.networks
    .map((n) => (n === "mastodon" && series.mastodonInstance ? `mastodon ${series.mastodonInstance}` : n))
    .join(", ");
}

/**
 * `draft`: what the user typed in a form that did not read, shown again in place of the saved values.
 * `pickers`: where the form has room (Slack), the schedule's pickers, defaulting to `timeZone` (the
 * creator's); the typed schedule field then stays for experts, filled only when no picker can say
 * the series' schedule (a cron).
 */
export function setupForm(
  t: Translator["t"],
  series: Series | null,
  channel: string,
  draft: Partial<Record<SetupField, string>> | null = null,
  pickers: { tr: Translator; timeZone: string } | null = null,
): Form {
  const picked = pickers !== null && (series === null || picksOf(series.cron) !== null);
  const fields: FormField[] = [
    {
      id: "hashtag",
      label: t("setup.form.hashtag"),
      kind: "text",
      placeholder: t("setup.form.hashtagHint"),
      initial: series ? `#${series.hashtag}` : undefined,
      maxLength: 100,
    },
    {
      id: "title",
      label: t("setup.form.name"),
      kind: "text",
      placeholder: t("setup.form.nameHint"),
      initial: series?.title,
      maxLength: 100,
    },
    {
      id: "hosts",
      label: t("setup.form.hosts"),
      kind: "text",
      optional: true,
      placeholder: t("setup.form.hostsHint"),
      initial: series?.hosts.map((h) => `@${h}`).join(", ") || undefined,
      maxLength: 500,
    },
    ...(pickers ? pickerFields(pickers.tr, series, pickers.timeZone) : []),
    {
      id: "schedule",
      label: t(pickers ? "setup.pick.expert" : "setup.form.schedule"),
      kind: "text",
      optional: true,
      placeholder: t("setup.form.scheduleHint"),
      initial: series && !picked ? scheduleText(series) : undefined,
      maxLength: 100,
    },
    {
      id: "networks",
      label: t("setup.form.networks"),
      kind: "text",
      placeholder: t("setup.form.networksHint"),
      initial: series ? networksText(series) : "x",
      maxLength: 200,
    },
  ];
  return {
    id: SETUP_FORM_ID,
    state: series ? setupState({ seriesId: series.id }) : setupState({ channel }),
    title: t("setup.form.title"),
    submit: t("setup.form.submit"),
    fields: fields
      .map((field) =>
        draft && field.id in draft ? { ...field, initial: draft[field.id as SetupField] } : field,
      )
      .map((field) => (field.initial ? field : withoutInitial(field))),
  };
}

/** A new series starts with no day picked; an edited one shows its own. */
function pickerFields(tr: Translator, series: Series | null, timeZone: string): FormField[] {
  const fields = scheduleFields(tr, series ?? { cron: null, timeZone, durationMinutes: 60 }, "picker");
  return series ? fields : fields.map((f) => (f.id === "weekday" ? withoutInitial(f) : f));
}

function withoutInitial<F extends { initial?: string }>(field: F): Omit<F, "initial"> {
  const { initial: _, ...rest } = field;
  return rest;
}

export { SETUP_STATE_NEW };
