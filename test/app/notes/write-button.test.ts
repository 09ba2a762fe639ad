import { describe, expect, it } from "vitest";
import { visibleText } from "../../support/recording-responder.js";
import { testWorld } from "../world.js";

/** The "Write notes" button (note.new) the end-of-chat message carries; its value is the series id. */
async function buttonWorld() {
  const world = await testWorld();
  const series = await world.seedSeries({ teamRoleIds: ["R-team"] });
  await world.store.team.set(world.workspace.id, series.id, world.ref("U2"), "member");
  return { world, series };
}

describe("the Write notes button", () => {
  it("GIVEN a team member WHEN they click Write notes THEN the four-field notes form opens for the series", async () => {
    const { world, series } = await buttonWorld();
    const responder = await world.click(world.actor({ user: "U2" }), "note.new", series.id);
    const [form] = responder.forms();
    expect(form).toMatchObject({ id: "note.new", state: series.id, title: "Debrief notes" });
    expect(form!.fields.map((f) => f.id)).toEqual(["good", "bad", "best", "insight"]);
    expect(responder.replies()).toEqual([]);
  });

  it("GIVEN someone in the team through a platform role WHEN they click THEN the form opens too", async () => {
    const { world, series } = await buttonWorld();
    const responder = await world.click(
      world.actor({ user: "U5", roleIds: ["R-team"] }),
      "note.new",
      series.id,
    );
    expect(responder.forms().map((f) => f.id)).toEqual(["note.new"]);
  });

  it("GIVEN someone outside the team WHEN they click THEN they are refused politely and no form opens", async () => {
    const { world, series } = await buttonWorld();
    const responder = await world.click(world.actor({ user: "U9" }), "note.new", series.id);
    expect(responder.forms()).toEqual([]);
    expect(responder.lastReply().ephemeral).toBe(true);
    expect(visibleText(responder.lastReply().message)).toContain(
      "Only the team of #edchat can do this. Ask a moderator to add you",
    );
  });

  it("GIVEN a button naming a series this workspace cannot see WHEN clicked THEN no form opens and the reply says no chat is set up", async () => {
    const { world } = await buttonWorld();
    const responder = await world.click(world.actor({ user: "U2" }), "note.new", "series-of-someone-else");
    expect(responder.forms()).toEqual([]);
    expect(visibleText(responder.lastReply().message)).toContain("No chat is set up in this channel yet");
  });
});
