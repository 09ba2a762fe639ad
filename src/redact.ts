/**
 * Masking of secrets and cutting of bodies for logs and error output (no logger needed: the command
 * line uses it without loading pino). See src/log.ts.
 */
/** Keys whose values are secrets wherever they appear, at any depth. */
const SECRET_KEY = /token|secret|password|passwd|authorization|signature|cookie|apikey|api_key/i;

/** Keys whose values are request or response bodies: replaced by their size. */
const BODY_KEY = /^(requestBody|body|rawBody)$/;

/** Longest string written as is; the rest is cut with its length said. */
export const MAX_LOGGED_STRING = 500;

export function capped(text: string, max = MAX_LOGGED_STRING): string {
  return text.length <= max ? text : `${text.slice(0, max)}… [${text.length} characters]`;
}

/** What a body was, without what it said. */
function sizeOf(body: unknown): string {
  if (typeof body === "string") return `[body of ${body.length} characters]`;
  try {
    return `[body of ${JSON.stringify(body)?.length ?? 0} characters]`;
  } catch {
    return "[body]";
  }
}

/**
 * A copy of a log object with secret-named values replaced, token-shaped strings masked, bodies
 * replaced by their size and long strings cut.
 */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return capped(maskSecrets(value));
  if (value === null || typeof value !== "object" || depth > 8) return value;
  if (value instanceof Error || value instanceof Date) return value;
  if (Buffer.isBuffer(value) || ArrayBuffer.isView(value)) return `[${value.byteLength} bytes]`;
  if (Array.isArray(value)) return value.slice(0, 50).map((item) => redact(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item === null || item === undefined) out[key] = item;
    else if (SECRET_KEY.test(key)) out[key] = "[redacted]";
    else if (BODY_KEY.test(key)) out[key] = sizeOf(item);
    else out[key] = redact(item, depth + 1);
  }
  return out;
}

const TOKEN_PATTERNS = [
  // Bot and user tokens; with token rotation, access tokens "xoxe.xoxb-…" and refresh tokens "xoxe-1-…".
  /xox[abposre][.-][A-Za-z0-9.-]+/g,
  /xapp-[A-Za-z0-9-]+/g,
  /[MN][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,}/g,
  /Bearer\s+[A-Za-z0-9._~+/%=-]+/gi,
  /(postgres(?:ql)?:\/\/[^:/@\s]+:)[^@\s]+@/g,
  // Interaction and webhook tokens ride in Discord URLs: /interactions/<id>/<token>/callback.
  /(\/(?:interactions|webhooks)\/\d+\/)[A-Za-z0-9._-]{16,}/g,
  // Slack's response_url and incoming webhooks are capabilities too.
  /(hooks\.slack\.com\/(?:commands|actions|services|workflows)\/)[^\s"'<>]+/g,
];

/** Masks anything token-shaped inside a string. */
export function maskSecrets(text: string): string {
  let out = text;
  for (const pattern of TOKEN_PATTERNS) {
    out = out.replace(pattern, (match, prefix?: string) => {
      if (typeof prefix !== "string" || !match.startsWith(prefix)) return "[redacted]";
      return prefix.startsWith("postgres") ? `${prefix}[redacted]@` : `${prefix}[redacted]`;
    });
  }
  return out;
}
