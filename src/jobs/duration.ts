/** "6 h", "45 min", "2 j" / "2 d": a short length of time for a sentence (grace window). */
import type { Locale } from "../i18n/index.js";

export function formatDuration(ms: number, locale: Locale): string {
  const minutes = Math.round(ms / 60_000);
  const tag = locale === "fr" ? "fr-FR" : "en-US";
  const unit = (value: number, name: "day" | "hour" | "minute") =>
    new Intl.NumberFormat(tag, { style: "unit", unit: name, unitDisplay: "long" }).format(value);
  if (minutes >= 2 * 24 * 60 && minutes % (24 * 60) === 0) return unit(minutes / (24 * 60), "day");
  if (minutes >= 60 && minutes % 60 === 0) return unit(minutes / 60, "hour");
  return unit(minutes, "minute");
}
