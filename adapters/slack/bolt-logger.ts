/**
 * Bolt's Logger interface on top of our pino logger. Bolt logs free-form arguments; they are
 * flattened to one string so our logger's token masking applies to all of them.
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

export function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: "bolt" });
  let level = "warn" as LogLevel;
  let name = "bolt";
  // Flattening costs a JSON.stringify per argument: only for lines that will be written.
  const at =
    (line: "debug" | "warn" | "error") =>
    (...msg: unknown[]) => {
      if (child.isLevelEnabled(line)) child[line]({ name }, flatten(msg));
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
