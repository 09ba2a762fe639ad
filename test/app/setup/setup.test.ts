import { describe, expect, it } from "vitest";
import { buttons, visibleText } from "../../support/recording-responder.js";
import { testWorld } from "../world.js";

const form = {
  hashtag: "#EdChat",
  title: "Education chat",
  hosts: "@Ana, sam.bsky.social  lea@mastodon.social",
  schedule: "0 18 * * 2 Europe/Paris 90m",
  networks: "x, bluesky, mastodon mastodon.social",
};

describe("setup #hashtag", () => {
  it("GIVEN a channel without a chat WHEN setup #edchat runs THEN the series exists here, the actor moderates it, and the reply says what next", async () => {
    const world = await testWorld();
    const responder = await world.run(world.actor({ isAdmin: true }), "setup #EdChat Education chat");
    const series = await world.store.series.findByHashtag(world.workspace.id, "edchat");
    expect(series).toMatchObject({
      title: "Education chat",
      debriefChannel: world.actor({ isAdmin: true }).channel,
    });
    expect(await world.store.team.roleOf(world.workspace.id, series!.id, world.ref("U1"))).toBe("moderator");
    const { message, ephemeral } = responder.lastReply();
    expect(ephemeral).toBe(true);
    expect(visibleText(message)).toContain("#edchat is set up: this channel is its debrief channel");
    expect(visibleText(message)).toContain("/afterchat team add @someone");
    expect(buttons(message)).toEqual([
      { action: "setup.open", value: series!.id, label: "Open the set-up form", style: "primary" },
    ]);
    expect(world.store.tables().audit.map((a) => a.action)).toEqual(["series.create"]);
  });

  it("GIVEN #edchat set up in another channel WHEN setup #edchat runs here THEN it is refused, naming the other channel", async () => {
    const world = await testWorld();
    await world.run(world.actor({ channel: "C1", isAdmin: true }), "setup #edchat");
    const responder = await world.run(
      world.actor({ channel: "C2", user: "U2", isAdmin: true }),
      "setup #EDCHAT",
    );
    expect(visibleText(responder.lastReply().message)).toContain(
      "#edchat is already set up in this workspace (channel <#slack:T1:C1>).",
    );
    expect(world.store.tables().series).toHaveLength(1);
  });

  it("GIVEN a channel that hosts a chat WHEN setup #other runs there THEN nothing changes and the reply names the chat", async () => {
    const world = await testWorld();
    await world.seedSeries();
    const responder = await world.run(world.actor({ user: "U2" }), "setup #other");
    expect(visibleText(responder.lastReply().message)).toContain(
      "This channel already hosts #edchat. Nothing was changed",
    );
    expect(world.store.tables().series).toHaveLength(1);
  });

  it("GIVEN a hashtag in a script written with combining marks WHEN setup runs THEN the chat is set up under it", async () => {
    const world = await testWorld();
    await world.run(world.actor({ isAdmin: true }), "setup #हिंदीचैट");
    expect(world.store.tables().series.map((s) => s.hashtag)).toEqual(["हिंदीचैट"]);
  });

  it("GIVEN a French actor WHEN they set up a chat THEN the reply is French", async () => {
    const world = await testWorld();
    const responder = await world.run(world.actor({ locale: "fr", isAdmin: true }), "config #educhat");
    expect(visibleText(responder.lastReply().message)).toContain(
      "#educhat est configuré\u202F: ce canal est son canal de bilan",
    );
    expect(buttons(responder.lastReply().message)[0]?.label).toBe("Ouvrir le formulaire");
  });
});

