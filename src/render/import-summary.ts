/** An import summary as lines a user reads, in their language. */
import type { Translator } from "../i18n/index.js";
import type { ImportSummary } from "../ports.js";
import type { BadValue } from "../sources/types.js";
import { escapeMarkdown } from "./markup.js";

const AT = /^(line|row|entry|page) (\d+)$/;
const SKIP_CODES = [
  "invalid_json",
  "truncated",
  "api_error",
  "missing_field",
  "bad_value",
  "not_a_post",
  "withheld",
] as const;

/** "line 8" -> "ligne 8" in French; other locations as given. */
export function location(at: string, t: Translator): string {
  const match = AT.exec(at);
  if (!match) return at;
  const unit = match[1] as "line" | "row" | "entry" | "page";
  return t.t(`stats.at.${unit}`, { n: match[2] });
}

/** "line 8: not valid JSON (Unexpected end)" / "ligne 8 : JSON invalide (Unexpected end)". */
export function describeSkip(
  skip: ImportSummary["skipped"][number],
  t: Translator,
  escapeText: (text: string) => string = (text) => text,
): string {
  if (skip.code === "bad_value" && skip.value)
    return t.t("stats.skipLine", {
      at: location(skip.at, t),
      reason: describeBadValue(skip.value, t, escapeText),
    });
  const code = SKIP_CODES.find((c) => c === skip.code);
  const reason = code ? t.t(`stats.skip.${code}`) : skip.code;
  const detail = skip.detail ? ` (${escapeText(skip.detail.slice(0, 120))})` : "";
  return t.t("stats.skipLine", { at: location(skip.at, t), reason: `${reason}${detail}` });
}

/** "created_at of 12: expected an ISO date and time like 2026-12-03T18:00:00Z, got “yesterday”". */
function describeBadValue(value: BadValue, t: Translator, escapeText: (text: string) => string): string {
  const field =
    value.of === undefined ? value.field : t.t("stats.value.fieldOf", { field: value.field, of: value.of });
  const expected = t.t(`stats.expected.${value.expected}`);
  return value.got === undefined
    ? t.t("stats.value.expected", { field: escapeText(field), expected })
    : t.t("stats.value.expectedGot", { field: escapeText(field), expected, got: escapeText(value.got) });
}

export function skipLines(
  summary: Pick<ImportSummary, "skipped" | "skippedCount">,
  t: Translator,
  max = 10,
): string[] {
  if (summary.skippedCount === 0) return [];
  const lines = [t.t("stats.skipped", { count: summary.skippedCount })];
  for (const skip of summary.skipped.slice(0, max)) lines.push(`- ${describeSkip(skip, t, escapeMarkdown)}`);
  if (summary.skippedCount > max) lines.push(t.t("stats.skippedMore", { count: summary.skippedCount - max }));
  return lines;
}

const NETWORK_NAMES: Record<string, string> = { x: "X", bluesky: "Bluesky", mastodon: "Mastodon" };

export function networkName(network: string): string {
  return NETWORK_NAMES[network] ?? network;
}
