/**
 * Bolt's Logger interface on top of our pino logger. Bolt logs free-form arguments; they are
 * flattened to one string so our logger's token masking applies to all of them. At debug level
 * Bolt, its Web API client and the Socket Mode client write whole payloads (every request body
 * with what people typed, every users.info answer with their names): those are left out, the line
 * keeps what happened and how big the payload was.
 */
import type { Logger as BoltLogger, LogLevel } from "@slack/bolt";
import type { Logger } from "../../src/log.js";

function flatten(parts: unknown[]): string {
  return parts
    .map((part) => {
      if (typeof part === "string") return part;
      if (part instanceof Error) return `${part.name}: ${part.message}`;
      try {
        return JSON.stringify(part);
      } catch {
        return String(part);
      }
    })
    .join(" ");
}

/** The longest warn/error line kept from Bolt. */
const MAX_LINE = 500;

/** A debug line without its payload: everything from its first `{` or `[` is left out. */
export function withoutPayload(line: string): string {
  const at = line.search(/[{[]/u);
  if (at < 0) return line.length <= MAX_LINE ? line : `${line.slice(0, MAX_LINE)}…`;
  return `${line.slice(0, at).trimEnd()} [payload left out: ${line.length - at} characters]`;
}

export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: "bolt" });
  let level = "warn" as LogLevel;
  let name = "bolt";
  // Flattening costs a JSON.stringify per argument: only for lines that will be written.
  const at =
    (line: "debug" | "warn" | "error") =>
    (...msg: unknown[]) => {
      if (!child.isLevelEnabled(line)) return;
      const text = flatten(msg);
      child[line]({ name }, line === "debug" ? withoutPayload(text) : text.slice(0, MAX_LINE));
    };
  return {
    debug: at("debug"),
    // Bolt and the Socket Mode client are chatty at info (every connection step): kept for debug.
    info: at("debug"),
    warn: at("warn"),
    error: at("error"),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}
