import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { importItems } from "../../../src/app/import/import-items.js";
import type { Post } from "../../../src/domain/post.js";
import type { Store } from "../../../src/ports.js";
import type { SourceItem } from "../../../src/sources/types.js";
import { storeTargets } from "../../support/db.js";
import { post } from "../tasks/support/posts.js";

async function* itemsOf(list: SourceItem[]): AsyncGenerator<SourceItem> {
  yield* list;
}

function postItems(list: Post[]): SourceItem[] {
  return list.map((p, i) => ({ type: "post", post: p, at: `line ${i + 1}` }));
}

async function fixture(store: Store) {
  const workspace = await store.workspaces.ensure({ platform: "slack", externalId: "T1", name: "w" });
  const series = await store.series.create({
    workspaceId: workspace.id,
    hashtag: "chat",
    title: "Chat",
    hosts: ["host"],
    networks: ["x"],
    mastodonInstance: null,
    cron: null,
    timeZone: "UTC",
    durationMinutes: 60,
    debriefChannel: "slack:T1:C1",
    afterPartyChannel: null,
    teamRoleIds: [],
    moderatorRoleIds: [],
    locale: null,
  });
  const edition = await store.editions.create({
    workspaceId: workspace.id,
    seriesId: series.id,
    number: 1,
    startsAt: new Date("2026-03-03T19:00:00Z"),
    endsAt: new Date("2026-03-03T20:00:00Z"),
  });
  return { workspace, edition };
}

const NOW = () => new Date("2026-03-04T09:00:00Z");
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (closers.length) await closers.pop()!();
});

describe.each(storeTargets())("importItems on $name", (target) => {
  async function open() {
    const opened = await target.open();
    closers.push(() => opened.close());
    return opened.store;
  }

  it("GIVEN a post whose text holds a NUL character THEN it is skipped at its line with the field named, and the others are stored", async () => {
    const store = await open();
    const { workspace, edition } = await fixture(store);
    const list = [
      post("ada", { externalId: "1" }),
      post("bob", { externalId: "2", text: "bad\u0000text" }),
      post("cy", { externalId: "3" }),
    ];
    const summary = await importItems(store, itemsOf(postItems(list)), {
      workspaceId: workspace.id,
      editionId: edition.id,
      source: "twarc2-jsonl",
      now: NOW,
    });

    expect(summary.imported).toBe(2);
    expect(summary.skippedCount).toBe(1);
    expect(summary.skipped[0]).toMatchObject({ at: "line 2", code: "bad_value" });
    expect(summary.skipped[0]?.detail).toContain("text of 2");
  });

  it("GIVEN 1,234 posts in batches of 500 THEN all stored, the run completes and the edition is marked imported", async () => {
    const store = await open();
    const { workspace, edition } = await fixture(store);
    const list = Array.from({ length: 1234 }, (_, i) => post(`user${i % 40}`));
    const summary = await importItems(store, itemsOf(postItems(list)), {
      workspaceId: workspace.id,
      editionId: edition.id,
      source: "twarc2-jsonl",
      batchSize: 500,
      now: NOW,
    });
    expect(summary).toMatchObject({ imported: 1234, updated: 0, ignored: 0, skippedCount: 0 });
    expect(await store.posts.countByEdition(workspace.id, edition.id)).toBe(1234);
    expect((await store.editions.get(workspace.id, edition.id))?.importedAt).toEqual(NOW());
  });

  it("GIVEN the same posts imported again THEN they are updated, never duplicated", async () => {
    const store = await open();
    const { workspace, edition } = await fixture(store);
    const list = Array.from({ length: 30 }, () => post("alice", { likes: 1 }));
    const options = { workspaceId: workspace.id, editionId: edition.id, source: "x", now: NOW };
    await importItems(store, itemsOf(postItems(list)), options);
    const again = await importItems(
      store,
      itemsOf(postItems(list.map((p) => ({ ...p, likes: 5 })))),
      options,
    );
    expect(again).toMatchObject({ imported: 0, updated: 30 });
    expect(await store.posts.countByEdition(workspace.id, edition.id)).toBe(30);
    let likes = 0;
    for await (const p of store.posts.streamByEdition(workspace.id, edition.id)) likes += p.likes;
    expect(likes).toBe(150);
  });

  it("GIVEN bad records and posts of another chat THEN the good ones are stored and the rest listed with where and why", async () => {
    const store = await open();
    const { workspace, edition } = await fixture(store);
    const items: SourceItem[] = [
      { type: "post", post: post("alice"), at: "line 1" },
      { type: "skip", at: "line 2", reason: { code: "invalid_json", detail: "Unexpected end" } },
      {
        type: "post",
        post: post("bob", { hashtags: ["otherchat"], text: "hello #otherchat" }),
        at: "line 3",
      },
      { type: "post", post: post("carol", { createdAt: new Date("2026-01-01T00:00:00Z") }), at: "line 4" },
      { type: "post", post: post("dave"), at: "line 5" },
    ];
    const summary = await importItems(store, itemsOf(items), {
      workspaceId: workspace.id,
      editionId: edition.id,
      source: "twarc2-jsonl",
      filter: {
        hashtag: "#CHAT",
        since: new Date("2026-03-03T18:00:00Z"),
        until: new Date("2026-03-04T20:00:00Z"),
      },
      now: NOW,
    });
    expect(summary).toMatchObject({ imported: 2, ignored: 2, skippedCount: 1 });
    expect(summary.skipped).toEqual([{ at: "line 2", code: "invalid_json", detail: "Unexpected end" }]);
  });
});

describe("importItems when a batch fails", () => {
  it("GIVEN the third batch cannot be stored THEN the run fails, the edition is not marked imported, and only whole batches stay", async () => {
    const target = storeTargets().find((t) => t.name === "sqlite")!;
    const { store, close } = await target.open();
    closers.push(close);
    const { workspace, edition } = await fixture(store);
    let calls = 0;
    const failing: Store = {
      ...store,
      posts: {
        ...store.posts,
        upsertBatch: async (...args) => {
          calls += 1;
          if (calls === 3) throw new Error("disk full");
          return store.posts.upsertBatch(...args);
        },
      },
    };
    const list = Array.from({ length: 50 }, () => post("alice"));
    await expect(
      importItems(failing, itemsOf(postItems(list)), {
        workspaceId: workspace.id,
        editionId: edition.id,
        source: "x",
        batchSize: 10,
        now: NOW,
      }),
    ).rejects.toThrow("disk full");
    expect(await store.posts.countByEdition(workspace.id, edition.id)).toBe(20);
    expect((await store.editions.get(workspace.id, edition.id))?.importedAt).toBeNull();
  });
});

describe.each(storeTargets().filter((t) => t.name !== "memory"))(
  "a batch is all in or all out on $name",
  (target) => {
    it("PROPERTY: a batch with one record the database refuses stores none of its records", async () => {
      const { store, close } = await target.open();
      closers.push(close);
      const { workspace, edition } = await fixture(store);
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 40 }), fc.nat(), async (size, seed) => {
          const before = await store.posts.countByEdition(workspace.id, edition.id);
          const batch = Array.from({ length: size }, () => post("alice"));
          // A post without an author violates NOT NULL: the database refuses that row.
          const broken = seed % size;
          batch[broken] = { ...batch[broken]!, authorHandle: null as unknown as string };
          await expect(store.posts.upsertBatch(workspace.id, edition.id, batch)).rejects.toThrow();
          expect(await store.posts.countByEdition(workspace.id, edition.id)).toBe(before);
        }),
        { numRuns: 25 },
      );
    });
  },
);
