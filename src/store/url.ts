import { resolve } from "node:path";

/** `file:./data/afterchat.db` -> absolute path (relative paths are taken from the working directory). */
export function sqliteFilePath(url: string): string {
  const path = url.replace(/^file:/, "").replace(/\?.*$/, "");
  if (path === ":memory:") return path;
  return resolve(path);
}

/** A database URL safe to show: the password, if any, is masked. */
export function describeDatabase(url: string): string {
  if (url.startsWith("file:")) return `SQLite ${sqliteFilePath(url)}`;
  try {
    const parsed = new URL(url);
    return `PostgreSQL ${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return "PostgreSQL";
  }
}
