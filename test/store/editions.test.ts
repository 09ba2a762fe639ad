import { describe, expect, it } from "vitest";
import type { AfterchatError } from "../../src/errors.js";
import { translator } from "../../src/i18n/index.js";
import { storeTargets } from "../support/db.js";
import { useStore } from "./harness.js";
import { minutes, seedWorld, T0 } from "./seed.js";

const HEADLINE = {
  posts: 120,
  contributors: 30,
  engagement: 400,
  potentialReach: 50_000,
  impressions: null,
  questions: 5,
  answers: 80,
  unanswered: 1,
  newContributors: 4,
};

describe.each(storeTargets())("editions on $name", (target) => {
  const h = useStore(target);

  async function weekly(count: number) {
    const world = await seedWorld(h.store);
    const editions = [world.edition];
    for (let n = 2; n <= count; n += 1) {
      editions.push(
        await h.store.editions.create({
          workspaceId: world.ws.id,
          seriesId: world.series.id,
          number: n,
          startsAt: minutes((n - 1) * 7 * 24 * 60),
          endsAt: minutes((n - 1) * 7 * 24 * 60 + 60),
        }),
      );
    }
    return { ...world, editions };
  }

  it("GIVEN a new edition WHEN it is read back THEN it has its defaults", async () => {
    const { ws, series, edition } = await seedWorld(h.store);
    expect(edition).toMatchObject({
      workspaceId: ws.id,
      seriesId: series.id,
      number: 1,
      topic: null,
      startsAt: T0,
      endsAt: minutes(60),
      status: "scheduled",
      importedAt: null,
      headline: null,
      afterPartyThread: null,
      afterPartyEndsAt: null,
    });
    expect(await h.store.editions.get(ws.id, edition.id)).toEqual(edition);
    expect(await h.store.editions.byNumber(ws.id, series.id, 1)).toEqual(edition);
    expect(await h.store.editions.getAcrossWorkspaces(edition.id)).toEqual(edition);
  });

  it("GIVEN edition 1 planned next week WHEN an edition is created without a number for an earlier date THEN it is 1 and the planned one becomes 2", async () => {
    const { ws, series, edition } = await seedWorld(h.store);
    const week = 7 * 24 * 60;
    const later = await h.store.editions.create({
      workspaceId: ws.id,
      seriesId: series.id,
      startsAt: minutes(2 * week),
      endsAt: minutes(2 * week + 60),
    });
    expect(later.number).toBe(2);
    const before = await h.store.editions.create({
      workspaceId: ws.id,
      seriesId: series.id,
      startsAt: minutes(-week),
      endsAt: minutes(-week + 60),
    });
    const between = await h.store.editions.create({
      workspaceId: ws.id,
      seriesId: series.id,
      startsAt: minutes(week),
      endsAt: minutes(week + 60),
    });
    expect([before.number, between.number]).toEqual([1, 3]);
    const byDate = (await h.store.editions.list(ws.id, series.id)).sort(
      (a, b) => a.startsAt.getTime() - b.startsAt.getTime(),
    );
    expect(byDate.map((e) => [e.id, e.number])).toEqual([
      [before.id, 1],
      [edition.id, 2],
      [between.id, 3],
      [later.id, 4],
    ]);
  });

  it("GIVEN edition 1 WHEN another edition 1 is created THEN it is refused with a sentence naming the number", async () => {
    const { ws, series } = await seedWorld(h.store);
    const refused = await h.store.editions
      .create({
        workspaceId: ws.id,
        seriesId: series.id,
        number: 1,
        startsAt: T0,
        endsAt: T0,
      })
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(refused).toMatchObject({ code: "edition_exists", params: { number: 1 } });
    const { code, params } = refused as AfterchatError;
    expect(translator("en").t(`errors.${code}`, params)).toBe(
      "Edition 1 already exists for this chat: pick another number or change that edition.",
    );
    expect((await h.store.editions.list(ws.id, series.id)).length).toBe(1);
  });

  it("GIVEN an edition WHEN its report, status and after-party are stored THEN they are read back", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const patch = {
      topic: "Remote work",
      status: "debriefing" as const,
      importedAt: minutes(90),
      headline: HEADLINE,
      afterPartyThread: "discord:G1:C1:T9",
      afterPartyEndsAt: minutes(60 * 25),
    };
    const updated = await h.store.editions.update(ws.id, edition.id, patch);
    expect(updated).toEqual({ ...edition, ...patch });
    expect(await h.store.editions.get(ws.id, edition.id)).toEqual(updated);
    const cleared = await h.store.editions.update(ws.id, edition.id, {
      headline: null,
      afterPartyThread: null,
    });
    expect(cleared).toMatchObject({ headline: null, afterPartyThread: null, topic: "Remote work" });
  });

  it("GIVEN three weekly editions WHEN listed THEN newest first, limited on request, next number 4", async () => {
    const { ws, series } = await weekly(3);
    expect((await h.store.editions.list(ws.id, series.id)).map((e) => e.number)).toEqual([3, 2, 1]);
    expect((await h.store.editions.list(ws.id, series.id, { limit: 2 })).map((e) => e.number)).toEqual([
      3, 2,
    ]);
    expect(await h.store.editions.nextNumber(ws.id, series.id)).toBe(4);
  });

  it("GIVEN a series without editions WHEN asked for the next number THEN it is 1", async () => {
    const { ws, series } = await seedWorld(h.store);
    const other = await h.store.series.create({ ...series, hashtag: "other", settings: undefined });
    expect(await h.store.editions.nextNumber(ws.id, other.id)).toBe(1);
  });

  it("GIVEN three weekly editions WHEN asked for the current one THEN live wins, else the last started, else none", async () => {
    const { ws, series, editions } = await weekly(3);
    const [e1, e2, e3] = editions;
    const current = async (at: Date) =>
      (await h.store.editions.current(ws.id, series.id, at))?.number ?? null;
    expect(await current(minutes(-1))).toBeNull();
    expect(await current(minutes(30))).toBe(e1!.number);
    expect(await current(minutes(3 * 24 * 60))).toBe(e1!.number);
    expect(await current(minutes(7 * 24 * 60 + 10))).toBe(e2!.number);
    expect(await current(minutes(30 * 24 * 60))).toBe(e3!.number);
    expect((await h.store.editions.previous(ws.id, e3!))?.number).toBe(2);
    expect(await h.store.editions.previous(ws.id, e1!)).toBeNull();
  });

  it("GIVEN editions in several states across workspaces WHEN the scheduler lists some states THEN it gets those", async () => {
    const a = await seedWorld(h.store, "A");
    const b = await seedWorld(h.store, "B");
    await h.store.editions.update(a.ws.id, a.edition.id, { status: "live" });
    await h.store.editions.update(b.ws.id, b.edition.id, { status: "closed" });
    const found = await h.store.editions.listByStatusAcrossWorkspaces(["live", "debriefing"]);
    expect(found.map((e) => e.id)).toEqual([a.edition.id]);
  });

  it("GIVEN workspace B's editions WHEN workspace A asks or writes THEN nothing is seen or changed", async () => {
    const a = await seedWorld(h.store, "A");
    const b = await seedWorld(h.store, "B");
    expect(await h.store.editions.get(a.ws.id, b.edition.id)).toBeNull();
    expect(await h.store.editions.byNumber(a.ws.id, b.series.id, 1)).toBeNull();
    expect(await h.store.editions.list(a.ws.id, b.series.id)).toEqual([]);
    expect(await h.store.editions.current(a.ws.id, b.series.id, minutes(30))).toBeNull();
    expect(await h.store.editions.nextNumber(a.ws.id, b.series.id)).toBe(1);
    await expect(h.store.editions.update(a.ws.id, b.edition.id, { topic: "x" })).rejects.toMatchObject({
      code: "edition_not_found",
    });
    await expect(
      h.store.editions.create({
        workspaceId: a.ws.id,
        seriesId: b.series.id,
        number: 2,
        startsAt: T0,
        endsAt: T0,
      }),
    ).rejects.toMatchObject({ code: "series_not_found" });
    expect((await h.store.editions.get(b.ws.id, b.edition.id))?.topic).toBeNull();
  });
});
