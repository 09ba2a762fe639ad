import { describe, expect, it } from "vitest";
import { linkCodeHash } from "../../../src/app/setup/link.js";
import { translator } from "../../../src/i18n/index.js";
import { makeActor, testWorkspace } from "../../support/actors.js";
import { RecordingResponder, visibleText } from "../../support/recording-responder.js";
import { testWorld } from "../world.js";

describe("edition", () => {
  it("GIVEN a moderator WHEN they plan an edition with a topic and a date THEN it exists in the series' zone and the channel is told", async () => {
    const world = await testWorld({ now: new Date("2026-03-03T20:00:00Z") });
    await world.seedSeries();
    const responder = await world.run(world.actor(), "edition new Games in class at friday 18:00");
    const [edition] = await world.store.editions.list(
      world.workspace.id,
      (await world.store.series.list(world.workspace.id))[0]!.id,
    );
    expect(edition).toMatchObject({ number: 1, topic: "Games in class", status: "scheduled" });
    expect(edition!.startsAt.toISOString()).toBe("2026-03-06T17:00:00.000Z");
    expect(edition!.endsAt.toISOString()).toBe("2026-03-06T18:00:00.000Z");
    const { message, ephemeral } = responder.lastReply();
    expect(ephemeral).toBe(false);
    expect(visibleText(message)).toContain(
      "Edition 1 of #edchat is planned for Fri, Mar 6, 2026, 6:00 PM (Europe/Paris).",
    );
    expect(visibleText(message)).toContain("Topic: Games in class");
  });

  it("GIVEN a scheduled series WHEN edition new has no date THEN the next occurrence of the schedule is used", async () => {
    const world = await testWorld({ now: new Date("2026-03-03T20:00:00Z") });
    await world.seedSeries({ cron: "0 18 * * 2" });
    await world.run(world.actor(), "edition new");
    const series = (await world.store.series.list(world.workspace.id))[0]!;
    const [edition] = await world.store.editions.list(world.workspace.id, series.id);
    expect(edition!.startsAt.toISOString()).toBe("2026-03-10T17:00:00.000Z");
  });

  it("GIVEN no schedule and no date WHEN edition new runs THEN it asks when", async () => {
    const world = await testWorld();
    await world.seedSeries();
    const text = visibleText((await world.run(world.actor(), "edition new Games")).lastReply().message);
    expect(text).toContain("Say when it starts");
    expect(text).toContain("(time in Europe/Paris)");
  });

  it("GIVEN a planned edition WHEN a French moderator sets its topic THEN the channel reads it in the series' language", async () => {
    const world = await testWorld();
    await world.seedSeries({ locale: "fr" });
    await world.run(world.actor(), "edition new at 2026-12-03 18:00");
    const text = visibleText(
      (await world.run(world.actor(), "édition sujet Les jeux en classe")).lastReply().message,
    );
    expect(text).toContain("L'édition 1 de #edchat a maintenant pour sujet\u202F: Les jeux en classe");
  });

  it("GIVEN two editions WHEN a moderator lists them THEN each shows its number, date in the series' zone, status and topic, in both languages", async () => {
    const world = await testWorld({ now: new Date("2026-03-03T20:00:00Z") });
    await world.seedSeries();
    await world.run(world.actor(), "edition new Games in class at friday 18:00");
    await world.run(world.actor(), "edition new at 2026-03-13 18:00");
    const en = visibleText((await world.run(world.actor(), "edition list")).lastReply().message);
    const t = translator("en").t;
    expect(en).toContain(t("setup.edition.listTitle", { hashtag: "edchat" }));
    expect(en).toContain(
      t("setup.edition.lineTopic", {
        number: 1,
        when: "Fri, Mar 6, 2026, 6:00 PM (Europe/Paris)",
        status: t("setup.edition.status.scheduled"),
        topic: "Games in class",
      }),
    );
    const fr = visibleText(
      (await world.run(world.actor({ locale: "fr" }), "édition liste")).lastReply().message,
    );
    expect(fr).toContain(translator("fr").t("setup.edition.listTitle", { hashtag: "edchat" }));
    expect(fr).toContain(
      `2. ven. 13 mars 2026, 18:00 (Europe/Paris)\u202F: ${translator("fr").t("setup.edition.status.scheduled")}`,
    );
  });

  it("GIVEN a member WHEN they plan an edition THEN they are refused", async () => {
    const world = await testWorld();
    const series = await world.seedSeries();
    await world.store.team.set(world.workspace.id, series.id, world.ref("U2"), "member");
    const text = visibleText(
      (await world.run(world.actor({ user: "U2" }), "edition new at friday")).lastReply().message,
    );
    expect(text).toContain("Only moderators of #edchat");
    expect(await world.store.editions.list(world.workspace.id, series.id)).toHaveLength(0);
  });
});

