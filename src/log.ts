/**
 * Structured JSON logs (pino). Values under secret-named keys (token, secret, password...) are
 * redacted at any depth, and any string that looks like a Slack, Discord or bearer token or a
 * database password is masked wherever it appears, so a careless `log.info({ config })` leaks nothing.
 */
import { type Logger, pino, stdSerializers } from "pino";

export type { Logger };

/** Keys whose values are secrets wherever they appear, at any depth. */
const SECRET_KEY = /token|secret|password|passwd|authorization|signature|cookie|apikey|api_key/i;

/** A copy of a log object with secret-named values replaced and token-shaped strings masked. */
export function redact(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return maskSecrets(value);
  if (value === null || typeof value !== "object" || depth > 8) return value;
  if (value instanceof Error || value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    out[key] =
      SECRET_KEY.test(key) && item !== null && item !== undefined ? "[redacted]" : redact(item, depth + 1);
  }
  return out;
}

const TOKEN_PATTERNS = [
  /xox[abposr]-[A-Za-z0-9-]+/g,
  /xapp-[A-Za-z0-9-]+/g,
  /[MN][A-Za-z\d_-]{23,25}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,}/g,
  /Bearer\s+[A-Za-z0-9._~+/%=-]+/gi,
  /(postgres(?:ql)?:\/\/[^:/@\s]+:)[^@\s]+@/g,
];

/** Masks anything token-shaped inside a string. */
export function maskSecrets(text: string): string {
  let out = text;
  for (const pattern of TOKEN_PATTERNS) {
    out = out.replace(pattern, (match, prefix?: string) =>
      typeof prefix === "string" && match.startsWith(prefix) ? `${prefix}[redacted]@` : "[redacted]",
    );
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
        err: (err: unknown) => {
          const serialized = stdSerializers.err(err as Error);
          return {
            ...serialized,
            message: maskSecrets(serialized.message),
            stack: serialized.stack && maskSecrets(serialized.stack),
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
