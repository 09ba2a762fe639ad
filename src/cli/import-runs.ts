/**
 * What `afterchat import` tells about import runs: earlier runs of the edition left "running" by a
 * process that is gone (src/domain/import-run.ts), and, when a signal stops this one, what it had
 * stored. SIGINT / SIGTERM abort the import between two records; the batch being written
 * finishes (it is one transaction), then the run is marked interrupted.
 */
import { hostname } from "node:os";
import { type ImportRun, type RunOwner, runState } from "../domain/import-run.js";
import type { Translator } from "../i18n/index.js";
import type { Store } from "../ports.js";
import type { CliIo } from "./report-command.js";
import { counted } from "./summaries.js";

export function thisProcess(): RunOwner {
  return { pid: process.pid, host: hostname() };
}

/** Whether a process with this pid exists on this machine (signal 0 checks without sending). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, owned by someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Runs of the edition whose process is gone while they say "running". */
export async function goneRuns(store: Store, workspaceId: string, editionId: string): Promise<ImportRun[]> {
  const here = { host: hostname(), alive: processAlive };
  const now = new Date();
  const runs = await store.imports.list(workspaceId, { editionId });
  return runs.filter((run) => runState(run, now, here) === "gone");
}

export function sayGone(
  runs: ImportRun[],
  where: { hashtag: string; number: number },
  t: Translator,
  io: CliIo,
): void {
  for (const run of runs)
    io.stderr.write(
      `${t.t("cli.importGone", {
        ...where,
        source: run.source,
        startedAt: run.startedAt.toISOString(),
        imported: counted(t, "new", run.summary?.imported ?? 0),
        updated: counted(t, "updated", run.summary?.updated ?? 0),
      })}\n`,
    );
}

/** An AbortSignal fired by SIGINT or SIGTERM while the import runs; `dispose` removes the handlers. */
export function stopOnSignal(): { signal: AbortSignal; received(): NodeJS.Signals | null; dispose(): void } {
  const controller = new AbortController();
  let received: NodeJS.Signals | null = null;
  const on = (name: NodeJS.Signals) => () => {
    received = name;
    controller.abort(new Error(name));
  };
  const handlers = { SIGINT: on("SIGINT"), SIGTERM: on("SIGTERM") };
  process.once("SIGINT", handlers.SIGINT);
  process.once("SIGTERM", handlers.SIGTERM);
  return {
    signal: controller.signal,
    received: () => received,
    dispose() {
      process.off("SIGINT", handlers.SIGINT);
      process.off("SIGTERM", handlers.SIGTERM);
    },
  };
}

/** The exit code of a process stopped by `signal` (128 + its number), as shells report it. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return signal === "SIGINT" ? 130 : 143;
}
