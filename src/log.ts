/**
 * Structured JSON logs (pino). Values under secret-named keys (token, secret, password...) are
 * redacted at any depth, and any string that looks like a Slack, Discord or bearer token, a
 * Discord interaction or webhook token in a URL, or a database password is masked wherever it
 * appears, so a careless `log.info({ config })` leaks nothing. Long strings are cut (a failed
 * Discord call carries its whole request body, charts included) and request bodies are never
 * written, only their size: they hold what people wrote.
 */
import { type Logger, pino, stdSerializers } from "pino";
import { capped, MAX_LOGGED_STRING, maskSecrets, redact } from "./redact.js";

export type { Logger };
export { MAX_LOGGED_STRING, maskSecrets, redact };

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
