/**
 * Why the bot process could not start, as one plain sentence for stderr (the JSON log line
 * follows it): a port in use or refused, a database that is absent or does not answer. Null when
 * it is something else (the log line then says it all).
 */
import { databaseProblem } from "./cli/failures.js";
import type { Translator } from "./i18n/index.js";

interface ListenError {
  code?: string;
  port?: number;
  address?: string;
  message?: string;
}

export function startupProblem(
  error: unknown,
  t: Translator,
  config: { databaseUrl: string; port: number; host: string },
): string | null {
  if (error === null || typeof error !== "object") return null;
  const e = error as ListenError;
  const where = { port: e.port ?? config.port, host: e.address ?? config.host };
  if (e.code === "EADDRINUSE") return t.t("common.startup.portInUse", where);
  if (e.code === "EACCES" && e.port !== undefined) return t.t("common.startup.portDenied", where);
  const database = databaseProblem(e, t, config.databaseUrl);
  return database ? t.t("common.startup.failed", { reason: database }) : null;
}
