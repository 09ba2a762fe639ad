import { describe, expect, it } from "vitest";
import { storeTargets } from "../support/db.js";
import { useStore } from "./harness.js";
import { minutes, seedWorld, T0 } from "./seed.js";

describe.each(storeTargets())("consent to quote on $name", (target) => {
  const h = useStore(target);

  it("GIVEN opt-outs added twice WHEN listed THEN one entry each, sorted, a moderator's replacing a reply's", async () => {
    const { ws, series } = await seedWorld(h.store);
    const c = h.store.consent;
    expect(await c.addOptOut(ws.id, series.id, { network: "x", handle: "zoe", source: "reply" }, "x:1")).toBe(
      true,
    );
    expect(
      await c.addOptOut(
        ws.id,
        series.id,
        { network: null, handle: "ana", source: "moderator" },
        "slack:T1:U1",
      ),
    ).toBe(true);
    expect(
      await c.addOptOut(
        ws.id,
        series.id,
        { network: "x", handle: "zoe", source: "moderator" },
        "slack:T1:U1",
      ),
    ).toBe(false);
    expect(
      await c.addOptOut(ws.id, series.id, { network: null, handle: "ana", source: "reply" }, "x:2"),
    ).toBe(false);
    expect(await c.optOuts(ws.id, series.id)).toEqual([
      { network: null, handle: "ana", source: "moderator" },
      { network: "x", handle: "zoe", source: "moderator" },
    ]);
    expect(await c.removeOptOut(ws.id, series.id, "zoe", null)).toBe(false);
    expect(await c.removeOptOut(ws.id, series.id, "zoe", "x")).toBe(true);
    expect(await c.optOuts(ws.id, series.id)).toEqual([
      { network: null, handle: "ana", source: "moderator" },
    ]);
  });

  it("GIVEN another workspace WHEN it reads or changes the series' consent THEN it sees and changes nothing", async () => {
    const a = await seedWorld(h.store, "T1");
    const b = await seedWorld(h.store, "T2");
    await h.store.consent.addOptOut(
      a.ws.id,
      a.series.id,
      { network: null, handle: "ana", source: "moderator" },
      "u",
    );
    await h.store.consent.requestQuotes(
      a.ws.id,
      a.series.id,
      [{ network: "x", externalId: "1", authorHandle: "bo" }],
      T0,
    );
    expect(await h.store.consent.optOuts(b.ws.id, a.series.id)).toEqual([]);
    expect(await h.store.consent.approvals(b.ws.id, a.series.id)).toEqual([]);
    expect(await h.store.consent.removeOptOut(b.ws.id, a.series.id, "ana", null)).toBe(false);
    expect(await h.store.consent.approve(b.ws.id, a.series.id, { handle: "bo" }, T0)).toBe(0);
    await expect(
      h.store.consent.addOptOut(
        b.ws.id,
        a.series.id,
        { network: null, handle: "x", source: "moderator" },
        "u",
      ),
    ).rejects.toMatchObject({ code: "series_not_found" });
  });

  it("GIVEN quotes requested twice WHEN approved by post or by handle THEN each is pending once, then approved", async () => {
    const { ws, series } = await seedWorld(h.store);
    const c = h.store.consent;
    const quotes = [
      { network: "x" as const, externalId: "10", authorHandle: "ana" },
      { network: "x" as const, externalId: "11", authorHandle: "ana" },
      {
        network: "bluesky" as const,
        externalId: "at://did:plc:b/app.bsky.feed.post/3k",
        authorHandle: "bo.bsky.social",
      },
    ];
    expect(await c.requestQuotes(ws.id, series.id, quotes, T0)).toBe(3);
    expect(await c.requestQuotes(ws.id, series.id, quotes, minutes(5))).toBe(0);
    expect((await c.approvals(ws.id, series.id)).map((a) => a.status)).toEqual([
      "pending",
      "pending",
      "pending",
    ]);
    expect(await c.approve(ws.id, series.id, { handle: "ana" }, minutes(10))).toBe(2);
    expect(
      await c.approve(
        ws.id,
        series.id,
        { network: "bluesky", externalId: quotes[2]!.externalId },
        minutes(10),
      ),
    ).toBe(1);
    expect(await c.approve(ws.id, series.id, { handle: "ana" }, minutes(11))).toBe(0);
    expect(await c.approvals(ws.id, series.id)).toEqual([
      { ...quotes[2], status: "approved" },
      { ...quotes[0], status: "approved" },
      { ...quotes[1], status: "approved" },
    ]);
  });
});
