/**
 * French typography, applied once to the French catalogue when it is loaded: the space before
 * `: ; ? !` and inside « » becomes a narrow no-break space (U+202F), so the mark never starts a
 * line on its own and the gap is the thin one French printers use. The catalogue is written with
 * ordinary spaces (readable, typeable); this is the only place that turns them narrow.
 *
 * Left alone, because they are not prose: code between backticks (commands people copy), URLs,
 * Slack/Discord markup (`<@U1>`, `<t:1:R>`, `:emoji:`), a quoted symbol (`";"`), and a colon glued to what follows (times
 * such as 18:30, `kind:good` options). A mark counts as prose when what follows it is a space,
 * the end, or closing punctuation/markup.
 * @see https://fr.wikipedia.org/wiki/Espace_fine_ins%C3%A9cable
 */

export const NARROW_NBSP = "\u202F";

/** Spans that are not prose: code, URLs, `<...>` markup, `:emoji:` shortcodes, placeholders. */
export const NOT_PROSE = /`[^`]*`|https?:\/\/[^\s)>]+|<[^<>\s]+>|:[a-z0-9_+-]+:|\{\{[^}]*\}\}|"[^"\s\w]"/gu;

/** `: ; ? !` used as punctuation: followed by a space, the end, or closing punctuation/markup. */
export const PROSE_MARK = /[:;?!](?=$|[\s.,)»”"'*_~\]?!])/u;

/** Every space (ordinary or no-break) before a prose mark, or after « / before ». */
const SPACE_BEFORE_MARK = /[ \u00A0](?=[:;?!](?:$|[\s.,)»”"'*_~\]?!]))/gu;
const SPACE_AFTER_OPENING = /«[ \u00A0]/gu;
const SPACE_BEFORE_CLOSING = /[ \u00A0]»/gu;

function narrowProse(prose: string): string {
  return prose
    .replace(SPACE_BEFORE_MARK, NARROW_NBSP)
    .replace(SPACE_AFTER_OPENING, `«${NARROW_NBSP}`)
    .replace(SPACE_BEFORE_CLOSING, `${NARROW_NBSP}»`);
}

/** A French catalogue string with narrow no-break spaces where French typography wants them. */
export function frenchSpacing(text: string): string {
  let out = "";
  let last = 0;
  for (const match of text.matchAll(NOT_PROSE)) {
    out += narrowProse(text.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + narrowProse(text.slice(last));
}
