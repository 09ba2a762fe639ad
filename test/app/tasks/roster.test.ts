import { describe, expect, it } from "vitest";
import { showRoster } from "../../../src/app/tasks/roster.js";
import type { Contribution } from "../../../src/domain/roster.js";
import { weightedLength } from "../../../src/render/roster/drafts.js";
import { invoke } from "../../support/invoke.js";
import { visibleText } from "../../support/recording-responder.js";
import { type World, world } from "./support/world.js";

function took(handle: string, postsCount = 2, engagement = 0): Contribution {
  return {
    network: "x",
    handle,
    name: null,
    followers: null,
    posts: postsCount,
    engagement,
    firstPostAt: new Date("2026-03-03T19:05:00Z"),
  };
}

/**
 * Editions 1-5 as their reports recorded them: ana every time, ben lapsed after 1-3, cleo and dan
 * new in 5. No posts are stored: edition 5's figures come from its records.
 */
async function history(w: World) {
  const who: Record<number, Contribution[]> = {
    1: [took("ana"), took("ben")],
    2: [took("ana"), took("ben")],
    3: [took("ana"), took("ben")],
    4: [took("ana")],
    5: [took("ana", 3), took("cleo", 4), took("dan", 7, 14), took("host", 20)],
  };
  let edition = w.edition;
  for (const number of [1, 2, 3, 4, 5]) {
    if (number > 1)
      edition = await w.store.editions.create({
        workspaceId: w.workspace.id,
        seriesId: w.series.id,
        number,
        startsAt: new Date(Date.UTC(2026, 2, 3 + 7 * (number - 1), 19)),
        endsAt: new Date(Date.UTC(2026, 2, 3 + 7 * (number - 1), 20)),
      });
    await w.store.participants.recordEdition(w.workspace.id, edition.id, who[number] ?? []);
  }
  w.clock.set(new Date("2026-04-01T08:00:00Z"));
}

async function roster(w: World, locale?: "fr") {
  const responder = w.responder();
  await invoke(showRoster, w.services, w.actor(locale ? { locale } : {}), { name: "roster" }, responder);
  return responder.lastReply();
}

describe("the roster", () => {
  it("GIVEN five editions THEN top contributors, regulars, newcomers and lapsed are shown to the actor", async () => {
    const w = await world();
    await history(w);
    const reply = await roster(w);
    expect(reply.ephemeral).toBe(true);
    const text = visibleText(reply.message).replace(/\\/g, "");
    expect(text).toContain("Community of #chat");
    expect(text).toContain("Based on 5 editions with posts (latest: 5).");
    expect(text).toContain(
      "Top contributors of edition 5**\n- @dan: 7 posts, 14 engagement\n- @cleo: 4 posts, 0 engagement\n- @ana: 3 posts, 0 engagement",
    );
    expect(text).toContain("Regulars (1): in 3 or more of the last 5 editions**\n@ana");
    expect(text).toContain("Newcomers (2): first seen in edition 5**\n@dan, @cleo");
    expect(text).toContain("Lapsed (1): in 2 or more editions before, absent from the last 2**\n@ben");
    expect(text).not.toContain("@host");
  });

  it("GIVEN the drafts THEN they thank the top contributors and newcomers within 280 characters, ready to copy as they are", async () => {
    const w = await world();
    await history(w);
    const reply = await roster(w);
    const drafts = reply.message.blocks.flatMap((b) =>
      b.type === "copy" && b.text.startsWith("Thank you") ? [b.text] : [],
    );
    expect(drafts).toEqual(["Thank you @dan, @cleo and @ana for joining #chat! See you at the next one."]);
    const all = reply.message.blocks.slice(reply.message.blocks.findIndex((b) => b.type === "divider"));
    for (const block of all)
      if (block.type === "copy") expect(weightedLength(block.text)).toBeLessThanOrEqual(280);
    expect(visibleText(reply.message)).toContain("Shout-out to @dan, @cleo and @ana");
    expect(visibleText(reply.message)).not.toContain("Thank you all");
  });

  it("GIVEN a French series WHEN a French actor asks THEN the roster and the drafts are in French", async () => {
    const w = await world({ locale: "fr" });
    await history(w);
    const text = visibleText((await roster(w, "fr")).message).replace(/\\/g, "");
    expect(text).toContain("Communauté de #chat");
    expect(text).toContain("Nouveaux (2)");
    expect(text).toContain("Merci @dan, @cleo et @ana d'avoir participé à #chat\u202F!");
  });

  it("GIVEN nothing imported THEN the roster says to import first", async () => {
    const w = await world();
    expect(visibleText((await roster(w)).message)).toContain("Nobody yet: import an edition first");
  });

  it("GIVEN an outsider THEN refused", async () => {
    const w = await world();
    await expect(
      invoke(showRoster, w.services, w.actor({ user: "X9" }), { name: "roster" }, w.responder()),
    ).rejects.toMatchObject({
      code: "not_team_member",
    });
  });
});
