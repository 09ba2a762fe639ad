/** What `setup` and its form answer: next steps, the saved series, the problems to fix. */

import type { Series } from "../../domain/series.js";
import {
  type SetupField,
  type SetupProblem,
  type SetupProblemCode,
  TITLE_MAX_LENGTH,
} from "../../domain/setup.js";
import type { Platform } from "../../domain/workspace.js";
import type { Translator } from "../../i18n/index.js";
import { argument, example } from "../help/usage.js";
import { escapeMarkdown } from "../markup.js";
import { type Block, type Message, message } from "../message.js";
import { scheduleWords } from "./pickers.js";

type T = Translator["t"];

/** A channel reference in neutral Markdown: adapters turn `<#ref>` into a channel link. */
export function channelMention(ref: string | null): string {
  return ref ? `<#${ref}>` : "";
}

function openFormButton(value: string, label: string): Block {
  return { type: "actions", elements: [{ action: "setup.open", value, label, style: "primary" }] };
}

/**
 * Discord's second step (its set-up modal holds five fields): "Change the schedule" opens the
 * schedule's pickers (schedule-form.ts); the channel select sets where after-parties happen.
 */
export function scheduleStep(t: T, series: Series): Block {
  return {
    type: "actions",
    elements: [
      { action: "setup.schedule", value: series.id, label: t("setup.pick.change"), style: "primary" },
      {
        type: "channelSelect",
        action: "setup.afterParty",
        value: series.id,
        placeholder: t("setup.pick.afterParty"),
      },
    ],
  };
}

/** Right after `setup #hashtag`: what happened, and what to do next. */
export function createdMessage(t: T, series: Series, platform: Platform): Message {
  const hashtag = escapeMarkdown(series.hashtag);
  const created = t("setup.created", { hashtag });
  const language = t("setup.language.chosen");
  const run = (command: Parameters<typeof example>[2], args: Parameters<typeof example>[3] = []) =>
    `\`${example(t, platform, command, args)}\``;
  const steps = [
    t("setup.next.form", { setup: run("setup") }),
    t("setup.next.team", {
      teamAdd: run("team", [
        { option: "teamAction", value: "add" },
        { option: "person", text: t("setup.next.someone") },
      ]),
      moderator: `\`${argument(t, platform, { option: "role", value: "moderator" })}\``,
    }),
    t("setup.next.link", { link: run("link") }),
    t("setup.next.after", { note: run("note"), poll: run("poll"), stats: run("stats") }),
  ];
  return message(created, [
    { type: "section", text: created },
    { type: "context", text: language },
    { type: "section", text: [`**${t("setup.nextTitle")}**`, ...steps.map((s) => `- ${s}`)].join("\n") },
    openFormButton(series.id, t("setup.openForm")),
    ...(platform === "discord" ? [scheduleStep(t, series)] : []),
  ]);
}

/**
 * The saved set-up, its schedule in words where the pickers can say it (the cron beside it).
 * `secondStep`: with Discord's schedule and after-party pickers (scheduleStep).
 */
export function savedMessage(tr: Translator, series: Series, secondStep = false): Message {
  const { t } = tr;
  const words = scheduleWords(tr, series.cron);
  const saved = t("setup.saved", { hashtag: escapeMarkdown(series.hashtag) });
  const networks = series.networks
    .map((n) => (n === "mastodon" && series.mastodonInstance ? `mastodon (${series.mastodonInstance})` : n))
    .join(", ");
  return message(saved, [
    { type: "section", text: saved },
    {
      type: "fields",
      fields: [
        { label: t("setup.summary.title"), value: escapeMarkdown(series.title) },
        {
          label: t("setup.summary.hosts"),
          value: series.hosts.length
            ? series.hosts.map((h) => `@${escapeMarkdown(h)}`).join(", ")
            : t("setup.values.none"),
        },
        { label: t("setup.summary.networks"), value: networks },
        {
          label: t("setup.summary.schedule"),
          value: series.cron
            ? [words, `\`${series.cron}\``].filter(Boolean).join(" · ")
            : t("setup.values.noSchedule"),
        },
        { label: t("setup.summary.zone"), value: series.timeZone },
        {
          label: t("setup.summary.length"),
          value: t("setup.values.minutes", { count: series.durationMinutes }),
        },
      ],
    },
    ...(secondStep ? [scheduleStep(t, series)] : []),
  ]);
}

/** Every problem of a submitted form, and a button to open it again. */
/** Which field of the set-up form a problem is about. */
const FIELD_OF: Record<SetupProblemCode, SetupField> = {
  hashtag_missing: "hashtag",
  hashtag_invalid: "hashtag",
  hashtag_taken: "hashtag",
  title_missing: "title",
  title_too_long: "title",
  host_invalid: "hosts",
  networks_missing: "networks",
  network_unknown: "networks",
  instance_missing: "networks",
  instance_invalid: "networks",
  cron_invalid: "schedule",
  zone_missing: "schedule",
  zone_invalid: "schedule",
  length_invalid: "schedule",
  time_missing: "time",
  schedule_both: "schedule",
};

/** The problems as one sentence (or several, joined) under each field they are about. */
export function problemsByField(t: T, problems: readonly SetupProblem[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of problems) {
    const field = p.field ?? FIELD_OF[p.code];
    const line = t(`setup.problems.${p.code}`, { input: p.input ?? "", max: TITLE_MAX_LENGTH });
    out[field] = out[field] ? `${out[field]} ${line}` : line;
  }
  return out;
}

export function problemsMessage(t: T, problems: readonly SetupProblem[], reopenValue: string): Message {
  const lines = problems.map((p) =>
    t(`setup.problems.${p.code}`, { input: escapeMarkdown(p.input ?? ""), max: TITLE_MAX_LENGTH }),
  );
  const text = [t("setup.problemsTitle"), ...lines.map((l) => `- ${l}`)].join("\n");
  return message(text, [{ type: "section", text }, openFormButton(reopenValue, t("setup.reopen"))]);
}

export function channelTakenMessage(t: T, series: Series): Message {
  const text = t("setup.channelTaken", { hashtag: escapeMarkdown(series.hashtag) });
  return message(text, [{ type: "section", text }]);
}
