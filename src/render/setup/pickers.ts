/**
 * The schedule's pickers as form fields: weekday (every week, or the first such day of the month),
 * time, time zone (common zones in groups, plus the current one), length. Slack shows them in the
 * set-up form with a time picker; Discord, whose modals hold five fields, in a second form with an
 * hour and a minute select (every select there holds at most 25 options). Read back by
 * src/app/setup/picked-schedule.ts.
 * @see https://docs.slack.dev/reference/block-kit/block-elements/select-menu-element#static_select
 * @see https://discord.com/developers/docs/components/reference#string-select
 */
import { Info } from "luxon";
import type { Series } from "../../domain/series.js";
import { NO_WEEKDAY, picksOf } from "../../domain/weekly.js";
import type { Translator } from "../../i18n/index.js";
import type { FormField, FormOption } from "../message.js";

export type ScheduleOf = Pick<Series, "cron" | "timeZone" | "durationMinutes">;

/** Common zones by region (24, so one more, the series' own, still fits Discord's 25). */
const ZONES: ReadonlyArray<readonly [region: "europe" | "americas" | "africa" | "asia", zones: string[]]> = [
  [
    "europe",
    [
      "UTC",
      "Europe/London",
      "Europe/Lisbon",
      "Europe/Paris",
      "Europe/Brussels",
      "Europe/Zurich",
      "Europe/Berlin",
      "Europe/Madrid",
      "Europe/Moscow",
    ],
  ],
  [
    "americas",
    [
      "America/Los_Angeles",
      "America/Denver",
      "America/Chicago",
      "America/Mexico_City",
      "America/New_York",
      "America/Toronto",
      "America/Sao_Paulo",
    ],
  ],
  ["africa", ["Africa/Casablanca", "Africa/Dakar", "Africa/Lagos", "Africa/Johannesburg"]],
  ["asia", ["Asia/Dubai", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney"]],
];
const LENGTHS = [30, 45, 60, 90, 120, 150, 180];
const MINUTES = [0, 15, 30, 45];

/**
 * The pickers for `schedule` (a series' or the defaults). `timeAs`: "picker" (one time field) or
 * "selects" (hour and minute). A schedule only a cron can say leaves the weekday unpicked (the
 * typed field shows it).
 */
export function scheduleFields(
  tr: Translator,
  schedule: ScheduleOf,
  timeAs: "picker" | "selects",
): FormField[] {
  const { t } = tr;
  const picks = picksOf(schedule.cron);
  const [hour, minute] = (picks?.time || "").split(":");
  const time: FormField[] =
    timeAs === "picker"
      ? [
          {
            id: "time",
            label: t("setup.pick.time"),
            kind: "time",
            optional: true,
            initial: picks?.time || "",
          },
        ]
      : [
          select("hour", t("setup.pick.hour"), hourOptions(tr), hour ?? ""),
          select("minute", t("setup.pick.minute"), minuteOptions(minute), minute ?? ""),
        ];
  const fields: FormField[] = [
    {
      id: "weekday",
      label: t("setup.pick.weekday"),
      kind: "select",
      optional: timeAs === "picker",
      initial: picks?.weekday ?? "",
      placeholder: t("setup.pick.weekdayHint"),
      groups: weekdayGroups(tr),
    },
    ...time,
    {
      id: "zone",
      label: t("setup.pick.zone"),
      kind: "select",
      initial: schedule.timeZone,
      groups: zoneGroups(tr, schedule.timeZone),
    },
    select(
      "duration",
      t("setup.pick.duration"),
      lengthOptions(tr, schedule.durationMinutes),
      `${schedule.durationMinutes}`,
    ),
  ];
  return fields.map(withoutEmptyInitial);
}

function select(id: string, label: string, options: FormOption[], initial: string): FormField {
  return { id, label, kind: "select", options, initial };
}

function withoutEmptyInitial(field: FormField): FormField {
  if (field.initial) return field;
  const { initial: _, ...rest } = field;
  return rest;
}

/** "Every Tuesday, 18:30", "First Thursday of the month, 09:00"; null when only a cron says it. */
export function scheduleWords(tr: Translator, cron: string | null): string | null {
  const picks = cron === null ? null : picksOf(cron);
  if (!picks) return null;
  const day = weekdayGroups(tr)
    .flatMap((g) => g.options)
    .find((o) => o.value === picks.weekday);
  return day ? `${day.label}, ${picks.time}` : null;
}

/** Monday first; cron numbers Sunday 0 .. Saturday 6. */
function weekdayGroups(tr: Translator): NonNullable<FormField["groups"]> {
  const names = Info.weekdays("long", { locale: tr.locale === "fr" ? "fr-FR" : "en-GB" });
  const days = names.map((name, i) => ({ name, cron: (i + 1) % 7 }));
  return [
    {
      label: tr.t("setup.pick.weekly"),
      options: days.map((d) => ({ label: tr.t("setup.pick.every", { day: d.name }), value: `${d.cron}` })),
    },
    {
      label: tr.t("setup.pick.monthly"),
      options: days.map((d) => ({
        label: tr.t("setup.pick.firstOf", { day: d.name }),
        value: `${d.cron}#1`,
      })),
    },
    { label: tr.t("setup.pick.other"), options: [{ label: tr.t("setup.pick.noDay"), value: NO_WEEKDAY }] },
  ];
}

function hourOptions(tr: Translator): FormOption[] {
  return Array.from({ length: 24 }, (_, h) => ({
    label:
      tr.locale === "fr" ? `${h} h` : `${h % 12 === 0 ? 12 : h % 12} ${h < 12 ? "am" : "pm"} (${pad(h)}:00)`,
    value: pad(h),
  }));
}

function minuteOptions(current: string | undefined): FormOption[] {
  const minutes = current && !MINUTES.includes(Number(current)) ? [...MINUTES, Number(current)] : MINUTES;
  return minutes.sort((a, b) => a - b).map((m) => ({ label: `:${pad(m)}`, value: pad(m) }));
}

function zoneGroups(tr: Translator, current: string): NonNullable<FormField["groups"]> {
  const groups = ZONES.map(([region, zones]) => ({
    label: tr.t(`setup.pick.regions.${region}`),
    options: zones.map(zoneOption),
  }));
  if (!ZONES.some(([, zones]) => zones.includes(current)))
    groups.unshift({ label: tr.t("setup.pick.regions.current"), options: [zoneOption(current)] });
  return groups;
}

function zoneOption(zone: string): FormOption {
  return { label: zone.replaceAll("_", " "), value: zone };
}

function lengthOptions(tr: Translator, current: number): FormOption[] {
  const lengths = LENGTHS.includes(current) ? LENGTHS : [...LENGTHS, current].sort((a, b) => a - b);
  return lengths.map((minutes) => ({ label: lengthLabel(tr, minutes), value: `${minutes}` }));
}

/** "45 min", "1 h", "1 h 30". */
function lengthLabel(tr: Translator, minutes: number): string {
  if (minutes < 60) return tr.t("setup.values.minutes", { count: minutes });
  const rest = minutes % 60;
  return `${Math.floor(minutes / 60)} h${rest ? ` ${pad(rest)}` : ""}`;
}

const pad = (n: number) => String(n).padStart(2, "0");
