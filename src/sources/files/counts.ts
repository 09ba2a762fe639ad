/**
 * Counts as the X sources spell them: JSON numbers, numeric strings ("4" in tweets.js), floats ("1938.0")
 * and Java scientific notation ("7.358351729212656E-4") in the analytics export, a comma decimal mark in
 * localised exports, and "-" for "not applicable" (promoted columns of unpromoted tweets).
 */
export type Count = { kind: "number"; value: number } | { kind: "absent" } | { kind: "invalid" };

export function readNumber(value: unknown): Count {
  if (typeof value === "number")
    return Number.isFinite(value) ? { kind: "number", value } : { kind: "invalid" };
  if (value === undefined || value === null) return { kind: "absent" };
  if (typeof value !== "string") return { kind: "invalid" };
  const text = value.trim();
  if (text === "" || text === "-") return { kind: "absent" };
  if (!/^[-+]?\d+(?:[.,]\d+)?(?:[eE][-+]?\d+)?$/.test(text)) return { kind: "invalid" };
  const number = Number(text.replace(",", "."));
  return Number.isFinite(number) ? { kind: "number", value: number } : { kind: "invalid" };
}

/**
 * A count as the source wrote it, for src/sources/post-check.ts to judge: a JSON number as is (a negative or
 * huge one too, so the check can name it), a numeric string rounded to a whole number ("1938.0" -> 1938),
 * null when absent, NaN when it is not a number at all.
 */
export function sourceCount(value: unknown): number | null {
  // JSON numbers (the API's metrics) and absent ones (bookmark_count, impression_count of older posts) skip
  // readNumber's result object: the hot path of a large archive.
  if (typeof value === "number") return value;
  if (value === undefined || value === null) return null;
  const count = readNumber(value);
  if (count.kind === "absent") return null;
  return count.kind === "number" ? Math.round(count.value) : Number.NaN;
}
