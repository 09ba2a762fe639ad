import { afterEach, describe, expect, it } from "vitest";
import { guildCreate } from "../../support/fake-discord-data.js";
import { type DiscordWorld, discordWorld, G } from "./support/discord-world.js";

const NEW_GUILD = "920000000000000001";

async function until<T>(probe: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (ok(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("Discord guilds joining and leaving", () => {
  let w: DiscordWorld;
  afterEach(async () => {
    await w?.close();
  });

  it("GIVEN the bot WHEN it is added to a new guild THEN that guild's workspace record is created", async () => {
    w = await discordWorld();
    w.fake.dispatch(
      "GUILD_CREATE",
      guildCreate(
        { id: NEW_GUILD, name: "Nouveau serveur", channels: [{ id: "920000000000000010", name: "général" }] },
        w.fake.botUser,
        "8",
      ),
    );
    const found = await until(
      () => w.store.workspaces.findByExternal("discord", NEW_GUILD),
      (ws) => ws !== null,
    );
    expect(found).toMatchObject({ platform: "discord", externalId: NEW_GUILD, name: "Nouveau serveur" });
  });

  it("GIVEN a guild with a scheduled chat WHEN it removes the bot THEN it is retired and its jobs stop; an outage retires nothing", async () => {
    w = await discordWorld();
    const series = await w.seedSeries();
    const ws = await w.workspace();
    await w.store.jobs.schedule({
      key: "edition:e1:debrief",
      kind: "edition.debrief",
      workspaceId: ws.id,
      payload: { seriesId: series.id, editionId: "e1" },
      runAt: new Date(Date.now() + 3_600_000),
    });
    w.fake.dispatch("GUILD_DELETE", { id: G, unavailable: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await w.store.workspaces.standing(ws.id))?.retiredAt).toBeNull();

    w.fake.dispatch("GUILD_DELETE", { id: G });
    const standing = await until(
      () => w.store.workspaces.standing(ws.id),
      (s) => s?.retiredAt != null,
    );
    expect(standing?.retiredAt).toBeInstanceOf(Date);
    expect(await w.store.jobs.list({ workspaceId: ws.id, status: ["pending"] })).toEqual([]);
  });
});
