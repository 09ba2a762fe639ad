/**
 * Structured JSON logs (pino). Secrets are redacted by path, and any string that looks like a
 * Slack, Discord or bearer token is masked wherever it appears, so a careless `log.info({ config })`
 * still leaks nothing.
 */
import { type Logger, pino, stdSerializers } from "pino";

export type { Logger };

const REDACT_PATHS = [
  "*.token",
  "*.botToken",
  "*.appToken",
  "*.signingSecret",
  "*.bearerToken",
  "*.accessToken",
  "*.secret",
  "*.password",
  "*.authorization",
  "*.Authorization",
  "headers.authorization",
  "req.headers.authorization",
  "*.headers.authorization",
  '*.headers["x-slack-signature"]',
  "config.slack",
  "config.discord.token",
];

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
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      formatters: { level: (label) => ({ level: label }) },
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
