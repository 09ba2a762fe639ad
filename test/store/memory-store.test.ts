import { describe, expect, it } from "vitest";
import { createMemoryStore } from "../support/memory-store.js";

describe("memory store (the fake the use-case tests run on)", () => {
  it("GIVEN a transaction that throws half-way WHEN it ends THEN nothing it wrote is left", async () => {
    const store = createMemoryStore();
    const ws = await store.workspaces.ensure({ platform: "slack", externalId: "T1", name: "Team" });
    await expect(
      store.transaction(async (tx) => {
        await tx.series.create({
          workspaceId: ws.id,
          hashtag: "#Chat",
          title: "Chat",
          hosts: [],
          networks: ["x"],
          mastodonInstance: null,
          cron: null,
          timeZone: "UTC",
          durationMinutes: 60,
          debriefChannel: null,
          afterPartyChannel: null,
          teamRoleIds: [],
          moderatorRoleIds: [],
          locale: null,
        });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await store.series.list(ws.id)).toEqual([]);
    expect(store.tables().workspaces).toHaveLength(1);
  });

  it("GIVEN a stored workspace WHEN the caller edits the object it got THEN the store is unchanged", async () => {
    const store = createMemoryStore();
    const ws = await store.workspaces.ensure({ platform: "discord", externalId: "G1", name: "Guild" });
    ws.name = "changed";
    expect((await store.workspaces.get(ws.id))?.name).toBe("Guild");
  });
});
