import { describe, expect, it } from "vitest";
import type { Edition } from "../../../src/domain/edition.js";
import { testWorld } from "../world.js";

// Friday 27 November 2026, 10:00 UTC. "0 18 * * 2 Europe/Paris 90m": Tuesdays 18:00-19:30 Paris (17:00 UTC).
const NOW = new Date("2026-11-27T10:00:00Z");
const form = {
  hashtag: "#EdChat",
  title: "Education chat",
  hosts: "@Ana",
  schedule: "0 18 * * 2 Europe/Paris 90m",
  networks: "x",
};

async function plannedWorld() {
  const world = await testWorld({ now: NOW });
  await world.submit(world.actor({ isAdmin: true }), "setup", "new|slack:T1:C1", form);
  const series = (await world.store.series.findByHashtag(world.workspace.id, "edchat"))!;
  const editions = () => world.store.editions.list(world.workspace.id, series.id);
  const jobsOf = async (edition: Edition) =>
    Object.fromEntries(
      (await world.store.jobs.list({ status: ["pending"] }))
        .filter((j) => j.key.startsWith(`edition:${edition.id}:`))
        .map((j) => [j.key.split(":").at(-1), j.runAt.toISOString()]),
    );
  return { world, series, editions, jobsOf };
}

describe("a schedule is planned as soon as it is saved", () => {
  it("GIVEN the set-up form with a cron WHEN it is saved THEN the next edition and its jobs exist at once", async () => {
    const { editions, jobsOf } = await plannedWorld();
    const [edition, ...more] = await editions();
    expect(more).toEqual([]);
    expect(edition).toMatchObject({
      number: 1,
      status: "scheduled",
      startsAt: new Date("2026-12-01T17:00:00Z"),
      endsAt: new Date("2026-12-01T18:30:00Z"),
    });
    expect(await jobsOf(edition!)).toMatchObject({
      "promo-72h": "2026-11-28T17:00:00.000Z",
      "promo-24h": "2026-11-30T17:00:00.000Z",
      start: "2026-12-01T17:00:00.000Z",
      end: "2026-12-01T18:30:00.000Z",
      debrief: "2026-12-01T19:00:00.000Z",
    });
  });

  it("GIVEN the set-up form without a schedule WHEN it is saved THEN no edition is planned", async () => {
    const world = await testWorld({ now: NOW });
    await world.submit(world.actor({ isAdmin: true }), "setup", "new|slack:T1:C1", { ...form, schedule: "" });
    expect(world.store.tables().editions).toEqual([]);
    expect(world.store.tables().jobs).toEqual([]);
  });

  it("GIVEN a planned edition WHEN the schedule moves to Wednesdays 19:00 THEN that edition moves, its jobs follow, and none is left at the old time", async () => {
    const { world, series, editions, jobsOf } = await plannedWorld();
    await world.submit(world.actor({ isAdmin: true }), "setup", `series|${series.id}`, {
      ...form,
      schedule: "0 19 * * 3 Europe/Paris 60m",
    });
    const [edition, ...more] = await editions();
    expect(more).toEqual([]);
    expect(edition).toMatchObject({
      number: 1,
      startsAt: new Date("2026-12-02T18:00:00Z"),
      endsAt: new Date("2026-12-02T19:00:00Z"),
    });
    const jobs = await jobsOf(edition!);
    expect(jobs).toMatchObject({ start: "2026-12-02T18:00:00.000Z", end: "2026-12-02T19:00:00.000Z" });
    expect(Object.values(jobs)).not.toContain("2026-12-01T17:00:00.000Z");
  });

  it("GIVEN an extra edition planned by hand WHEN the schedule changes THEN the extra one stays where it was", async () => {
    const { world, series, editions } = await plannedWorld();
    await world.run(world.actor({ isAdmin: true }), "edition new Special at 2026-12-04 20:00");
    await world.submit(world.actor({ isAdmin: true }), "setup", `series|${series.id}`, {
      ...form,
      schedule: "0 19 * * 3 Europe/Paris 90m",
    });
    const starts = (await editions()).map((e) => [e.number, e.startsAt.toISOString()]).sort();
    expect(starts).toEqual([
      [1, "2026-12-02T18:00:00.000Z"],
      [2, "2026-12-04T19:00:00.000Z"],
    ]);
  });
});

describe("an edition planned by hand gets its jobs at once", () => {
  it("GIVEN a series without a schedule WHEN a moderator runs edition new with a date THEN its start, end and debrief jobs are queued", async () => {
    const world = await testWorld({ now: NOW });
    await world.seedSeries();
    await world.run(world.actor({ isAdmin: true }), "edition new Games in class at 2026-12-03 18:00");
    const [edition] = world.store.tables().editions;
    const keys = (await world.store.jobs.list()).map((j) => j.key);
    expect(keys).toEqual(
      expect.arrayContaining([
        `edition:${edition!.id}:start`,
        `edition:${edition!.id}:end`,
        `edition:${edition!.id}:debrief`,
      ]),
    );
    expect((await world.store.jobs.get(`edition:${edition!.id}:start`))?.runAt).toEqual(
      new Date("2026-12-03T17:00:00Z"),
    );
  });
});
