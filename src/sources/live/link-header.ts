/**
 * The `rel="next"` target of an HTTP Link header (RFC 8288), resolved against the request URL,
 * or null. Mastodon paginates this way:
 * `Link: <https://host/api/v1/timelines/tag/x?max_id=1>; rel="next", <...?min_id=2>; rel="prev"`.
 * @see https://docs.joinmastodon.org/api/guidelines/#pagination
 */
export function nextLink(header: string | null, requestUrl: string): string | null {
  if (!header) return null;
  for (const match of header.matchAll(/<([^>]*)>((?:\s*;\s*[^;,]*)*)/g)) {
    const params = match[2] ?? "";
    const rel = /;\s*rel\s*=\s*"?([^";]*)"?/i.exec(params)?.[1] ?? "";
    if (!rel.toLowerCase().split(/\s+/).includes("next")) continue;
    try {
      return new URL(match[1] ?? "", requestUrl).toString();
    } catch {
      return null;
    }
  }
  return null;
}

/** True when both URLs share scheme, host and port: a next link elsewhere is never followed. */
export function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}
