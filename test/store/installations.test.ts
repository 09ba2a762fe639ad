import { describe, expect, it } from "vitest";
import type { StoredInstallation } from "../../src/domain/installation.js";
import { storeTargets } from "../support/db.js";
import { useStore } from "./harness.js";
import { makePost, minutes, seedWorld, T0 } from "./seed.js";

const install = (teamId: string, over: Partial<StoredInstallation> = {}): StoredInstallation => ({
  teamId,
  teamName: `Team ${teamId}`,
  enterpriseId: null,
  appId: "A1",
  botId: "B1",
  botUserId: "UBOT",
  botScopes: ["chat:write", "commands"],
  installerUserId: "U1",
  botToken: "v1.sealed.token",
  botRefreshToken: "v1.sealed.refresh",
  botExpiresAt: minutes(720),
  ...over,
});

describe.each(storeTargets())("installations and workspace retirement on $name", (target) => {
  const h = useStore(target);

  it("GIVEN an installation WHEN it is saved again (re-install) THEN get returns the new one, once", async () => {
    await h.store.installations.save(install("T1"));
    await h.store.installations.save(
      install("T1", { botToken: "v1.new", botRefreshToken: null, botExpiresAt: null }),
    );
    expect(await h.store.installations.get("T1")).toEqual(
      install("T1", { botToken: "v1.new", botRefreshToken: null, botExpiresAt: null }),
    );
    expect(await h.store.installations.list()).toHaveLength(1);
    expect(await h.store.installations.delete("T1")).toBe(true);
    expect(await h.store.installations.get("T1")).toBeNull();
    expect(await h.store.installations.delete("T1")).toBe(false);
  });

  it("GIVEN one process holds the refresh lease WHEN another claims it THEN it is refused until the lease ends", async () => {
    await h.store.installations.save(install("T1"));
    expect(await h.store.installations.claimRefresh("T1", "p1", T0, minutes(1))).toBe(true);
    expect(await h.store.installations.claimRefresh("T1", "p2", T0, minutes(1))).toBe(false);
    // p2 cannot store tokens it was not allowed to fetch.
    const tokens = { botToken: "v1.b", botRefreshToken: "v1.r", botExpiresAt: minutes(720) };
    expect(await h.store.installations.saveRefreshed("T1", "p2", tokens)).toBe(false);
    expect(await h.store.installations.claimRefresh("T1", "p2", minutes(2), minutes(3))).toBe(true);
    expect(await h.store.installations.saveRefreshed("T1", "p2", tokens)).toBe(true);
    expect(await h.store.installations.get("T1")).toMatchObject(tokens);
    expect(await h.store.installations.claimRefresh("T1", "p1", minutes(2), minutes(3))).toBe(true);
  });

  it("GIVEN ten processes claim the refresh lease at once THEN exactly one gets it", async () => {
    await h.store.installations.save(install("T1"));
    const got = await Promise.all(
      Array.from({ length: 10 }, (_, i) => h.store.installations.claimRefresh("T1", `p${i}`, T0, minutes(1))),
    );
    expect(got.filter(Boolean)).toHaveLength(1);
  });

  it("GIVEN a retired workspace WHEN its retention ends THEN purge deletes its data, keeps the row, and leaves the others alone", async () => {
    const gone = await seedWorld(h.store, "T1", "gone");
    const kept = await seedWorld(h.store, "T2", "kept");
    for (const w of [gone, kept]) {
      await h.store.posts.upsertBatch(w.ws.id, w.edition.id, [makePost(1), makePost(2)]);
      await h.store.notes.add({
        workspaceId: w.ws.id,
        editionId: w.edition.id,
        authorRef: "slack:T:U1",
        kind: "good",
        text: "fine",
        requestKey: null,
      });
      await h.store.jobs.schedule({
        key: `edition:${w.edition.id}:debrief`,
        kind: "edition.debrief",
        workspaceId: w.ws.id,
        payload: {},
        runAt: minutes(90),
      });
    }
    await h.store.workspaces.retire(gone.ws.id, T0, minutes(60 * 24 * 30));
    expect(await h.store.workspaces.standing(gone.ws.id)).toEqual({
      retiredAt: T0,
      purgeAfter: minutes(60 * 24 * 30),
      purgedAt: null,
    });
    expect(await h.store.workspaces.purgeDue(minutes(60))).toEqual([]);
    expect(await h.store.workspaces.purgeDue(minutes(60 * 24 * 30))).toEqual([gone.ws.id]);
    await h.store.workspaces.purge(gone.ws.id, minutes(60 * 24 * 30));

    expect(await h.store.series.list(gone.ws.id)).toEqual([]);
    expect(await h.store.posts.countByEdition(gone.ws.id, gone.edition.id)).toBe(0);
    expect(await h.store.jobs.list({ workspaceId: gone.ws.id })).toEqual([]);
    expect((await h.store.workspaces.standing(gone.ws.id))?.purgedAt).toEqual(minutes(60 * 24 * 30));
    expect(await h.store.workspaces.purgeDue(minutes(60 * 24 * 31))).toEqual([]);

    expect(await h.store.series.list(kept.ws.id)).toHaveLength(1);
    expect(await h.store.posts.countByEdition(kept.ws.id, kept.edition.id)).toBe(2);
    expect(await h.store.notes.listByEdition(kept.ws.id, kept.edition.id)).toHaveLength(1);
    expect(await h.store.jobs.list({ workspaceId: kept.ws.id })).toHaveLength(1);
  });

  it("GIVEN a retired workspace THEN the scheduler's cross-workspace lists leave it out until it is reactivated", async () => {
    const w = await seedWorld(h.store, "T1", "chat");
    await h.store.series.update(w.ws.id, w.series.id, { cron: "0 18 * * 4" });
    expect(await h.store.series.listScheduledAcrossWorkspaces()).toHaveLength(1);
    await h.store.workspaces.retire(w.ws.id, T0, minutes(60));
    expect(await h.store.series.listScheduledAcrossWorkspaces()).toEqual([]);
    expect(await h.store.editions.listByStatusAcrossWorkspaces(["scheduled"])).toEqual([]);
    await h.store.workspaces.reactivate(w.ws.id);
    expect(await h.store.series.listScheduledAcrossWorkspaces()).toHaveLength(1);
    expect(await h.store.workspaces.standing(w.ws.id)).toEqual({
      retiredAt: null,
      purgeAfter: null,
      purgedAt: null,
    });
  });
});
