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

  it("GIVEN a member WHEN they list the team THEN they see moderators, members and the roles that count", async () => {
    const { world, member } = await teamWorld();
    const text = said(await world.run(member, "team"));
    expect(text).toContain("Team of #edchat");
    expect(text).toContain("Moderators: <@slack:T1:U1>");
    expect(text).toContain("Members: <@slack:T1:U2>");
    expect(text).toContain("Moderator roles: nobody yet");
    expect(text).toContain("Member roles: <@&R-team>");
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

describe("team roles and user groups", () => {
  const group = "<@&S0GROUP1>";

  it("GIVEN a moderator WHEN they add a user group THEN it is stored on the series, audited, and its members may file notes", async () => {
    const { world, series, moderator } = await teamWorld();
    const inGroup = world.actor({ user: "U6", roleIds: ["S0GROUP1"] });
    expect(said(await world.run(inGroup, "note good nice pace"))).toContain(
      "Only the team of #edchat can do this",
    );

    const reply = said(await world.run(moderator, `team add ${group}`));
    expect(reply).toContain("Everyone with <@&S0GROUP1> is now in the team of #edchat as member.");
    expect((await world.store.series.get(world.workspace.id, series.id))?.teamRoleIds).toEqual([
      "R-team",
      "S0GROUP1",
    ]);
    expect(world.store.tables().audit.filter((a) => a.action === "team.role.set")).toMatchObject([
      { actorRef: moderator.userRef, detail: { roleId: "S0GROUP1", role: "member" } },
    ]);
    expect(said(await world.run(inGroup, "note good nice pace"))).toContain("Noted for edition");
  });

  it("GIVEN a member role WHEN it is added again as moderator THEN it moves to the moderator roles and its holders moderate", async () => {
    const { world, series, moderator } = await teamWorld();
    await world.run(moderator, "team add <@&RTEAM> moderator");
    await world.run(moderator, `team add ${group}`);
    await world.run(moderator, `team add ${group} moderator`);
    const saved = await world.store.series.get(world.workspace.id, series.id);
    expect(saved?.moderatorRoleIds).toEqual(["RTEAM", "S0GROUP1"]);
    expect(saved?.teamRoleIds).toEqual(["R-team"]);
    const holder = world.actor({ user: "U6", roleIds: ["S0GROUP1"] });
    await world.run(holder, `team add ${lea}`);
    expect(await world.store.team.roleOf(world.workspace.id, series.id, world.ref("U3"))).toBe("member");
  });

  it("GIVEN a role already there and a person WHEN added THEN the reply says which changed and which did not", async () => {
    const { world, moderator } = await teamWorld();
    await world.run(moderator, `team add ${group}`);
    const reply = said(await world.run(moderator, `team add ${group} ${lea}`));
    expect(reply).toContain("<@slack:T1:U3> joined the team of #edchat as member.");
    expect(reply).toContain("<@&S0GROUP1>: already member, nothing changed.");
  });

  it("GIVEN a role in the team WHEN a moderator removes it with one that is not THEN it is gone, audited, and the other reported", async () => {
    const { world, series, moderator } = await teamWorld();
    await world.run(moderator, `team add ${group}`);
    const reply = said(await world.run(moderator, `team remove ${group} <@&S0OTHER>`));
    expect(reply).toContain("Having <@&S0GROUP1> no longer puts anyone in the team of #edchat.");
    expect(reply).toContain("<@&S0OTHER>: not in the team, nothing changed.");
    expect((await world.store.series.get(world.workspace.id, series.id))?.teamRoleIds).toEqual(["R-team"]);
    expect(world.store.tables().audit.filter((a) => a.action === "team.role.remove")).toHaveLength(1);
  });

  it("GIVEN a member (not moderator) WHEN they add a role THEN they are refused and nothing is stored", async () => {
    const { world, series, member } = await teamWorld();
    expect(said(await world.run(member, `team add ${group}`))).toContain(
      "Only moderators of #edchat can do this",
    );
    expect((await world.store.series.get(world.workspace.id, series.id))?.teamRoleIds).toEqual(["R-team"]);
  });

  it("GIVEN moderators only by role WHEN an admin removes the last moderator role THEN it is refused", async () => {
    const { world, series, admin } = await teamWorld();
    await world.run(admin, `team add ${group} moderator`);
    await world.store.team.remove(world.workspace.id, series.id, world.ref("U1"));
    expect(said(await world.run(admin, `team remove ${group}`))).toContain(
      "<@&S0GROUP1> is the last way anyone moderates #edchat: make someone moderator first.",
    );
    expect((await world.store.series.get(world.workspace.id, series.id))?.moderatorRoleIds).toEqual([
      "S0GROUP1",
    ]);
  });

  it("GIVEN a moderator role WHEN the last moderator by name leaves THEN it is allowed (the role still moderates)", async () => {
    const { world, series, moderator } = await teamWorld();
    await world.run(moderator, `team add ${group} moderator`);
    expect(said(await world.run(moderator, "team remove <@slack:T1:U1>"))).toContain(
      "<@slack:T1:U1> left the team of #edchat.",
    );
    expect(await world.store.team.roleOf(world.workspace.id, series.id, world.ref("U1"))).toBeNull();
  });

  it("GIVEN the last moderator and the last moderator role WHEN both are removed at once THEN it is refused", async () => {
    const { world, series, moderator } = await teamWorld();
    await world.run(moderator, `team add ${group} moderator`);
    expect(said(await world.run(moderator, `team remove <@slack:T1:U1> ${group}`))).toContain(
      "<@slack:T1:U1> is the last moderator of #edchat",
    );
    expect((await world.store.series.get(world.workspace.id, series.id))?.moderatorRoleIds).toEqual([
      "S0GROUP1",
    ]);
  });
});
