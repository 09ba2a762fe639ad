import { describe, expect, it } from "vitest";
import { statsCommand } from "../../../src/app/stats/stats-command.js";
import { invoke } from "../../support/invoke.js";
import { RecordingResponder, visibleText } from "../../support/recording-responder.js";
import { post } from "../tasks/support/posts.js";
import { statsWorld } from "./world.js";

describe("/afterchat stats: trend without ceremony", () => {
  it("GIVEN the previous edition imported but never reported WHEN the next one is reported THEN it still shows the trend, and edition 1's headline is stored", async () => {
    const world = await statsWorld({ now: new Date("2026-03-10T21:00:00Z") });
    const { store, workspace, edition, series, member } = world;
    await store.posts.upsertBatch(workspace.id, edition.id, [
      post("ana", { text: "A1 yes #chat", createdAt: new Date("2026-03-03T19:05:00Z") }),
      post("ben", { text: "A1 no #chat", createdAt: new Date("2026-03-03T19:06:00Z") }),
    ]);
    await store.editions.update(workspace.id, edition.id, { importedAt: new Date("2026-03-03T21:00:00Z") });
    const second = await store.editions.create({
      workspaceId: workspace.id,
      seriesId: series.id,
      number: 2,
      startsAt: new Date("2026-03-10T19:00:00Z"),
      endsAt: new Date("2026-03-10T20:00:00Z"),
      status: "debriefing",
    });
    await store.posts.upsertBatch(workspace.id, second.id, [
      post("ana", { text: "A1 again #chat", createdAt: new Date("2026-03-10T19:05:00Z"), externalId: "21" }),
      post("cyd", { text: "A1 hi #chat", createdAt: new Date("2026-03-10T19:06:00Z"), externalId: "22" }),
      post("dee", { text: "A1 hello #chat", createdAt: new Date("2026-03-10T19:07:00Z"), externalId: "23" }),
    ]);
    await store.editions.update(workspace.id, second.id, { importedAt: new Date("2026-03-10T21:00:00Z") });
    expect((await store.editions.get(workspace.id, edition.id))?.headline).toBeNull();

    const responder = new RecordingResponder();
    await invoke(statsCommand, world.services, member, { name: "stats", edition: 2 }, responder);

    const text = visibleText(responder.lastReply().message);
    // Posts 2 -> 3 (+50 %), contributors 2 -> 3; ana is back, cyd and dee are new.
    expect(text).toMatch(/Posts\D+3\D+\+1\D+50/u);
    expect((await store.editions.get(workspace.id, edition.id))?.headline).toMatchObject({
      posts: 2,
      contributors: 2,
    });
    expect((await store.editions.get(workspace.id, second.id))?.headline).toMatchObject({
      posts: 3,
      newContributors: 2,
    });
  });

  it("GIVEN the previous edition never imported WHEN the next one is reported THEN there is no trend to show", async () => {
    const world = await statsWorld({ now: new Date("2026-03-10T21:00:00Z") });
    const { store, workspace, series, member } = world;
    const second = await store.editions.create({
      workspaceId: workspace.id,
      seriesId: series.id,
      number: 2,
      startsAt: new Date("2026-03-10T19:00:00Z"),
      endsAt: new Date("2026-03-10T20:00:00Z"),
      status: "debriefing",
    });
    await store.posts.upsertBatch(workspace.id, second.id, [
      post("ana", { text: "A1 again #chat", createdAt: new Date("2026-03-10T19:05:00Z"), externalId: "21" }),
    ]);
    await store.editions.update(workspace.id, second.id, { importedAt: new Date("2026-03-10T21:00:00Z") });
    const responder = new RecordingResponder();
    await invoke(statsCommand, world.services, member, { name: "stats", edition: 2 }, responder);
    expect(visibleText(responder.lastReply().message)).not.toMatch(/\+\d/u);
  });
});
