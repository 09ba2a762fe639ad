/**
 * X ids exceed 2^53: they stay strings. A JSON number is accepted only while it is a safe integer, so a
 * rounded id can never slip in.
 * Checked character by character rather than with /^\d{1,30}$/: every post has several ids, and the regex
 * call was the larger part of reading one.
 */
export function asId(value: unknown): string | null {
  if (typeof value === "string") return isDigits(value, 30) ? value : null;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return String(value);
  return null;
}

/** 1 to `max` ASCII digits. */
function isDigits(text: string, max: number): boolean {
  const length = text.length;
  if (length === 0 || length > max) return false;
  for (let index = 0; index < length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** X handles: 1-15 letters, digits or underscores (/^[A-Za-z0-9_]{1,15}$/, checked by hand like asId). */
export function isHandle(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const length = value.length;
  if (length === 0 || length > 15) return false;
  for (let index = 0; index < length; index += 1) {
    const code = value.charCodeAt(index);
    const word =
      (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
    if (!word) return false;
  }
  return true;
}

/** The canonical link to a post; `i` stands in for an unknown handle (x.com redirects it). */
export function statusUrl(handle: string | null, id: string): string {
  return `https://x.com/${handle && isHandle(handle) ? handle : "i"}/status/${id}`;
}

/** The handle in a permalink such as https://twitter.com/rOpenSci/status/812369747765362688. */
export function handleFromPermalink(permalink: string): string | null {
  const match =
    /^https?:\/\/(?:www\.|mobile\.)?(?:twitter|x)\.com\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/\d+/i.exec(
      permalink.trim(),
    );
  return match?.[1] ?? null;
}

/** Twitter's Snowflake epoch (2010-11-04T01:42:54.657Z): ids since then carry their creation time. */
const SNOWFLAKE_EPOCH = 1288834974657n;
/**
 * Ids below this were sequential counters (they ended near 3e10 in November 2010) and carry no time; a
 * Snowflake id of this size was made 71 seconds after the epoch.
 */
const FIRST_SNOWFLAKE = 300_000_000_000n;

/**
 * The creation time written in an X id: `(id >> 22) + 1288834974657` milliseconds since the Unix epoch.
 * Null for ids from before Snowflake (November 2010), which are plain counters.
 * @see https://github.com/twitter-archive/snowflake/tree/snowflake-2010
 */
export function snowflakeTime(id: string): Date | null {
  if (!isDigits(id, 20)) return null;
  const value = BigInt(id);
  if (value < FIRST_SNOWFLAKE) return null;
  return new Date(Number((value >> 22n) + SNOWFLAKE_EPOCH));
}
