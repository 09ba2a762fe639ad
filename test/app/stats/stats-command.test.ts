import { describe, expect, it } from "vitest";
import { statsCommand } from "../../../src/app/stats/stats-command.js";
import { AfterchatError } from "../../../src/errors.js";
import type { LiveSource, SourceItem } from "../../../src/sources/types.js";
import { invoke } from "../../support/invoke.js";
import { RecordingResponder, visibleText } from "../../support/recording-responder.js";
import { post } from "../tasks/support/posts.js";
import { statsWorld } from "./world.js";

const stats = { name: "stats", edition: null } as const;

function fakeSource(items: SourceItem[] | (() => never)): LiveSource {
  return {
    network: "x",
    async *pull() {
      if (typeof items === "function") items();
      else yield* items;
    },
  };
}

describe("/afterchat stats", () => {
  it("GIVEN an imported edition WHEN a team member asks THEN the report is posted in the channel with its figures and charts", async () => {
    const world = await statsWorld();
    const { store, workspace, edition, member } = world;
    await store.posts.upsertBatch(workspace.id, edition.id, [
      post("host", {
        text: "Q1: what brought you here? #chat",
        createdAt: new Date("2026-03-03T19:01:00Z"),
        likes: 3,
      }),
      post("ana", { text: "A1 curiosity #chat", createdAt: new Date("2026-03-03T19:02:00Z"), likes: 2 }),
      post("ben", { text: "A1 a friend #chat", createdAt: new Date("2026-03-03T19:03:00Z") }),
    ]);
    await store.editions.update(workspace.id, edition.id, { importedAt: new Date("2026-03-04T20:00:00Z") });
    const responder = new RecordingResponder();
    await invoke(statsCommand, world.services, member, stats, responder);

    expect(responder.answers[0]).toMatchObject({ type: "defer", ephemeral: false });
    const reply = responder.lastReply();
    expect(reply.ephemeral).toBe(false);
    const text = visibleText(reply.message);
    expect(text).toContain("The Chat");
    expect(text).toMatch(/Posts\D+3/);
    expect(text).toContain("what brought you here?");
    expect(reply.message.files?.map((f) => f.name)).toContain("timeline.png");
    // The headline is stored for the next edition's trend, the participants for the roster.
    expect((await store.editions.get(workspace.id, edition.id))?.headline?.posts).toBe(3);
    expect(
      (await store.participants.roster(workspace.id, world.series.id))
        .map((r) => r.handles[0]?.handle)
        .sort(),
    ).toEqual(["ana", "ben", "host"]);
  });

  it("GIVEN no posts and no live source WHEN asked THEN it says how to get posts in", async () => {
    const world = await statsWorld();
    const responder = new RecordingResponder();
    await invoke(statsCommand, world.services, world.member, stats, responder);
    const text = visibleText(responder.lastReply().message);
    expect(text).toContain("No posts yet for #chat edition 1");
    expect(text).toContain("/afterchat import");
    expect(text).toContain("X is not configured for live pulls");
  });

  it("GIVEN a live source WHEN the edition was never imported THEN its posts are pulled, stored and reported", async () => {
    const world = await statsWorld();
    world.services.liveSource = () =>
      fakeSource([
        {
          type: "post",
          post: post("ana", { text: "A1 yes #chat", createdAt: new Date("2026-03-03T19:05:00Z") }),
          at: "page 1",
        },
        { type: "post", post: post("bob", { text: "off topic #other", hashtags: ["other"] }), at: "page 1" },
      ]);
    const responder = new RecordingResponder();
    await invoke(statsCommand, world.services, world.member, stats, responder);
    const text = visibleText(responder.lastReply().message);
    expect(text).toContain("X: 1 new post, 0 updated.");
    expect(await world.store.posts.countByEdition(world.workspace.id, world.edition.id)).toBe(1);
  });

  it("GIVEN a rate-limited network WHEN pulling THEN the user reads why, in French for a French member", async () => {
    const world = await statsWorld({ locale: "fr" });
    world.services.liveSource = () =>
      fakeSource(() => {
        throw new AfterchatError("source_rate_limited", { network: "X", retryAt: "2026-03-03T21:15:00Z" });
      });
    const responder = new RecordingResponder();
    await invoke(statsCommand, world.services, world.member, stats, responder);
    const text = visibleText(responder.lastReply().message);
    expect(text).toContain("Pas encore de publications pour #chat");
    expect(text).toContain("X nous demande de ralentir jusqu'à 2026-03-03T21:15:00Z");
  });

  it("GIVEN someone outside the team WHEN asking THEN refused, and nothing is pulled", async () => {
    const world = await statsWorld();
    let pulled = false;
    world.services.liveSource = () => {
      pulled = true;
      return null;
    };
    await expect(
      invoke(statsCommand, world.services, world.outsider, stats, new RecordingResponder()),
    ).rejects.toMatchObject({
      code: "not_team_member",
    });
    expect(pulled).toBe(false);
  });

  it("GIVEN an edition number that does not exist THEN edition_not_found", async () => {
    const world = await statsWorld();
    await expect(
      invoke(
        statsCommand,
        world.services,
        world.member,
        { name: "stats", edition: 7 },
        new RecordingResponder(),
      ),
    ).rejects.toMatchObject({ code: "edition_not_found", params: { number: 7 } });
  });
});