describe("setup form", () => {
  it("GIVEN no chat here WHEN setup runs alone on Slack THEN an empty form opens with the five fields and the schedule's pickers, labelled to fit Discord", async () => {
    const world = await testWorld();
    const responder = await world.run(world.actor({ isAdmin: true }), "setup");
    const [opened] = responder.forms();
    expect(opened?.fields.map((f) => f.id)).toEqual([
      "hashtag",
      "title",
      "hosts",
      "weekday",
      "time",
      "zone",
      "duration",
      "schedule",
      "networks",
    ]);
    expect(opened?.fields.find((f) => f.id === "hashtag")?.initial).toBeUndefined();
    expect(opened?.state).toBe("new|slack:T1:C1");
    for (const f of opened!.fields) expect(f.label.length).toBeLessThanOrEqual(45);
    expect(opened!.title.length).toBeLessThanOrEqual(24);
  });

  it("GIVEN a valid submission WHEN the form is sent THEN the series is created with every field read", async () => {
    const world = await testWorld();
    const responder = await world.submit(world.actor({ isAdmin: true }), "setup", "new|slack:T1:C1", form);
    const series = await world.store.series.findByHashtag(world.workspace.id, "edchat");
    expect(series).toMatchObject({
      hashtag: "edchat",
      title: "Education chat",
      hosts: ["ana", "sam.bsky.social", "lea@mastodon.social"],
      networks: ["x", "bluesky", "mastodon"],
      mastodonInstance: "https://mastodon.social",
      cron: "0 18 * * 2",
      timeZone: "Europe/Paris",
      durationMinutes: 90,
      debriefChannel: "slack:T1:C1",
    });
    const text = visibleText(responder.lastReply().message);
    expect(text).toContain("Schedule: Every Tuesday, 18:00 · `0 18 * * 2`");
    expect(text).toContain("Time zone: Europe/Paris");
    expect(text).toContain("Length: 90 min");
  });

  it("GIVEN an existing chat WHEN its moderator opens the form THEN every field is prefilled from it", async () => {
    const world = await testWorld();
    await world.submit(world.actor({ isAdmin: true }), "setup", "new|slack:T1:C1", form);
    const [opened] = (await world.run(world.actor({ isAdmin: true }), "setup")).forms();
    const initial = Object.fromEntries(opened!.fields.map((f) => [f.id, f.initial]));
    // A weekly schedule shows in the pickers; the typed (expert) field stays empty.
    expect(initial).toEqual({
      hashtag: "#edchat",
      title: "Education chat",
      hosts: "@ana, @sam.bsky.social, @lea@mastodon.social",
      weekday: "2",
      time: "18:00",
      zone: "Europe/Paris",
      duration: "90",
      schedule: undefined,
      networks: "x, bluesky, mastodon https://mastodon.social",
    });
  });

  it("GIVEN the prefilled form WHEN it is sent back unchanged THEN the series is unchanged", async () => {
    const world = await testWorld();
    await world.submit(world.actor({ isAdmin: true }), "setup", "new|slack:T1:C1", form);
    const before = await world.store.series.findByHashtag(world.workspace.id, "edchat");
    const [opened] = (await world.run(world.actor({ isAdmin: true }), "setup")).forms();
    const values = Object.fromEntries(opened!.fields.map((f) => [f.id, f.initial ?? ""]));
    await world.submit(world.actor({ isAdmin: true }), "setup", opened!.state, values);
    expect(await world.store.series.findByHashtag(world.workspace.id, "edchat")).toEqual(before);
  });

  it("GIVEN a bad cron and a bad time zone WHEN the form is sent THEN both problems are listed, nothing is saved", async () => {
    const world = await testWorld();
    const responder = await world.submit(world.actor({ isAdmin: true }), "setup", "new|slack:T1:C1", {
      ...form,
      schedule: "0 25 * * 2 Europe/Pariss",
    });
    const { message } = responder.lastReply();
    const text = visibleText(message);
    expect(text).toContain("I could not save the set-up:");
    expect(text).toContain("Schedule “0 25 \\* \\* 2”: write the day and time");
    expect(text).toContain("“Europe/Pariss” is not a time zone");
    expect(buttons(message)[0]).toMatchObject({ action: "setup.open", label: "Open the form again" });
    expect(world.store.tables().series).toHaveLength(0);
  });

  it.each([
    ["0 18 * * 2", "add the time zone after the day and time"],
    ["tuesdays 18:00", "add the time zone after the day and time"],
    ["0 18 30 2 * Europe/Paris", "or a cron expression of five fields"],
    ["0 0 18 * * 2 Europe/Paris", "or a cron expression of five fields"],
    ["someday 18:00 Europe/Paris", "or a cron expression of five fields"],
    ["0 18 * * 2 Europe/Paris forever", "Length “forever”"],
  ])("GIVEN the schedule %j WHEN sent THEN the problem says %j", async (schedule, expected) => {
    const world = await testWorld();
    const responder = await world.submit(world.actor({ isAdmin: true }), "setup", "new|slack:T1:C1", {
      ...form,
      schedule,
    });
    expect(visibleText(responder.lastReply().message)).toContain(expected);
  });

  it("GIVEN French values WHEN the form has problems THEN they are explained in French", async () => {
    const world = await testWorld();
    const responder = await world.submit(
      world.actor({ locale: "fr", isAdmin: true }),
      "setup",
      "new|slack:T1:C1",
      {
        ...form,
        hashtag: "#2024",
        networks: "mastodon",
      },
    );
    const text = visibleText(responder.lastReply().message);
    // User input is shown escaped (neutral Markdown); the adapter renders the escape away.
    expect(text).toContain("Hashtag «\u202F\\#2024\u202F»\u202F: utilisez des lettres");
    expect(text).toContain("Mastodon a besoin de son serveur");
  });

  it("GIVEN a time zone typed in lower case WHEN saved THEN it is stored in its canonical spelling", async () => {
    const world = await testWorld();
    await world.submit(world.actor({ isAdmin: true }), "setup", "new|slack:T1:C1", {
      ...form,
      schedule: "europe/paris",
    });
    expect(await world.store.series.findByHashtag(world.workspace.id, "edchat")).toMatchObject({
      cron: null,
      timeZone: "Europe/Paris",
      durationMinutes: 60,
    });
  });

  it("GIVEN a member who is not a moderator WHEN they open or submit the form THEN they are refused", async () => {
    const world = await testWorld();
    const series = await world.seedSeries();
    await world.store.team.set(world.workspace.id, series.id, world.ref("U2"), "member");
    const member = world.actor({ user: "U2" });
    expect(visibleText((await world.run(member, "setup")).lastReply().message)).toContain(
      "Only moderators of #edchat can do this",
    );
    await world.submit(member, "setup", `series|${series.id}`, form);
    expect((await world.store.series.get(world.workspace.id, series.id))?.title).toBe("Education chat");
  });

  it("GIVEN another chat uses the hashtag WHEN the form renames to it THEN the problem says so", async () => {
    const world = await testWorld();
    await world.seedSeries({ hashtag: "other", debriefChannel: "slack:T1:C9" });
    const responder = await world.submit(world.actor({ isAdmin: true }), "setup", "new|slack:T1:C1", {
      ...form,
      hashtag: "#other",
    });
    expect(visibleText(responder.lastReply().message)).toContain(
      "Hashtag #other is already set up in this workspace",
    );
  });
});
