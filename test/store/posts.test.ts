import { describe, expect, it } from "vitest";
import { storeTargets } from "../support/db.js";
import { useStore } from "./harness.js";
import { collect, makePost, minutes, seedWorld } from "./seed.js";

describe.each(storeTargets())("posts on $name", (target) => {
  const h = useStore(target);

  it("GIVEN new posts WHEN imported THEN they are counted as inserted and streamed back in creation order", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const posts = Array.from({ length: 30 }, (_, i) => makePost(i, { createdAt: minutes(30 - i) }));
    expect(await h.store.posts.upsertBatch(ws.id, edition.id, posts)).toEqual({ inserted: 30, updated: 0 });
    const back = await collect(h.store.posts.streamByEdition(ws.id, edition.id));
    expect(back).toEqual([...posts].reverse());
    expect(await h.store.posts.countByEdition(ws.id, edition.id)).toBe(30);
  });

  it("GIVEN imported posts WHEN the same posts come again with new figures THEN they are updated, not doubled", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const posts = Array.from({ length: 10 }, (_, i) => makePost(i, { impressions: 1000 + i }));
    await h.store.posts.upsertBatch(ws.id, edition.id, posts);
    const again = [...posts.slice(0, 6).map((p) => ({ ...p, likes: 99, impressions: null })), makePost(50)];
    expect(await h.store.posts.upsertBatch(ws.id, null, again)).toEqual({ inserted: 1, updated: 6 });
    const back = await collect(h.store.posts.streamByEdition(ws.id, edition.id));
    expect(back).toHaveLength(10);
    const first = back.find((p) => p.externalId === posts[0]!.externalId)!;
    // New figures win; what the second source did not know (impressions) stays; the edition stays.
    expect(first).toMatchObject({ likes: 99, impressions: 1000 });
    expect(await h.store.posts.countByEdition(ws.id, edition.id)).toBe(10);
  });

  it("GIVEN one post twice in a batch WHEN imported THEN one row is kept with the last capture", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const result = await h.store.posts.upsertBatch(ws.id, edition.id, [
      makePost(1),
      makePost(1, { likes: 7 }),
    ]);
    expect(result).toEqual({ inserted: 1, updated: 0 });
    expect((await collect(h.store.posts.streamByEdition(ws.id, edition.id))).map((p) => p.likes)).toEqual([
      7,
    ]);
  });

  it("GIVEN more posts than one page WHEN streamed THEN every post comes once, in order", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const posts = Array.from({ length: 2_300 }, (_, i) =>
      makePost(i, { externalId: `id-${i}`, createdAt: minutes(i % 17) }),
    );
    for (let i = 0; i < posts.length; i += 500)
      await h.store.posts.upsertBatch(ws.id, edition.id, posts.slice(i, i + 500));
    const back = await collect(h.store.posts.streamByEdition(ws.id, edition.id));
    expect(back).toHaveLength(2_300);
    expect(new Set(back.map((p) => p.externalId)).size).toBe(2_300);
    const times = back.map((p) => p.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("GIVEN posts with every field set WHEN read back THEN each field is as written (ids beyond 2^53 included)", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const post = makePost(3, {
      network: "bluesky",
      externalId: "at://did:plc:abc/app.bsky.feed.post/3k",
      authorFollowers: null,
      kind: "quote",
      replyToId: "18446744073709551615",
      replyToHandle: "someone",
      referencedId: "9007199254740993",
      conversationId: "c1",
      impressions: 12,
      url: "https://bsky.app/profile/x/post/3k",
      hashtags: ["chat", "été"],
      mentions: ["ann.bsky.social"],
      text: "Q1 ? Ça va « bien » 🙂",
      createdAt: new Date("2026-03-05T18:00:00.123Z"),
    });
    await h.store.posts.upsertBatch(ws.id, edition.id, [post]);
    expect(await collect(h.store.posts.streamByEdition(ws.id, edition.id))).toEqual([post]);
  });

  it("GIVEN posts in two editions WHEN authors are asked THEN lower-case network:handle keys come", async () => {
    const { ws, series, edition } = await seedWorld(h.store);
    const e2 = await h.store.editions.create({
      workspaceId: ws.id,
      seriesId: series.id,
      number: 2,
      startsAt: minutes(10_000),
      endsAt: minutes(10_060),
    });
    await h.store.posts.upsertBatch(ws.id, edition.id, [makePost(1, { authorHandle: "Ann" })]);
    await h.store.posts.upsertBatch(ws.id, e2.id, [
      makePost(2, { authorHandle: "bob", network: "mastodon" }),
    ]);
    expect(await h.store.posts.authorsOfEditions(ws.id, [edition.id])).toEqual(new Set(["x:ann"]));
    expect(await h.store.posts.authorsOfEditions(ws.id, [edition.id, e2.id])).toEqual(
      new Set(["x:ann", "mastodon:bob"]),
    );
    expect(await h.store.posts.authorsOfEditions(ws.id, [])).toEqual(new Set());
  });

  it("GIVEN an edition of another workspace WHEN posts are attached to it THEN nothing is stored", async () => {
    const a = await seedWorld(h.store, "A");
    const b = await seedWorld(h.store, "B");
    await expect(h.store.posts.upsertBatch(a.ws.id, b.edition.id, [makePost(1)])).rejects.toMatchObject({
      code: "edition_not_found",
    });
    expect(await h.store.posts.countByEdition(b.ws.id, b.edition.id)).toBe(0);
  });

  it("GIVEN the same post id in two workspaces WHEN both import it THEN each keeps its own and sees only its own", async () => {
    const a = await seedWorld(h.store, "A");
    const b = await seedWorld(h.store, "B");
    expect(await h.store.posts.upsertBatch(a.ws.id, a.edition.id, [makePost(1, { likes: 1 })])).toEqual({
      inserted: 1,
      updated: 0,
    });
    expect(await h.store.posts.upsertBatch(b.ws.id, b.edition.id, [makePost(1, { likes: 2 })])).toEqual({
      inserted: 1,
      updated: 0,
    });
    expect(await collect(h.store.posts.streamByEdition(a.ws.id, b.edition.id))).toEqual([]);
    expect(await h.store.posts.countByEdition(a.ws.id, b.edition.id)).toBe(0);
    expect(await h.store.posts.authorsOfEditions(a.ws.id, [b.edition.id])).toEqual(new Set());
    expect((await collect(h.store.posts.streamByEdition(a.ws.id, a.edition.id)))[0]?.likes).toBe(1);
  });
});