describe("link", () => {
  it("GIVEN a Slack moderator WHEN they ask for a link code THEN only its hash is stored, expiring in 15 minutes", async () => {
    const world = await testWorld();
    await world.seedSeries();
    const text = visibleText((await world.run(world.actor(), "link")).lastReply().message);
    const code = /`((?:DISCORD|SLACK)-[A-HJ-NP-Z2-9]{8})`/.exec(text)?.[1];
    expect(code).toBeDefined();
    expect(text).toContain(`In your Discord server, an admin runs \`/afterchat link ${code}\``);
    const [row] = world.store.tables().links;
    expect(row).toMatchObject({ codeHash: linkCodeHash(code!), role: "after_party" });
    expect(JSON.stringify(world.store.tables())).not.toContain(code);
    expect(row!.expiresAt!.getTime() - world.clock.now().getTime()).toBe(15 * 60_000);
  });

  it("GIVEN a code WHEN a Discord admin redeems it in their channel THEN that channel becomes the after-party and both workspaces audit it", async () => {
    const world = await testWorld();
    const series = await world.seedSeries();
    const code = /`((?:DISCORD|SLACK)-[A-HJ-NP-Z2-9]{8})`/.exec(
      visibleText((await world.run(world.actor(), "link")).lastReply().message),
    )![1]!;
    const discord = await testWorkspace(world.store, { platform: "discord", externalId: "G1" });
    const admin = makeActor(discord, { user: "U8", channel: "C5", isAdmin: true });
    const responder = world.dispatcher.commandText(
      admin,
      `link ${code.toLowerCase()}`,
      new RecordingResponder(),
    );
    await responder;
    expect((await world.store.series.get(world.workspace.id, series.id))?.afterPartyChannel).toBe(
      "discord:G1:C5",
    );
    const audits = world.store.tables().audit.filter((a) => a.action === "link.redeem");
    expect(audits.map((a) => a.workspaceId).sort()).toEqual([world.workspace.id, discord.id].sort());
  });

  it("GIVEN a used code WHEN redeemed again THEN the user is told it is unknown or expired", async () => {
    const world = await testWorld();
    await world.seedSeries();
    const code = /`((?:DISCORD|SLACK)-[A-HJ-NP-Z2-9]{8})`/.exec(
      visibleText((await world.run(world.actor(), "link")).lastReply().message),
    )![1]!;
    const discord = await testWorkspace(world.store, { platform: "discord", externalId: "G1" });
    const admin = makeActor(discord, { user: "U8", channel: "C5", isAdmin: true });
    await world.dispatcher.commandText(admin, `link ${code}`, new RecordingResponder());
    const again = new RecordingResponder();
    await world.dispatcher.commandText(admin, `link ${code}`, again);
    expect(visibleText(again.lastReply().message)).toContain("This link code is unknown or expired");
  });

  it("GIVEN a code older than 15 minutes WHEN redeemed THEN it is refused", async () => {
    const world = await testWorld();
    await world.seedSeries();
    const code = /`((?:DISCORD|SLACK)-[A-HJ-NP-Z2-9]{8})`/.exec(
      visibleText((await world.run(world.actor(), "link")).lastReply().message),
    )![1]!;
    world.clock.advance(16 * 60_000);
    const discord = await testWorkspace(world.store, { platform: "discord", externalId: "G1" });
    const responder = new RecordingResponder();
    await world.dispatcher.commandText(makeActor(discord, { isAdmin: true }), `link ${code}`, responder);
    expect(visibleText(responder.lastReply().message)).toContain("unknown or expired");
  });
});

describe("language", () => {
  it("GIVEN a moderator in the chat's channel WHEN they choose French THEN the series speaks French and says so in French", async () => {
    const world = await testWorld();
    const series = await world.seedSeries();
    const text = visibleText((await world.run(world.actor(), "language fr")).lastReply().message);
    expect(text).toContain("#edchat parle désormais français.");
    expect((await world.store.series.get(world.workspace.id, series.id))?.locale).toBe("fr");
  });

  it("GIVEN an admin outside any chat's channel WHEN they choose French THEN the workspace speaks French", async () => {
    const world = await testWorld();
    await world.seedSeries();
    await world.run(world.actor({ channel: "C8", user: "U7", isAdmin: true }), "langue fr");
    expect((await world.store.workspaces.get(world.workspace.id))?.locale).toBe("fr");
  });

  it("GIVEN someone who is not an admin outside a chat's channel WHEN they change the language THEN they are told who can", async () => {
    const world = await testWorld();
    const text = visibleText(
      (await world.run(world.actor({ channel: "C8" }), "language fr")).lastReply().message,
    );
    expect(text).toContain("only workspace admins can change the workspace's language");
    expect((await world.store.workspaces.get(world.workspace.id))?.locale).toBe("en");
  });
});
