import { describe, expect, it } from "vitest";
import { workspaceLifecycle } from "../../src/app/workspaces/lifecycle.js";
import { scheduledWorld } from "./support/world.js";

// Café Chat: Tuesdays 18:00 UTC; now: Friday 27 Nov 2026, 10:00 UTC (see lifecycle.test.ts).
describe("a retired workspace's schedule", () => {
  it("GIVEN a scheduled series WHEN its workspace is uninstalled THEN nothing more is sent, planning skips it, and after the retention its data goes", async () => {
    const w = await scheduledWorld();
    const lifecycle = workspaceLifecycle(w.services, 30);
    await w.advanceTo("2026-11-29T00:00:00Z");
    const before = w.timeline.length;
    expect(before).toBeGreaterThan(0);
    await lifecycle.removed({ platform: w.workspace.platform, externalId: w.workspace.externalId }, "test");

    await w.advanceTo("2026-12-10T00:00:00Z");
    expect(w.timeline.slice(before)).toEqual([]);
    expect(await w.store.jobs.list({ workspaceId: w.workspace.id, status: ["pending"] })).toEqual([]);
    expect(await w.store.series.list(w.workspace.id)).toHaveLength(1);

    // 30 days after the uninstall (28 Nov 2026 + 30 days), the hourly planning purges it.
    await w.advanceTo("2026-12-29T01:00:00Z");
    expect(await w.store.series.list(w.workspace.id)).toEqual([]);
    expect((await w.store.workspaces.standing(w.workspace.id))?.purgedAt).toBeInstanceOf(Date);
  });

  it("GIVEN an uninstalled workspace WHEN it is installed again THEN its chat runs again at the next edition", async () => {
    const w = await scheduledWorld();
    const lifecycle = workspaceLifecycle(w.services, 30);
    const key = { platform: w.workspace.platform, externalId: w.workspace.externalId };
    await w.advanceTo("2026-11-27T10:00:00Z");
    const before = w.timeline.length; // what ran at start (the Discord-style event of edition 1)
    await lifecycle.removed(key, "test");
    await w.advanceTo("2026-12-02T00:00:00Z");
    expect(w.timeline.slice(before)).toEqual([]);
    await lifecycle.installed({ ...key, name: w.workspace.name });
    await w.advanceTo("2026-12-09T00:00:00Z");
    expect(w.lines().some((line) => line.includes("is over"))).toBe(true);
  });
});
