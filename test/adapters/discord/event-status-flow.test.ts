/**
 * Scheduled events start and end on time (issue 13, point 4): Discord starts and ends only
 * external events by itself and cancels a voice event nobody started, so the scheduler sets the
 * edition's event ACTIVE at its start and COMPLETED at its end. Real discord.js, the real job runner
 * and lifecycle steps, against the Discord fake, which refuses every status move Discord refuses
 * (test/support/fake-discord-events.ts). A bot stopped over the chat completes the event when it
 * comes back, never starts it; an event deleted by someone stays deleted, and nothing crashes.
 */
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import type { Series } from "../../../src/domain/series.js";
import { type Locale, translator } from "../../../src/i18n/index.js";
import { type Scheduler, startScheduler } from "../../../src/jobs/start.js";
import { createLogger } from "../../../src/log.js";
import type { Json } from "../../support/fake-discord-data.js";
import { type DiscordWorld, discordWorld, G, PARTY, VOICE } from "./support/discord-world.js";

// Café chat: Tuesdays 18:00-19:00 Europe/Paris (17:00-18:00 UTC in winter). Now: Friday 27 Nov.
const NOW = "2026-11-27T10:00:00Z";
const STARTS = "2026-12-01T17:00:00.000Z";
const ENDS = "2026-12-01T18:00:00.000Z";
const SCHEDULED = 1;
const ACTIVE = 2;
const COMPLETED = 3;
const config = { scheduler: { enabled: true, graceMinutes: 360, leaseSeconds: 120, pollSeconds: 15 } };

