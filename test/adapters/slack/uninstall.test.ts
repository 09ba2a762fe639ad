import { afterEach, describe, expect, it } from "vitest";
import { planSeries } from "../../../src/app/planning.js";
import { sentence } from "../../../src/render/message.js";
import { seriesInput } from "../../store/seed.js";
import { type OAuthWorld, startOAuthWorld } from "./oauth-world.js";

const DAY_MS = 24 * 60 * 60 * 1000;

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** An installed team with a weekly chat, planned: pending jobs exist. */
async function installedWithSchedule(w: OAuthWorld, teamId: string) {
  await w.install(teamId);
  const ws = (await w.store.workspaces.findByExternal("slack", teamId))!;
  const series = await w.store.series.create(
    seriesInput(ws.id, `chat${teamId.toLowerCase()}`, {
      cron: "0 18 * * 4",
      debriefChannel: `slack:${teamId}:C1`,
    }),
  );
  await planSeries(w.store, series, new Date());
  return ws;
}

const pending = (w: OAuthWorld, workspaceId: string) =>
  w.store.jobs.list({ workspaceId, status: ["pending"] });

describe("Slack uninstall, revoked tokens and re-install", () => {
  let w: OAuthWorld;
  afterEach(async () => {
    await w?.stop();
  });

  it("GIVEN an installed team with scheduled jobs WHEN Slack sends app_uninstalled THEN its tokens are deleted, its jobs stopped and its data kept 30 days", async () => {
    w = await startOAuthWorld();
    const ws = await installedWithSchedule(w, "TA1");
    const other = await installedWithSchedule(w, "TB2");
    expect((await pending(w, ws.id)).length).toBeGreaterThan(0);

    const res = await w.event("TA1", { type: "app_uninstalled" });
    expect(res.status).toBe(200);
    expect(
      await until(
        () => w.store.installations.get("TA1"),
        (i) => i === null,
      ),
    ).toBeNull();
    const standing = await until(
      () => w.store.workspaces.standing(ws.id),
      (s) => s?.retiredAt != null,
    );
    expect(standing?.retiredAt).toBeInstanceOf(Date);
    expect(standing!.purgeAfter!.getTime() - standing!.retiredAt!.getTime()).toBe(30 * DAY_MS);
    expect(await pending(w, ws.id)).toEqual([]);
    // Its data is still there (until the purge), and the other team is untouched.
    expect(await w.store.series.list(ws.id)).toHaveLength(1);
    expect((await pending(w, other.id)).length).toBeGreaterThan(0);
    expect(await w.store.installations.get("TB2")).not.toBeNull();
    await expect(w.running.platform.post("slack:TA1:C1", sentence("x"))).rejects.toMatchObject({
      code: "platform_failed",
    });
  });

  it("GIVEN an uninstalled team WHEN it installs again THEN it resumes: active, its schedule planned again", async () => {
    w = await startOAuthWorld();
    const ws = await installedWithSchedule(w, "TA1");
    await w.event("TA1", { type: "app_uninstalled" });
    await until(
      () => pending(w, ws.id),
      (jobs) => jobs.length === 0,
    );
    expect(await pending(w, ws.id)).toEqual([]);

    const again = await w.install("TA1");
    expect(again.status).toBe(200);
    expect(await w.store.workspaces.standing(ws.id)).toEqual({
      retiredAt: null,
      purgeAfter: null,
      purgedAt: null,
    });
    expect((await pending(w, ws.id)).length).toBeGreaterThan(0);
    await w.running.platform.post("slack:TA1:C1", sentence("back"));
    expect(w.fake.calls("chat.postMessage").at(-1)?.response.ok).toBe(true);
  });

  it("GIVEN tokens_revoked WHEN it names the bot's token THEN the team is retired; WHEN it names user tokens only THEN nothing changes", async () => {
    w = await startOAuthWorld();
    const a = await installedWithSchedule(w, "TA1");
    const b = await installedWithSchedule(w, "TB2");
    await w.event("TB2", { type: "tokens_revoked", tokens: { oauth: ["U1"], bot: [] } });
    await w.event("TA1", { type: "tokens_revoked", tokens: { oauth: [], bot: ["UBOT1"] } });
    expect(
      await until(
        () => w.store.installations.get("TA1"),
        (i) => i === null,
      ),
    ).toBeNull();
    expect((await w.store.workspaces.standing(a.id))?.retiredAt).toBeInstanceOf(Date);
    expect(await w.store.installations.get("TB2")).not.toBeNull();
    expect((await w.store.workspaces.standing(b.id))?.retiredAt).toBeNull();
  });
});
