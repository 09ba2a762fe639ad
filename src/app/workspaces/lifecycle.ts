/**
 * A workspace's life as the platforms tell it: a Slack install or a Discord guild joined makes it
 * active (created on first sight); an uninstall, revoked tokens or a guild left retire it. A
 * retired workspace's scheduled jobs stop at once and its data stays for the retention period
 * (docs/slack-setup.md, "Uninstalling"), then the purge job deletes it. Installed again within the
 * period, it resumes where it was: its series are planned again.
 */
import type { WorkspaceKey } from "../../edge.js";
import type { Store } from "../../ports.js";
import { planSeries } from "../planning.js";
import type { Services } from "../services.js";

const DAY_MS = 24 * 60 * 60 * 1000;

export interface WorkspaceLifecycle {
  /** Installed (again), or a guild joined: the workspace is active, its schedules planned. */
  installed(key: WorkspaceKey): Promise<void>;
  /** The same for a workspace already known (one-workspace mode, at start), never creating one. */
  resumed(key: Pick<WorkspaceKey, "platform" | "externalId">): Promise<void>;
  /** Uninstalled, tokens revoked, guild left: retired, its pending jobs removed. */
  removed(key: Pick<WorkspaceKey, "platform" | "externalId">, reason: string): Promise<void>;
}

export function workspaceLifecycle(
  { store, clock, log }: Pick<Services, "store" | "clock" | "log">,
  retentionDays: number,
): WorkspaceLifecycle {
  const resume = async (id: string, platform: string) => {
    const standing = await store.workspaces.standing(id);
    if (!standing?.retiredAt) return;
    await store.workspaces.reactivate(id);
    const now = clock.now();
    for (const series of await store.series.list(id)) await planSeries(store, series, now);
    log.info({ workspace: id, platform }, "workspace installed again: resumed");
  };
  return {
    async installed(key) {
      const workspace = await store.workspaces.ensure({
        platform: key.platform,
        externalId: key.externalId,
        name: key.name,
      });
      await resume(workspace.id, key.platform);
    },

    async resumed(key) {
      const workspace = await store.workspaces.findByExternal(key.platform, key.externalId);
      if (workspace) await resume(workspace.id, key.platform);
    },

    async removed(key, reason) {
      const workspace = await store.workspaces.findByExternal(key.platform, key.externalId);
      if (!workspace) return;
      const now = clock.now();
      const purgeAfter = new Date(now.getTime() + retentionDays * DAY_MS);
      const cancelled = await store.transaction(async (tx) => {
        await tx.workspaces.retire(workspace.id, now, purgeAfter);
        return cancelPendingJobs(tx, workspace.id);
      });
      log.info(
        { workspace: workspace.id, platform: key.platform, reason, cancelled, purgeAfter },
        "workspace retired: scheduled jobs stopped, data kept until purgeAfter",
      );
    },
  };
}

async function cancelPendingJobs(store: Store, workspaceId: string): Promise<number> {
  let cancelled = 0;
  for (const job of await store.jobs.list({ workspaceId, status: ["pending"] }))
    cancelled += await store.jobs.cancelPending(job.key);
  return cancelled;
}

/** The purge job: deletes the data of every retired workspace whose retention has ended. */
export async function purgeRetiredWorkspaces({ store, clock, log }: Services): Promise<number> {
  const now = clock.now();
  const due = await store.workspaces.purgeDue(now);
  for (const id of due) {
    await store.workspaces.purge(id, now);
    log.info({ workspace: id }, "retired workspace's data deleted (retention ended)");
  }
  return due.length;
}
