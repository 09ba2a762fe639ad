import { describe, expect, it } from "vitest";
import type { Messages } from "../../src/i18n/define.js";
import { CATALOGUE, LOCALES, translator } from "../../src/i18n/index.js";

function leaves(messages: Messages, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else for (const [path, text] of leaves(value, `${prefix}${key}.`)) out.set(path, text);
  }
  return out;
}

/**
 * A number written before a plural noun ("{{count}} posts", "{{pages}} pages") outside an `_other` form
 * reads "1 posts" when the number is 1. Listed: numbers that are never 1 (a poll's minimum of 3 answers, a
 * code valid 15 minutes, a text limit), the progress bar's label (no number), and a question count after
 * "of" ("1 of 1 questions" is rare and still read right), the export's row limit, and the after-party's
 * "{{answered}}/{{questions}} questions" (a fraction).
 */
const NEVER_ONE = new Set([
  "poll.threshold",
  "poll.results.withheld",
  "poll.min.too_low",
  "poll.mine.answered",
  "cli.progress",
  "notes.tooLong",
  "poll.comment.tooLong",
  "setup.problems.title_too_long",
  "setup.link.codeToDiscord",
  "setup.link.codeToSlack",
  "jobs.failed",
  "jobs.failedNoEdition",
  "reportData.account.summary",
  "reportData.account.summaryNoFollows",
  "export.truncated",
  "afterparty.close.text",
]);
const NOUNS =
  "posts|pages|days|records|messages|people|migrations|rows|lines|answers|questions|votes|hours|contributors|interactions|followers|publications|jours|lignes|personnes|réponses|heures|contributeurs|abonnés|enregistrements";
const NUMBER_THEN_PLURAL = new RegExp(String.raw`\{\{\s*\w+\s*\}\} (?:${NOUNS})\b`, "u");

describe.each(LOCALES)("plural forms (%s)", (locale) => {
  it("GIVEN every catalogue sentence THEN a number before a plural noun sits in an _other form", () => {
    const offenders: string[] = [];
    for (const [area, halves] of Object.entries(CATALOGUE) as unknown as Array<
      [string, Record<string, Messages>]
    >) {
      for (const [path, text] of leaves(halves[locale]!, `${area}.`)) {
        if (/_(other|many)$/u.test(path) || NEVER_ONE.has(path.replace(/_(one|other)$/u, ""))) continue;
        if (NUMBER_THEN_PLURAL.test(text)) offenders.push(`${path}: ${text}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("GIVEN one post pulled on one page, one post ignored, one record skipped, one message by one person THEN every noun is singular", () => {
    const { t } = translator(locale);
    const lines = [
      t("cli.pulled", { count: 1, network: "x", pages: t("cli.pages", { count: 1 }) }),
      t("stats.pulled", { count: 1, network: "x", imported: 1, updated: 0 }),
      t("stats.allIgnored", { count: 1, hashtag: "chat", since: "a", until: "b" }),
      t("cli.noAccountDays", { count: 1 }),
      t("cli.fileSummary", {
        count: 1,
        file: "f",
        format: "x",
        ignored: 0,
        skipped: t("cli.counts.skipped", { count: 1 }),
      }),
      t("cli.importedFile", {
        file: "f",
        format: "x",
        hashtag: "chat",
        number: 1,
        imported: t("cli.counts.new", { count: 1 }),
        updated: t("cli.counts.updated", { count: 1 }),
        ignored: 0,
        skipped: t("cli.counts.skipped", { count: 1 }),
      }),
      t("afterparty.close.messageCount", { count: 1 }),
      t("afterparty.close.peopleCount", { count: 1 }),
    ];
    for (const line of lines) expect(line).not.toMatch(/\b1 \p{L}+s\b|\b1 people\b|\{\{/u);
  });
});
