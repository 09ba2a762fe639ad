/**
 * Issue 10, point 1: a link code grants a link, not power. A code names the platform it is for and
 * is refused elsewhere; a linked workspace gets the role it was linked for and nothing more (its
 * admins are not the series' moderators); every access from a linked workspace is audited.
 * Driven through the real dispatcher with Slack and Discord actors.
 */
import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { seedTestSeries, testWorld } from "../app/world.js";
import { makeActor, testWorkspace } from "../support/actors.js";
import { RecordingResponder, visibleText } from "../support/recording-responder.js";
import { ALL_REGISTRIES } from "../support/registries.js";

const CODE = /\b((?:[A-Z]+-)?[A-HJ-NP-Z2-9]{8})\b/u;

async function linkWorld(owner: "slack" | "discord") {
  const world = await testWorld({ registries: ALL_REGISTRIES });
  const home =
    owner === "slack"
      ? world.workspace
      : await testWorkspace(world.store, { platform: "discord", externalId: "G1" });
  // #edchat debriefed in C1 of the owning workspace, U1 its moderator.
  const series = await seedTestSeries(world.store, home);
  const moderator = makeActor(home, { user: "U1", channel: "C1" });
  async function say(who: ReturnType<typeof makeActor>, text: string) {
    const responder = new RecordingResponder();
    await world.dispatcher.commandText(who, text, responder);
    return responder;
  }
  async function code(): Promise<string> {
    const asked = await say(moderator, "link");
    const found = CODE.exec(asked.lastReply().message.text)?.[1];
    if (!found) throw new Error(`no code in ${asked.lastReply().message.text}`);
    return found;
  }
  const current = async () => (await world.store.series.getAcrossWorkspaces(series.id))!;
  return { world, home, series, moderator, say, code, current };
}

describe("a link code names its platform", () => {
  it("GIVEN a code made in Slack workspace T1 WHEN an admin of Slack workspace T2 redeems it THEN it is refused with a sentence and the series stays where it is", async () => {
    const { world, say, code, current } = await linkWorld("slack");
    const other = await testWorkspace(world.store, { platform: "slack", externalId: "T2" });
    const intruder = makeActor(other, { user: "U9", channel: "C9", isAdmin: true });
    const made = await code();

    const answer = await say(intruder, `link ${made}`);

    const text = visibleText(answer.lastReply().message);
    expect(answer.lastReply().ephemeral).toBe(true);
    expect(text).toContain("Discord");
    expect((await current()).debriefChannel).toBe("slack:T1:C1");
    expect((await current()).afterPartyChannel).toBeNull();
  });

  it("GIVEN a code made in Discord server G1 WHEN an admin of Discord server G2 redeems it THEN it is refused with a sentence naming Slack", async () => {
    const { world, say, code, current } = await linkWorld("discord");
    const other = await testWorkspace(world.store, { platform: "discord", externalId: "G2" });
    const intruder = makeActor(other, { user: "U9", channel: "C9", isAdmin: true });
    const made = await code();

    const answer = await say(intruder, `link ${made}`);

    expect(visibleText(answer.lastReply().message)).toContain("Slack");
    expect((await current()).debriefChannel).toBe("discord:G1:C1");
    expect((await current()).afterPartyChannel).toBeNull();
  });

  it("GIVEN a refused attempt WHEN the right platform redeems the same code THEN it still links", async () => {
    const { world, say, code, current } = await linkWorld("slack");
    const made = await code();
    const other = await testWorkspace(world.store, { platform: "slack", externalId: "T2" });
    await say(makeActor(other, { user: "U9", channel: "C9", isAdmin: true }), `link ${made}`);
    const discord = await testWorkspace(world.store, { platform: "discord", externalId: "G7" });

    await say(makeActor(discord, { user: "D1", channel: "P1", isAdmin: true }), `link ${made}`);

    expect((await current()).afterPartyChannel).toBe("discord:G7:P1");
  });
});

describe("a linked workspace gets the role it was linked for, nothing else", () => {
  for (const owner of ["slack", "discord"] as const) {
    it(`GIVEN a ${owner} series linked to the other platform WHEN the other side's admin acts on it from the linked channel THEN notes, exports, the team, the language, the topic and the poll are refused, and nothing changes`, async () => {
      const { world, say, code, current, series } = await linkWorld(owner);
      const otherPlatform = owner === "slack" ? "discord" : "slack";
      const linked = await testWorkspace(world.store, { platform: otherPlatform, externalId: "X1" });
      const admin = makeActor(linked, { user: "A1", channel: "L1", isAdmin: true });
      await say(admin, `link ${await code()}`);
      const before = await current();
      const linkedChannel = `${otherPlatform}:X1:L1`;
      expect([before.debriefChannel, before.afterPartyChannel]).toContain(linkedChannel);

      for (const text of [
        "notes",
        "export notes",
        "team add <@slack:X1:A1> moderator",
        "language fr",
        "edition topic Hijacked",
        "poll",
        "playbook",
        "setup",
      ]) {
        const answer = await say(admin, text);
        const shown = visibleText(answer.lastReply().message);
        expect(answer.lastReply().ephemeral, text).toBe(true);
        expect(
          // The admin reads the refusal in their own platform's words.
          [
            translator("en", otherPlatform).t("errors.not_team_member", { hashtag: "edchat" }),
            translator("en", otherPlatform).t("errors.not_moderator", { hashtag: "edchat" }),
          ].some((refusal) => shown.includes(refusal)),
          `${text}: ${shown}`,
        ).toBe(true);
      }
      const after = await current();
      expect(after.locale).toBe(before.locale);
      expect(await world.store.team.list(series.workspaceId, series.id)).toHaveLength(1);
      expect(world.store.tables().polls).toEqual([]);
      expect(
        world.store
          .tables()
          .editions.map((e) => e.topic ?? null)
          .filter(Boolean),
      ).toEqual([]);
    });
  }

  it("GIVEN a linked workspace WHEN its people act on the series THEN each access is in the series' audit log", async () => {
    const { world, say, code, series } = await linkWorld("slack");
    const discord = await testWorkspace(world.store, { platform: "discord", externalId: "G7" });
    const admin = makeActor(discord, { user: "D1", channel: "P1", isAdmin: true });
    await say(admin, `link ${await code()}`);

    await say(admin, "notes");
    await say(makeActor(discord, { user: "D2", channel: "P1" }), "roster");

    const accesses = (await world.store.audit.list(series.workspaceId)).filter(
      (a) => a.action === "link.access",
    );
    expect(accesses.map((a) => a.actorRef).sort()).toEqual(["discord:G7:D1", "discord:G7:D2"]);
    expect(accesses.every((a) => a.subjectId === series.id)).toBe(true);
  });
});
