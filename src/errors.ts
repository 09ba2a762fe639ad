/**
 * One error type for the whole product. Expected failures carry a code that picks a
 * translated, actionable sentence (`errors.<code>` in the catalogue) and the values it needs. A
 * value named `<name>Key` is a catalogue key: it is translated into `<name>` in the reader's
 * language when the sentence is written (an adapter describing a platform failure does not know
 * who will read it).
 */
export const ERROR_CODES = [
  "internal",
  "config_invalid",
  "input_invalid",
  "not_found",
  "forbidden",
  "not_team_member",
  "not_moderator",
  "not_admin",
  "not_creator",
  "not_task_owner",
  "not_task_creator",
  "series_not_found",
  "series_ambiguous",
  "series_exists",
  "edition_not_found",
  "edition_none",
  "note_not_found",
  "note_not_yours",
  "poll_not_found",
  "poll_closed",
  "poll_already_open",
  "task_not_found",
  "task_owner_bot",
  "task_owner_outside",
  "import_unrecognised",
  "import_empty",
  "import_too_large",
  "source_window",
  "source_auth",
  "source_rate_limited",
  "source_unavailable",
  "source_bad_response",
  "source_not_configured",
  "date_invalid",
  "duration_invalid",
  "link_code_invalid",
  "platform_failed",
  "platform_refused",
  "edition_exists",
  "watch_not_found",
  "busy",
  "database_unavailable",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export type ErrorParams = Record<string, string | number>;

export class AfterchatError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;

  constructor(code: ErrorCode, params: ErrorParams = {}, options?: { cause?: unknown }) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ""}`, options);
    this.name = "AfterchatError";
    this.code = code;
    this.params = params;
  }
}

export function isAfterchatError(error: unknown): error is AfterchatError {
  return error instanceof AfterchatError;
}

/** Any thrown value as an AfterchatError: expected ones as they are, the rest as `internal`. */
export function toAfterchatError(error: unknown): AfterchatError {
  if (isAfterchatError(error)) return error;
  return new AfterchatError("internal", {}, { cause: error });
}

/** Prisma's codes for a database it cannot reach or that stopped answering in time. */
const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);
const UNREACHABLE_TEXT =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|Connection terminated|Can't reach database|database is locked|SQLITE_BUSY|too many clients/i;

/**
 * Whether `error` (or its cause) says the database is unreachable or overloaded: a passing state,
 * so the user is told to try again (errors.database_unavailable), not that something is broken.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 5 || typeof error !== "object" || error === null) return false;
  const { code, message, cause } = error as { code?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === "string" && (UNREACHABLE_CODES.has(code) || UNREACHABLE_TEXT.test(code))) return true;
  if (typeof message === "string" && UNREACHABLE_TEXT.test(message)) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}
