import { describe, expect, it } from "vitest";
import { postsFromFiles } from "../../src/app/content/file-posts.js";
import type { Job } from "../../src/domain/job.js";
import { translator } from "../../src/i18n/index.js";
import { promoReminder } from "../../src/jobs/handlers/promo.js";
import { escapeMarkdown } from "../../src/render/markup.js";
import { seedTestSeries } from "../app/world.js";
import { row, START, statusUrl, writeSyntheticChat } from "../content/synthetic-chat.js";
import { testWorkspace } from "../support/actors.js";
import { testServices, visibleText } from "../support/recording-responder.js";

async function promoWorld() {
  const base = testServices({ now: new Date("2026-03-08T19:00:00Z") });
  const ws = await testWorkspace(base.store, {});
  const series = await seedTestSeries(base.store, ws, { hashtag: "chatdemo", hosts: ["hostaccount"] });
  const first = await base.store.editions.create({
    workspaceId: ws.id,
    seriesId: series.id,
    number: 1,
    startsAt: START,
    endsAt: new Date(START.getTime() + 3_600_000),
    status: "closed",
  });
  const read = await postsFromFiles([writeSyntheticChat()], {
    filter: {},
    context: { hashtag: "chatdemo", hosts: [] },
  });
  await base.store.posts.upsertBatch(ws.id, first.id, read.posts);
  await base.store.editions.update(ws.id, first.id, { importedAt: START });
  const next = await base.store.editions.create({
    workspaceId: ws.id,
    seriesId: series.id,
    number: 2,
    startsAt: new Date("2026-03-10T19:00:00Z"),
    endsAt: new Date("2026-03-10T20:00:00Z"),
  });
  const job: Job = {
    id: "j1",
    key: `edition:${next.id}:promo-24h`,
    kind: "promo",
    workspaceId: ws.id,
    payload: { editionId: next.id, seriesId: series.id, hours: 24 },
    runAt: new Date("2026-03-09T19:00:00Z"),
    status: "running",
    attempts: 0,
    lastError: null,
    leaseOwner: null,
    leaseUntil: null,
    finishedAt: null,
  };
  return { ...base, ws, series, job };
}

describe("the promotion reminder recycles the best posts", () => {
  it("GIVEN last edition's posts WHEN the promotion reminder goes out THEN it lists ready-to-post drafts of its best posts, credited, never the opted-out author", async () => {
    const w = await promoWorld();
    await promoReminder(w.services, w.job);
    const text = visibleText(w.platforms.of("post")[0]!.message);
    // Neutral Markdown, escaped (the adapters undo the escapes).
    expect(text).toContain(
      escapeMarkdown(translator("en").t("content.recycle.title", { hashtag: "chatdemo" })),
    );
    expect(text).toContain(`by ${escapeMarkdown(`@ana_s ${statusUrl(row("ana_s"))}`)}`);
    expect(text).not.toMatch(/zoe/i);
  });

  it("GIVEN an author opted out since WHEN the reminder goes out THEN their post is not recycled", async () => {
    const w = await promoWorld();
    await w.store.consent.addOptOut(
      w.ws.id,
      w.series.id,
      { network: null, handle: "ana_s", source: "moderator" },
      "u",
    );
    await promoReminder(w.services, w.job);
    const text = visibleText(w.platforms.of("post")[0]!.message);
    expect(text).not.toContain("ana");
    expect(text).toContain(escapeMarkdown(statusUrl(row("bruno_l"))));
  });
});
