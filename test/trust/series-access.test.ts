/**
 * Issue 10, points 2 to 4 through the real dispatcher: who may create a series, which series a
 * command outside any series' channel is about, members vs moderators, and ids coming back from a
 * platform (form state, button values) checked against the actor's workspace.
 */
import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { SETUP_FORM_ID } from "../../src/render/setup/form.js";
import { testWorld } from "../app/world.js";
import { makeActor, testWorkspace } from "../support/actors.js";
import { RecordingResponder, visibleText } from "../support/recording-responder.js";
import { ALL_REGISTRIES } from "../support/registries.js";

const en = translator("en");
const SETUP_VALUES = {
  hashtag: "newchat",
  title: "New chat",
  hosts: "",
  schedule: "",
  networks: "x",
};

async function world() {
  return testWorld({ registries: ALL_REGISTRIES });
}

describe("who may create a series (point 2)", () => {
  it("GIVEN a Discord member without Manage Server and in no team WHEN they run setup in #general THEN no series is created", async () => {
    const w = await world();
    const guild = await testWorkspace(w.store, { platform: "discord", externalId: "G1" });
    const eve = makeActor(guild, { user: "EVE", channel: "GENERAL" });
    const responder = new RecordingResponder();
    await w.dispatcher.commandText(eve, "setup #rogue Rogue chat", responder);
    expect(w.store.tables().series).toEqual([]);
    expect(responder.lastReply().ephemeral).toBe(true);
  });

  it("GIVEN a Discord member who may manage the server WHEN they run setup THEN the series is created", async () => {
    const w = await world();
    const guild = await testWorkspace(w.store, { platform: "discord", externalId: "G1" });
    const ada = makeActor(guild, { user: "ADA", channel: "CHAT", isAdmin: true });
    await w.dispatcher.commandText(ada, "setup #cafechat Café chat", new RecordingResponder());
    expect(w.store.tables().series.map((s) => s.hashtag)).toEqual(["cafechat"]);
  });

  it("GIVEN a plain Slack user WHEN they submit a new set-up form THEN no series is created", async () => {
    const w = await world();
    await w.submit(w.actor({ user: "U8", channel: "C8" }), SETUP_FORM_ID, "new|slack:T1:C8", SETUP_VALUES);
    expect(w.store.tables().series).toEqual([]);
  });

  it("GIVEN a moderator of an existing Slack series WHEN they set up a second one elsewhere THEN it is created", async () => {
    const w = await world();
    await w.seedSeries();
    await w.run(w.actor({ user: "U1", channel: "C2" }), "setup #second Second chat");
    expect(
      w.store
        .tables()
        .series.map((s) => s.hashtag)
        .sort(),
    ).toEqual(["edchat", "second"]);
  });

  it("GIVEN help WHEN it is read in English and in French THEN it says who may create a series", async () => {
    const w = await world();
    const english = visibleText((await w.run(w.actor({ locale: "en" }), "help")).lastReply().message);
    const french = visibleText((await w.run(w.actor({ locale: "fr" }), "aide")).lastReply().message);
    expect(english).toContain("Manage Server");
    expect(french).toContain("Gérer le serveur");
  });
});

describe("commands outside any series' channel (point 2)", () => {
  async function twoSeries() {
    const w = await world();
    const a = await w.seedSeries();
    const b = await w.seedSeries({ hashtag: "kpop", debriefChannel: "slack:T1:C2" });
    await w.store.team.set(w.workspace.id, a.id, w.ref("BOB"), "member");
    await w.store.team.set(w.workspace.id, b.id, w.ref("CAROL"), "member");
    await w.store.team.set(w.workspace.id, a.id, w.ref("CAROL"), "member");
    return { w, a, b };
  }

  it("GIVEN two series in the workspace WHEN a member of one runs a command in another channel THEN it is about their series", async () => {
    const { w } = await twoSeries();
    const text = visibleText(
      (await w.run(w.actor({ user: "BOB", channel: "C9" }), "notes")).lastReply().message,
    );
    expect(text).toContain("#edchat");
    expect(text).not.toContain(en.t("errors.series_not_found"));
  });

  it("GIVEN two series WHEN someone on both runs a command elsewhere THEN they are asked which, with each series' channel", async () => {
    const { w } = await twoSeries();
    const reply = (await w.run(w.actor({ user: "CAROL", channel: "C9" }), "notes")).lastReply();
    const text = visibleText(reply.message);
    expect(reply.ephemeral).toBe(true);
    expect(text).toContain("#edchat");
    expect(text).toContain("#kpop");
    expect(text).toContain("<#slack:T1:C1>");
    expect(text).toContain("<#slack:T1:C2>");
  });
});