describe.each<Locale>(["en", "fr"])("Discord scheduled events start and end on time (%s)", (locale) => {
  const { t } = translator(locale);
  let w: DiscordWorld;
  let scheduler: Scheduler | null = null;
  let logged = "";

  afterEach(async () => {
    await scheduler?.stop();
    scheduler = null;
    await w?.close();
  });

  async function world(afterPartyChannel: string, timeZone = "Europe/Paris"): Promise<Series> {
    w = await discordWorld({ now: new Date(NOW) });
    logged = "";
    return w.seedSeries({ locale, afterPartyChannel, timeZone });
  }

  async function start(): Promise<Scheduler> {
    const destination = new Writable({
      write(chunk, _encoding, done) {
        logged += String(chunk);
        done();
      },
    });
    const log = createLogger({ level: "info", destination });
    const services = { ...w.services, log };
    const started = await startScheduler({
      config,
      services,
      log,
      owner: "test",
      ticker: () => ({ stop: async () => undefined }),
      stopTimeoutMs: 1000,
    });
    scheduler = started;
    return started;
  }

  /** Runs every job due up to `at`, each at its own time, and the planning every hour. */
  async function advanceTo(at: string): Promise<void> {
    const target = new Date(at).getTime();
    for (;;) {
      const pending = await w.store.jobs.list({ status: ["pending"] });
      const now = w.clock.now().getTime();
      const nextHour = (Math.floor(now / 3600_000) + 1) * 3600_000;
      const next = Math.max(now, Math.min(nextHour, ...pending.map((j) => j.runAt.getTime())));
      if (!scheduler || next > target) break;
      w.clock.set(new Date(next));
      if (next === nextHour) await scheduler.plan();
      else await scheduler.runner.tick();
    }
    w.clock.set(new Date(target));
  }

  const edition1 = () => {
    const name = t("afterparty.event.name", { hashtag: "cafechat", number: 1 });
    const found = w.fake.world.guildEvents(G).find((e) => e.name === name);
    if (!found) throw new Error(`no event named ${name}`);
    return found;
  };
  /** The status of edition 1's job with this key suffix. */
  const jobStatus = async (suffix: string) => {
    const series = (await w.store.series.listScheduledAcrossWorkspaces())[0]!;
    const edition = await w.store.editions.byNumber(series.workspaceId, series.id, 1);
    return (await w.store.jobs.get(`edition:${edition?.id}:${suffix}`))?.status;
  };
  const statusMoves = () =>
    w.fake
      .calls("PATCH", "/guilds/:gid/scheduled-events/:eid")
      .filter((c) => "status" in c.body)
      .map((c) => [c.body.status, c.status]);

  it("GIVEN a chat whose after-party is a voice channel WHEN it starts and ends THEN its voice event goes live at the start and is completed at the end", async () => {
    await world(`discord:${G}:${VOICE}`);
    await start();
    expect(edition1()).toMatchObject({ entity_type: 2, channel_id: VOICE, status: SCHEDULED });

    await advanceTo(STARTS);
    expect(edition1().status).toBe(ACTIVE);

    await advanceTo(ENDS);
    expect(edition1().status).toBe(COMPLETED);
    // Each move was one Discord allows, and Discord took it.
    expect(statusMoves()).toEqual([
      [ACTIVE, 200],
      [COMPLETED, 200],
    ]);
    // The next edition has its own event, waiting for its own start.
    const name2 = t("afterparty.event.name", { hashtag: "cafechat", number: 2 });
    expect(w.fake.world.guildEvents(G).find((e: Json) => e.name === name2)).toMatchObject({
      status: SCHEDULED,
      scheduled_start_time: "2026-12-08T17:00:00.000Z",
    });
  });

  it("GIVEN an external event Discord already started by itself WHEN the chat starts and ends THEN no move Discord refuses, and it is completed", async () => {
    await world(`discord:${G}:${PARTY}`);
    await start();
    expect(edition1().entity_type).toBe(3);
    await advanceTo("2026-12-01T16:59:00Z");
    edition1().status = ACTIVE; // Discord starts external events at their time

    await advanceTo(ENDS);

    expect(edition1().status).toBe(COMPLETED);
    expect(statusMoves()).toEqual([[COMPLETED, 200]]);
  });

  it("GIVEN afterchat stopped before the chat WHEN it comes back after the chat's end THEN the event is completed, never left live", async () => {
    await world(`discord:${G}:${VOICE}`);
    await start();
    await advanceTo("2026-12-01T16:00:00Z");
    await scheduler?.stop();
    scheduler = null;

    w.clock.set(new Date("2026-12-01T18:30:00Z"));
    await start();

    expect(edition1().status).toBe(COMPLETED);
    expect(statusMoves()).toEqual([
      [ACTIVE, 200],
      [COMPLETED, 200],
    ]);
    expect(await jobStatus("event-start")).toBe("done");
    // The late start step itself completed it (it did not set it live for the end step to finish).
    const startStep = logged
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { step?: string; outcome?: { to?: string } })
      .find((line) => line.step === "event-active");
    expect(startStep?.outcome?.to).toBe("completed");
  });

  it("GIVEN someone deleted the edition's event WHEN the chat starts and ends THEN it is not made again, the log says so and the chat goes on", async () => {
    await world(`discord:${G}:${VOICE}`);
    await start();
    w.fake.world.scheduledEvents.delete(String(edition1().id));

    await advanceTo(ENDS);

    expect(w.fake.world.guildEvents(G).map((e: Json) => e.scheduled_start_time)).toEqual([
      "2026-12-08T17:00:00.000Z",
    ]);
    expect(logged).toContain("scheduled event deleted on the platform");
    expect([await jobStatus("event-start"), await jobStatus("end")]).toEqual(["done", "done"]);
    // The chat went on: the after-party opened in the voice channel's text chat.
    const said = [...w.fake.world.messages.values()].filter((m: Json) => m.channel_id === VOICE);
    expect(said.length).toBeGreaterThan(0);
  });

  it("GIVEN a repeating event (Tuesdays 18:00 Tokyo, no summer time) WHEN the chat ends THEN it is completed and the next edition still gets its event, on time", async () => {
    await world(`discord:${G}:${VOICE}`, "Asia/Tokyo");
    await start();
    expect(edition1()).toMatchObject({ scheduled_start_time: "2026-12-01T09:00:00.000Z" });
    expect(edition1().recurrence_rule).not.toBeNull();

    await advanceTo("2026-12-01T10:00:00Z");

    expect(edition1().status).toBe(COMPLETED);
    // Discord takes no change to a finished event: the next edition's event is a new one.
    const name2 = t("afterparty.event.name", { hashtag: "cafechat", number: 2 });
    expect(w.fake.world.guildEvents(G).find((e: Json) => e.name === name2)).toMatchObject({
      status: SCHEDULED,
      scheduled_start_time: "2026-12-08T09:00:00.000Z",
    });
  });
});
