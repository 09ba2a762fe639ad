import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { importItems } from "../../src/app/import/import-items.js";
import { translator } from "../../src/i18n/index.js";
import { frenchSpacing } from "../../src/i18n/typography.js";
import { describeSkip } from "../../src/render/import-summary.js";
import { parseStream } from "../../src/sources/detect.js";
import { storeTargets } from "../support/db.js";
import { useStore } from "./harness.js";
import { collect, makePost, seedWorld } from "./seed.js";

/** One twarc2 page whose second and third tweets carry counts no store can hold (1e30) or no count is (-3). */
function pageWithAbsurdCounts(): string {
  const tweet = (id: string, likes: number) => ({
    id,
    author_id: "1",
    text: `A1 answer ${id} #chat`,
    created_at: "2026-03-05T18:10:00.000Z",
    public_metrics: { like_count: likes, retweet_count: 0, reply_count: 0, quote_count: 0 },
  });
  return `${JSON.stringify({
    data: [tweet("1001", 3_000_000_000), tweet("1002", 1e30), tweet("1003", -3), tweet("1004", 1)],
    includes: { users: [{ id: "1", username: "ana", public_metrics: { followers_count: 2_147_483_648 } }] },
  })}\n`;
}

describe.each(storeTargets())("64-bit counts on $name", (target) => {
  const h = useStore(target);

  it("GIVEN counts beyond 2^31 (PostgreSQL INTEGER's end) WHEN stored and read back THEN each is exact", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const post = makePost(1, {
      likes: 3_000_000_000,
      reposts: 2_147_483_648,
      authorFollowers: 4_294_967_296,
      impressions: Number.MAX_SAFE_INTEGER,
      bookmarks: 5_000_000_000,
      shares: 2_147_483_647,
      engagements: 6_000_000_000,
    });
    await h.store.posts.upsertBatch(ws.id, edition.id, [post]);
    expect(await collect(h.store.posts.streamByEdition(ws.id, edition.id))).toEqual([post]);
  });

  it("GIVEN a file with a 1e30 and a negative count among good posts WHEN imported THEN those two are skipped with their reason and the rest is stored, the run complete", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const detected = await parseStream(Readable.from([Buffer.from(pageWithAbsurdCounts())]));
    if (!detected) throw new Error("not recognised");
    const summary = await importItems(h.store, detected.items, {
      workspaceId: ws.id,
      editionId: edition.id,
      source: detected.format,
      filter: { hashtag: "chat" },
      now: () => new Date("2026-03-05T20:00:00Z"),
    });
    expect(summary.imported).toBe(2);
    expect(summary.skipped.map((skip) => describeSkip(skip, translator("en")))).toEqual([
      "line 1: likes of 1002: expected a whole number, 0 or more (at most 9,007,199,254,740,991), got “1e+30”",
      "line 1: likes of 1003: expected a whole number, 0 or more (at most 9,007,199,254,740,991), got “-3”",
    ]);
    expect(describeSkip(summary.skipped[1]!, translator("fr"))).toBe(
      frenchSpacing(
        "ligne 1 : likes de 1003 : attendu un nombre entier positif ou nul (au plus 9\u202f007\u202f199\u202f254\u202f740\u202f991), trouvé « -3 »",
      ),
    );
    const stored = await collect(h.store.posts.streamByEdition(ws.id, edition.id));
    expect(stored.map((p) => [p.externalId, p.likes, p.authorFollowers])).toEqual([
      ["1001", 3_000_000_000, 2_147_483_648],
      ["1004", 1, 2_147_483_648],
    ]);
    expect((await h.store.editions.get(ws.id, edition.id))?.importedAt).not.toBeNull();
  });

  it("GIVEN a daily overview day beyond 2^31 impressions WHEN stored and listed THEN it is exact", async () => {
    const { ws } = await seedWorld(h.store);
    const day = {
      date: "2026-03-05",
      postsPublished: 3,
      impressions: 3_000_000_000,
      engagements: 2_200_000_000,
      likes: 1,
      reposts: 0,
      replies: 0,
      extra: { follows: 12 },
    };
    await h.store.dailyMetrics.upsertMany(ws.id, "", [day]);
    expect(await h.store.dailyMetrics.list(ws.id, "", "2026-03-01", "2026-03-31")).toEqual([day]);
  });
});