describe("members vs moderators (point 3)", () => {
  it("GIVEN a member WHEN they export THEN it is refused; a moderator gets the file", async () => {
    const w = await world();
    const series = await w.seedSeries();
    await w.store.team.set(w.workspace.id, series.id, w.ref("U2"), "member");
    const member = await w.run(w.actor({ user: "U2" }), "export notes");
    expect(visibleText(member.lastReply().message)).toContain(
      en.t("errors.not_moderator", { hashtag: "edchat" }),
    );
    const moderator = await w.run(w.actor({ user: "U1" }), "export notes");
    expect(moderator.lastReply().message.files?.length).toBe(1);
  });

  it("GIVEN a member WHEN they give a task to someone outside the team THEN it is refused; a moderator may", async () => {
    const w = await world();
    const series = await w.seedSeries();
    await w.store.team.set(w.workspace.id, series.id, w.ref("U2"), "member");
    const member = await w.run(w.actor({ user: "U2" }), "task <@slack:T1:U77> bring the slides");
    expect(w.store.tables().tasks).toEqual([]);
    expect(member.lastReply().ephemeral).toBe(true);
    await w.run(w.actor({ user: "U1" }), "task <@slack:T1:U77> bring the slides");
    expect(w.store.tables().tasks.map((t) => t.ownerRef)).toEqual(["slack:T1:U77"]);
  });
});

describe("a task goes to a person (point 3)", () => {
  it("GIVEN a bot on the team WHEN a moderator gives it a task, or reassigns one to it THEN both are refused", async () => {
    const w = await world();
    const series = await w.seedSeries();
    const bot = w.ref("B0T");
    await w.store.team.set(w.workspace.id, series.id, bot, "member");
    w.platforms.bots.add(bot);
    const given = await w.run(w.actor({ user: "U1" }), "task <@slack:T1:B0T> write the recap");
    expect(visibleText(given.lastReply().message)).toContain(en.t("errors.task_owner_bot"));
    await w.run(w.actor({ user: "U1" }), "task write the recap");
    const [task] = w.store.tables().tasks;
    const picked = new RecordingResponder();
    await w.dispatcher.action(
      w.actor({ user: "U1" }),
      { action: "task.reassign", value: `${task!.id}:c`, selectedUser: bot },
      picked,
    );
    expect(visibleText(picked.lastReply().message)).toContain(en.t("errors.task_owner_bot"));
    expect(w.store.tables().tasks.map((t) => t.ownerRef)).toEqual([w.ref("U1")]);
  });
});

describe("ids coming back from a platform are checked (point 4)", () => {
  it("GIVEN a Slack admin WHEN a forged set-up form carries another workspace's channel THEN no series is bound to it", async () => {
    const w = await world();
    await w.submit(
      w.actor({ user: "U1", channel: "C1", isAdmin: true }),
      SETUP_FORM_ID,
      "new|slack:T2:C9",
      SETUP_VALUES,
    );
    expect(w.store.tables().series.filter((s) => s.debriefChannel?.startsWith("slack:T2:"))).toEqual([]);
  });

  it("GIVEN a Discord admin WHEN a forged set-up modal carries a Slack channel THEN no series is bound to it", async () => {
    const w = await world();
    const guild = await testWorkspace(w.store, { platform: "discord", externalId: "G1" });
    const admin = makeActor(guild, { user: "ADA", channel: "CHAT", isAdmin: true });
    await w.dispatcher.form(
      admin,
      { formId: SETUP_FORM_ID, state: "new|slack:T1:C1", values: SETUP_VALUES },
      new RecordingResponder(),
    );
    expect(w.store.tables().series.filter((s) => s.debriefChannel?.startsWith("slack:"))).toEqual([]);
  });

  it("GIVEN another workspace's task WHEN its id comes back in a Done button THEN it is not found and unchanged", async () => {
    const w = await world();
    const other = await testWorkspace(w.store, { platform: "slack", externalId: "T2" });
    const theirs = await w.seedSeries();
    const task = await w.store.tasks.create({
      workspaceId: theirs.workspaceId,
      seriesId: theirs.id,
      editionId: null,
      title: "their task",
      ownerRef: w.ref("U1"),
      dueAt: null,
      createdBy: w.ref("U1"),
      origin: "manual",
    });
    const stranger = makeActor(other, { user: "U1", channel: "C1", isAdmin: true });
    const responder = new RecordingResponder();
    await w.dispatcher.action(stranger, { action: "task.done", value: `${task.task.id}:card` }, responder);
    expect(visibleText(responder.lastReply().message)).toContain(en.t("errors.task_not_found"));
    expect((await w.store.tasks.get(theirs.workspaceId, task.task.id))?.status).toBe("open");
  });
});
