/**
 * Structured JSON logs (pino). Values under secret-named keys (token, secret, password...) are
 * redacted at any depth, and any string that looks like a Slack, Discord or bearer token, a
 * Discord interaction or webhook token in a URL, or a database password is masked wherever it
 * appears, so a careless `log.info({ config })` leaks nothing. Long strings are cut (a failed
 * Discord call carries its whole request body, charts included) and request bodies are never
 * written, only their size: they hold what people wrote.
 */
import { type Logger, pino, stdSerializers } from "pino";

export type { Logger };

/** Keys whose values are secrets wherever they appear, at any depth. */
const SECRET_KEY = /token|secret|password|passwd|authorization|signature|cookie|apikey|api_key/i;

/** Keys whose values are request or response bodies: replaced by their size. */
const BODY_KEY = /^(requestBody|body|rawBody)$/;

/** Longest string written as is; the rest is cut with its length said. */
export const MAX_LOGGED_STRING = 500;

function capped(text: string, max = MAX_LOGGED_STRING): string {
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
  /xox[abposr]-[A-Za-z0-9-]+/g,
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

export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? "info",
      base: { app: "afterchat" },
      formatters: {
        level: (label) => ({ level: label }),
        log: (object) => redact(object) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          const masked = args.map((arg) => (typeof arg === "string" ? maskSecrets(arg) : arg));
          method.apply(this, masked as Parameters<typeof method>);
        },
      },
      serializers: {
        // An error's own fields pass through redact too: a DiscordAPIError carries the request's
        // URL (its interaction token) and body (what people wrote, charts).
        err: (err: unknown) => {
          const serialized = stdSerializers.err(err as Error);
          const { message, stack, ...fields } = serialized;
          return {
            ...(redact(fields) as Record<string, unknown>),
            message: capped(maskSecrets(message)),
            stack: stack && capped(maskSecrets(stack), 4 * MAX_LOGGED_STRING),
          };
        },
      },
    },
    options.destination ?? process.stdout,
  );
}

/** A logger that drops everything, for tests and quiet CLI runs. */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
