import { describe, expect, it } from "vitest";
import { visibleText } from "../../support/recording-responder.js";
import { testWorld } from "../world.js";

const sam = "<@slack:T1:U2>";
const lea = "<@slack:T1:U3>";

async function teamWorld() {
  const world = await testWorld();
  const series = await world.seedSeries({ teamRoleIds: ["R-team"] });
  await world.store.team.set(world.workspace.id, series.id, world.ref("U2"), "member");
  return {
    world,
    series,
    moderator: world.actor({ user: "U1" }),
    member: world.actor({ user: "U2" }),
    roleMember: world.actor({ user: "U5", roleIds: ["R-team"] }),
    admin: world.actor({ user: "U7", isAdmin: true }),
    outsider: world.actor({ user: "U9" }),
  };
}

const said = (r: Awaited<ReturnType<Awaited<ReturnType<typeof testWorld>>["run"]>>) =>
  visibleText(r.lastReply().message);

describe("team", () => {
  it("GIVEN a moderator WHEN they add two people as moderators THEN both are moderators and it is audited", async () => {
    const { world, series, moderator } = await teamWorld();
    const reply = said(await world.run(moderator, `team add ${lea} <@slack:T1:U4> moderator`));
    expect(reply).toContain("<@slack:T1:U3>, <@slack:T1:U4> joined the team of #edchat as moderator.");
    expect(await world.store.team.roleOf(world.workspace.id, series.id, world.ref("U3"))).toBe("moderator");
    expect(world.store.tables().audit.filter((a) => a.action === "team.set")).toHaveLength(2);
  });

  it("GIVEN someone already a member WHEN added again THEN nothing changes and the reply says so", async () => {
    const { world, moderator } = await teamWorld();
    expect(said(await world.run(moderator, `team add ${sam}`))).toContain(
      "<@slack:T1:U2>: already member, nothing changed.",
    );
    expect(world.store.tables().audit).toHaveLength(0);
  });

  it("GIVEN a member (not moderator) WHEN they try to add someone THEN they are refused and nobody is added", async () => {
    const { world, series, member } = await teamWorld();
    expect(said(await world.run(member, `team add ${lea}`))).toContain(
      "Only moderators of #edchat can do this",
    );
    expect(await world.store.team.roleOf(world.workspace.id, series.id, world.ref("U3"))).toBeNull();
  });

  it("GIVEN an outsider WHEN they list the team THEN they are refused politely", async () => {
    const { world, outsider } = await teamWorld();
    expect(said(await world.run(outsider, "team list"))).toContain("Only the team of #edchat can do this");
  });

  it("GIVEN a member WHEN they list the team THEN they see moderators, members and the role note", async () => {
    const { world, member } = await teamWorld();
    const text = said(await world.run(member, "team"));
    expect(text).toContain("Team of #edchat");
    expect(text).toContain("Moderators: <@slack:T1:U1>");
    expect(text).toContain("Members: <@slack:T1:U2>");
    expect(text).toContain("everyone with the platform role set for this series");
  });

  it("GIVEN someone in the team through a platform role WHEN they list THEN they may", async () => {
    const { world, roleMember } = await teamWorld();
    expect(said(await world.run(roleMember, "team"))).toContain("Team of #edchat");
  });

  it("GIVEN a workspace admin not in the team WHEN they add someone THEN it works (admins moderate every chat)", async () => {
    const { world, series, admin } = await teamWorld();
    await world.run(admin, `team add ${lea}`);
    expect(await world.store.team.roleOf(world.workspace.id, series.id, world.ref("U3"))).toBe("member");
  });

  it("GIVEN the last moderator WHEN removed THEN it is refused with the reason", async () => {
    const { world, series, moderator } = await teamWorld();
    expect(said(await world.run(moderator, "team remove <@slack:T1:U1>"))).toContain(
      "<@slack:T1:U1> is the last moderator of #edchat: make someone else moderator first.",
    );
    expect(await world.store.team.roleOf(world.workspace.id, series.id, world.ref("U1"))).toBe("moderator");
  });

  it("GIVEN a member and a stranger WHEN both are removed THEN the member leaves and the stranger is reported", async () => {
    const { world, series, moderator } = await teamWorld();
    const text = said(await world.run(moderator, `team remove ${sam} ${lea}`));
    expect(text).toContain("<@slack:T1:U2> left the team of #edchat.");
    expect(text).toContain("<@slack:T1:U3>: not in the team, nothing changed.");
    expect(await world.store.team.roleOf(world.workspace.id, series.id, world.ref("U2"))).toBeNull();
  });

  it("GIVEN a French moderator WHEN they add someone THEN the reply is French", async () => {
    const { world } = await teamWorld();
    const text = said(
      await world.run(world.actor({ user: "U1", locale: "fr" }), `équipe ajouter ${lea} modérateur`),
    );
    expect(text).toContain("<@slack:T1:U3> rejoint l'équipe de #edchat comme modérateur.");
  });
});
