import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADA,
  answerTexts,
  BOB,
  type DiscordWorld,
  discordWorld,
  EVE,
  firstAnswer,
  MANAGE_GUILD,
  TEAM_ROLE,
} from "./support/discord-world.js";

// A series that counts nobody by role yet. Bob holds the server's team role but has no TeamMember
// row; Eve holds no role; Ada manages the server (an admin, so a moderator for the core).
let w: DiscordWorld;

beforeAll(async () => {
  w = await discordWorld();
  await w.seedSeries({ teamRoleIds: [], moderatorRoleIds: [] });
});

afterAll(async () => {
  await w?.close();
});

async function fileNote(userId: string, text: string) {
  const sent = w.fake.sendChatInput({ subcommand: "note", options: { kind: "good", text }, userId });
  await w.dispatcher.handled(String(sent.id));
  return answerTexts(w, String(sent.id)).join("\n");
}

describe("team roles on Discord", () => {
  it("GIVEN the team role is not set WHEN Bob (who holds it) files a note THEN he is refused", async () => {
    expect(await fileNote(BOB, "Before the role")).toContain("Only the team of #cafechat can do this");
    expect(w.store.tables().notes).toEqual([]);
  });

  it("GIVEN an admin WHEN they add the server role to the team THEN the series stores it and the change is audited", async () => {
    const sent = w.fake.sendChatInput({
      subcommand: "team",
      options: [
        { name: "action", type: 3, value: "add" },
        { name: "server-role", type: 8, value: TEAM_ROLE },
      ],
      userId: ADA,
      permissions: MANAGE_GUILD,
    });
    const call = await w.dispatcher.handled(String(sent.id));
    expect(call.kind === "command" && call.command).toEqual({
      name: "team",
      action: "add",
      users: [],
      roles: [TEAM_ROLE],
      role: "member",
    });
    expect((await firstAnswer(w, String(sent.id))).data.content).toContain(
      `Everyone with <@&${TEAM_ROLE}> is now in the team of #cafechat as member.`,
    );
    expect(w.store.tables().series[0]?.teamRoleIds).toEqual([TEAM_ROLE]);
    expect(w.store.tables().audit.filter((a) => a.action === "team.role.set")).toMatchObject([
      { detail: { roleId: TEAM_ROLE, role: "member" } },
    ]);
  });

  it("GIVEN the team role set WHEN Bob files a note THEN it is stored, though he is in no team list by name", async () => {
    expect(await fileNote(BOB, "Q2 landed")).toContain("Noted for edition");
    expect(w.store.tables().notes.map((n) => n.text)).toEqual(["Q2 landed"]);
    expect(w.store.tables().team.filter((m) => m.userRef.endsWith(BOB))).toEqual([]);
  });

  it("GIVEN the team role set WHEN Eve (no role) files a note THEN she is still refused", async () => {
    expect(await fileNote(EVE, "Sneaky")).toContain("Only the team of #cafechat can do this");
    expect(w.store.tables().notes.map((n) => n.text)).toEqual(["Q2 landed"]);
  });

  it("GIVEN the team role set WHEN Bob lists the team THEN the role is shown among the member roles", async () => {
    const sent = w.fake.sendChatInput({ subcommand: "team", options: { action: "list" }, userId: BOB });
    await w.dispatcher.handled(String(sent.id));
    expect(answerTexts(w, String(sent.id)).join("\n")).toContain(`<@&${TEAM_ROLE}>`);
  });

  it("GIVEN neither a person nor a role WHEN an admin runs team add THEN the adapter asks for one and the core is not called", async () => {
    const sent = w.fake.sendChatInput({
      subcommand: "team",
      options: { action: "add" },
      userId: ADA,
      permissions: MANAGE_GUILD,
    });
    expect((await firstAnswer(w, String(sent.id))).data.content).toContain("`server-role`");
    expect(w.dispatcher.calls.filter((c) => c.actor.requestKey === String(sent.id))).toEqual([]);
  });
});
