/**
 * Whether some words are a date and nothing else ("friday", "vendredi 18h", "in 3 days",
 * "2026-12-03"), in English or French. The parser uses it to tell "task visuals pour vendredi"
 * (a due date) from "task mot pour les hôtes" (part of the title). Only recognition matters here,
 * so a fixed reference instant keeps it pure; the use case resolves the date in the series' zone.
 * @see https://github.com/wanasit/chrono (chrono.en.casual / chrono.fr.casual)
 */
import { chronoParsers } from "../../domain/chrono.js";

const REFERENCE = new Date(Date.UTC(2026, 0, 1, 12));

export function isDateWords(words: string): boolean {
  const text = words.trim();
  if (text === "") return false;
  const { en, fr } = chronoParsers();
  return [en, fr].some((parser) => {
    const results = parser.parse(text, REFERENCE, { forwardDate: true });
    const first = results[0];
    return (
      results.length === 1 && first !== undefined && first.index === 0 && first.text.length === text.length
    );
  });
}
