/**
 * What went wrong, in one sentence that names the path or the database and says what to do, and
 * the exit code (docs/cli.md). Only a real bug is "on our side", always with a reference.
 */
import { errorReference } from "../app/reply-error.js";
import { isAfterchatError } from "../errors.js";
import type { Translator } from "../i18n/index.js";
import { maskSecrets } from "../redact.js";
import { describeDatabase } from "../store/url.js";
import { EXIT } from "./exit.js";

export { EXIT };

interface NodeError {
  code?: string;
  path?: string;
  dest?: string;
  syscall?: string;
  message?: string;
}

function nodeError(error: unknown): NodeError | null {
  return error !== null && typeof error === "object" ? (error as NodeError) : null;
}

const FILE_CODES = [
  "ENOENT",
  "EISDIR",
  "ENOTDIR",
  "EACCES",
  "EPERM",
  "EEXIST",
  "EROFS",
  "ENOSPC",
  "ELOOP",
  "ECREATE",
];

/** A file-system failure on a path, in words. */
function fileProblem(error: NodeError, t: Translator): string | null {
  if (!error.code || !FILE_CODES.includes(error.code) || !error.path) return null;
  const key = error.code.toLowerCase() as Lowercase<string>;
  return t.t(`cli.fs.${key as "enoent"}`, { path: error.path });
}

/** A database that is absent, does not answer, or refuses us. */
export function databaseProblem(error: NodeError, t: Translator, databaseUrl: string | null): string | null {
  if (!databaseUrl) return null;
  const database = describeDatabase(databaseUrl);
  const text = error.message ?? "";
  if (error.code === "3D000" || /database ".*" does not exist/.test(text))
    return t.t("cli.db.missing", { database });
  if (error.code === "28P01" || error.code === "28000" || /password authentication failed/.test(text))
    return t.t("cli.db.refused", { database });
  if (
    ["ECONNREFUSED", "ENOTFOUND", "ETIMEDOUT", "EHOSTUNREACH", "ECONNRESET"].includes(error.code ?? "") ||
    /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|Connection terminated/.test(text)
  )
    return t.t("cli.db.down", { database });
  if (error.code === "SQLITE_CANTOPEN" || /unable to open database file/i.test(text))
    return t.t("cli.db.cantOpen", { database });
  return null;
}

export interface Failure {
  text: string;
  code: number;
}

/** The sentence and exit code for a failure; a bug also gets its reference and detail. */
export function describeFailure(error: unknown, t: Translator, databaseUrl: string | null): Failure {
  if (isAfterchatError(error)) {
    const ref = errorReference();
    return { text: t.t(`errors.${error.code}`, { ref, ...error.params }), code: EXIT.failed };
  }
  const node = nodeError(error);
  const causes = [node, nodeError((node as { cause?: unknown } | null)?.cause)];
  for (const cause of causes) {
    if (!cause) continue;
    const said = fileProblem(cause, t) ?? databaseProblem(cause, t, databaseUrl);
    if (said) return { text: said, code: EXIT.failed };
  }
  const ref = errorReference();
  const detail = maskSecrets(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return { text: `${t.t("errors.internal", { ref })}\n${ref}: ${detail}`, code: EXIT.bug };
}
