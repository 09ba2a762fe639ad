const LEVELS = "▁▂▃▄▅▆▇█";

/** Most characters a sparkline has: longer series are summed into wider steps. */
export const SPARKLINE_WIDTH = 60;

/** A one-line picture of a series ("▁▃█▅▂"): enough to see the peak in a text-only report. */
export function sparkline(values: readonly number[], width = SPARKLINE_WIDTH): string {
  if (values.length === 0) return "";
  const step = Math.ceil(values.length / width);
  const sums: number[] = [];
  for (let start = 0; start < values.length; start += step) {
    sums.push(values.slice(start, start + step).reduce((sum, value) => sum + value, 0));
  }
  const max = Math.max(...sums);
  if (max === 0) return LEVELS[0]!.repeat(sums.length);
  return sums.map((sum) => LEVELS[Math.round((sum / max) * (LEVELS.length - 1))]).join("");
}
