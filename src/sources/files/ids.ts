/**
 * X ids exceed 2^53: they stay strings. A JSON number is accepted only while it is a safe integer, so a
 * rounded id can never slip in.
 */
export function asId(value: unknown): string | null {
  if (typeof value === "string") return /^\d{1,30}$/.test(value) ? value : null;
  if (typeof value === "number" && Number.isSafeInteger(value) && value >= 0) return String(value);
  return null;
}

/** X handles: 1-15 letters, digits or underscores. */
export function isHandle(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_]{1,15}$/.test(value);
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
