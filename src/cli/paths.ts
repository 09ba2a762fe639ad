/**
 * Where the command line writes, checked before any work is done (a report is not computed for
 * nothing, a half-written CSV is not left behind). Folders are created one level at a time from
 * the nearest one that exists: Node's `mkdir(…, { recursive: true })` loops for ever on paths the
 * system refuses without saying why (`/proc/nope` answers ENOENT to every attempt), this never
 * makes more attempts than the path has levels.
 */
import { type FileHandle, mkdir, open, stat } from "node:fs/promises";
import { dirname, resolve } from "node:path";

/** A folder that cannot be created there although its parent exists (cli.fs.ecreate). */
export class CannotCreateError extends Error {
  readonly code = "ECREATE";
  constructor(readonly path: string) {
    super(`cannot create ${path}`);
  }
}

async function exists(path: string): Promise<"folder" | "other" | "under-file" | null> {
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT") return null;
    // Under a file: stat says ENOTDIR; the caller names the path it was given.
    if (error.code === "ENOTDIR") return "under-file" as const;
    throw error;
  });
  if (info === "under-file") return info;
  return info === null ? null : info.isDirectory() ? "folder" : "other";
}

/** Creates `path` and its missing parents; fails with a path-naming error, never loops. */
export async function makeFolder(path: string): Promise<void> {
  const missing: string[] = [];
  let current = resolve(path);
  for (;;) {
    const kind = await exists(current);
    if (kind === "folder") break;
    if (kind === "other" || kind === "under-file") {
      const code = kind === "other" && current === resolve(path) ? "EEXIST" : "ENOTDIR";
      throw Object.assign(new Error("not a folder"), { code, path });
    }
    missing.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of missing) {
    try {
      await mkdir(folder);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "EEXIST" && (await exists(folder)) === "folder") continue;
      if (code === "ENOENT") throw new CannotCreateError(path);
      throw Object.assign(error as Error, { path });
    }
  }
}

/** Opens FILE for writing (created or emptied) now, so a bad path fails before any work. */
export async function openOutFile(path: string): Promise<FileHandle> {
  if ((await exists(path)) === "folder")
    throw Object.assign(new Error("is a folder"), { code: "EISDIR", path });
  try {
    return await open(path, "w");
  } catch (error) {
    throw Object.assign(error as Error, { path });
  }
}
