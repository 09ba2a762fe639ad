import type { Report } from "../../domain/stats/report.js";
import { type Locale, type Translator, translator } from "../../i18n/index.js";
import { type Format, formatFor } from "./format.js";

/** What every section needs: the locale's words and formats, and whether times need their date. */
export interface RenderContext {
  t: Translator["t"];
  fmt: Format;
  /** An instant as time alone when the whole chat fits in one day of the zone, else with its date. */
  when(iso: string): string;
  /** The chat spans several days: `when` gives dates ("le 31 août", "Du … au …" in French). */
  withDates: boolean;
}

export function renderContext(
  report: Pick<Report, "window">,
  locale: Locale,
  timeZone: string,
): RenderContext {
  const fmt = formatFor(locale, timeZone);
  const { t } = translator(locale);
  const window = report.window;
  const oneDay = window === null || fmt.sameDay(window.first, window.last);
  return { t, fmt, when: (iso) => fmt.when(iso, !oneDay), withDates: !oneDay };
}
