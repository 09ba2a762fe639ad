import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ADA,
  answerTexts,
  BOB,
  CHAT,
  type DiscordWorld,
  discordWorld,
  EVE,
  firstAnswer,
  G,
  MANAGE_GUILD,
  MOD_ROLE,
  TEAM_ROLE,
} from "./support/discord-world.js";

// The real discord.js client (startDiscord) against the Discord fake, with the core's dispatcher.
let w: DiscordWorld;

beforeAll(async () => {
  w = await discordWorld();
  await w.seedSeries();
});

afterAll(async () => {
  await w?.close();
});

describe("/afterchat help in the user's language", () => {
  it.each([
    ["fr", "afterchat\u202F: ce que vous pouvez faire"],
    ["en-GB", "afterchat: what you can do"],
  ])("GIVEN a Discord client in %s THEN help answers privately in that language", async (locale, title) => {
    const sent = w.fake.sendChatInput({ subcommand: "help", locale, userId: EVE });
    const answer = await firstAnswer(w, String(sent.id));
    expect(answer.type).toBe(4);
    expect(answer.data.flags).toBe(64);
    expect(answerTexts(w, String(sent.id)).join("\n")).toContain(title);
  });

  it("GIVEN a client language afterchat does not speak THEN the server's language is used", async () => {
    const sent = w.fake.sendChatInput({ subcommand: "help", locale: "de", guildLocale: "fr", userId: EVE });
    await firstAnswer(w, String(sent.id));
    expect(answerTexts(w, String(sent.id)).join("\n")).toContain("ce que vous pouvez faire");
  });
});

describe("commands reach the core with the member's roles", () => {
  it("GIVEN a member WHEN the dispatcher is called THEN the caller carries guild, channel, roles, admin flag and interaction id", async () => {
    const sent = w.fake.sendChatInput({ subcommand: "tasks", userId: ADA, permissions: MANAGE_GUILD });
    const call = await w.dispatcher.handled(String(sent.id));
    expect(call.actor).toMatchObject({
      userRef: `discord:${G}:${ADA}`,
      channel: `discord:${G}:${CHAT}`,
      isAdmin: true,
      requestKey: String(sent.id),
      workspace: { platform: "discord", externalId: G, name: "Café chat" },
    });
    expect(await call.actor.rolesAmong([MOD_ROLE, TEAM_ROLE, "910000000000000099"])).toEqual([MOD_ROLE]);
    expect(call.kind === "command" && call.command).toEqual({ name: "tasks", scope: "all" });
  });

  it("GIVEN someone without the team role WHEN they add a task THEN they are refused, privately, and nothing is stored", async () => {
    const sent = w.fake.sendChatInput({
      subcommand: "task",
      options: { text: "Sneak a task in" },
      userId: EVE,
    });
    await w.dispatcher.handled(String(sent.id));
    const answer = await firstAnswer(w, String(sent.id));
    expect(answer.data.flags).toBe(64);
    expect(answer.data.content).toContain("Only the team of #cafechat can do this");
    expect(w.store.tables().tasks).toEqual([]);
  });

  it("GIVEN a team member WHEN they add a task for someone THEN the task is stored and the channel sees it with a mention", async () => {
    const sent = w.fake.sendChatInput({
      subcommand: "task",
      options: [
        { name: "text", type: 3, value: "Write the recap" },
        { name: "owner", type: 6, value: ADA },
        { name: "due", type: 3, value: "in 3 days" },
      ],
      userId: BOB,
    });
    await w.dispatcher.handled(String(sent.id));
    const [task] = w.store.tables().tasks;
    expect(task).toMatchObject({
      title: "Write the recap",
      ownerRef: `discord:${G}:${ADA}`,
      createdBy: `discord:${G}:${BOB}`,
    });
    expect(answerTexts(w, String(sent.id)).join("\n")).toContain(`<@${ADA}>`);
    expect(answerTexts(w, String(sent.id)).join("\n")).toContain("Write the recap");
  });

  it("GIVEN open tasks WHEN a member lists them THEN the list's Mark done select is read back by the adapter", async () => {
    const sent = w.fake.sendChatInput({ subcommand: "tasks", options: { scope: "all" }, userId: BOB });
    await w.dispatcher.handled(String(sent.id));
    const list = w.fake.world.interactions.get(String(sent.id))!.original!;
    const done = (
      list.components as Array<{
        components: Array<{ custom_id: string; options: Array<{ value: string }> }>;
      }>
    )
      .flatMap((r) => r.components)
      .find((c) => c.custom_id.startsWith("task.done#"));
    expect(done).toBeDefined();

    const pick = w.fake.sendSelect({
      customId: done!.custom_id,
      values: [done!.options[0]!.value],
      message: list,
      userId: ADA,
    });
    await w.dispatcher.handled(String(pick.id));
    expect(w.store.tables().tasks[0]?.status).toBe("done");
  });

  it("GIVEN /afterchat export tasks THEN the CSV comes back as a file attachment", async () => {
    const sent = w.fake.sendChatInput({ subcommand: "export", options: { what: "tasks" }, userId: ADA });
    await w.dispatcher.handled(String(sent.id));
    const withFile = w.fake.interactionReplies(String(sent.id)).find((c) => c.files.length > 0);
    expect(withFile?.files[0]?.filename).toMatch(/\.csv$/u);
    expect(withFile?.files[0]?.bytes.toString("utf8")).toContain("Write the recap");
  });
});

describe("setup and notes", () => {
  it("GIVEN an admin in a new channel WHEN /afterchat setup hashtag:#edchat THEN the series exists with this channel as debrief", async () => {
    const channel = "910000000000000030";
    w.fake.world.channels.set(channel, { id: channel, type: 0, guild_id: G, name: "edchat" });
    const sent = w.fake.sendChatInput({
      subcommand: "setup",
      options: { hashtag: "#EdChat" },
      channelId: channel,
      userId: ADA,
      permissions: MANAGE_GUILD,
    });
    await w.dispatcher.handled(String(sent.id));
    const series = w.store.tables().series.find((s) => s.hashtag === "edchat");
    expect(series?.debriefChannel).toBe(`discord:${G}:${channel}`);
    expect((await firstAnswer(w, String(sent.id))).type).toBe(4);
  });

  it("GIVEN /afterchat note without text THEN a modal opens, and its submission stores the notes", async () => {
    const sent = w.fake.sendChatInput({ subcommand: "note", userId: BOB });
    const modal = await firstAnswer(w, String(sent.id));
    expect(modal.type).toBe(9);
    const data = modal.data as {
      custom_id: string;
      title: string;
      components: Array<{ type: number; label: string; component: { custom_id: string } }>;
    };
    expect(data.title.length).toBeLessThanOrEqual(45);
    const inputs = data.components.map((c) => c.component.custom_id);
    expect(inputs.length).toBeGreaterThanOrEqual(4);
    expect(data.components.every((c) => c.type === 18 && c.label.length <= 45)).toBe(true);

    const fields = Object.fromEntries(inputs.map((id, i) => [id, i === 0 ? "Great pace in Q2" : ""]));
    const submit = w.fake.sendModalSubmit({ customId: data.custom_id, fields, userId: BOB });
    const call = await w.dispatcher.handled(String(submit.id));
    expect(call.kind === "form" && call.submission.values[inputs[0]!]).toBe("Great pace in Q2");
    expect(w.store.tables().notes.map((n) => n.text)).toContain("Great pace in Q2");
  });

  it("GIVEN /afterchat note kind:best text THEN the note is stored without a modal", async () => {
    const sent = w.fake.sendChatInput({
      subcommand: "note",
      options: { kind: "best", text: "A3 made me laugh" },
      userId: BOB,
    });
    await w.dispatcher.handled(String(sent.id));
    expect((await firstAnswer(w, String(sent.id))).type).toBe(4);
    expect(w.store.tables().notes.find((n) => n.text === "A3 made me laugh")?.kind).toBe("best");
  });

  it("GIVEN notes WHEN /afterchat notes THEN the channel sees them", async () => {
    const sent = w.fake.sendChatInput({ subcommand: "notes", userId: BOB });
    await w.dispatcher.handled(String(sent.id));
    const texts = answerTexts(w, String(sent.id)).join("\n");
    expect(texts).toContain("Great pace in Q2");
    expect(texts).toContain("A3 made me laugh");
  });

  it("GIVEN text without a kind THEN the adapter asks for a kind and the core is not called", async () => {
    const sent = w.fake.sendChatInput({ subcommand: "note", options: { text: "orphan" }, userId: BOB });
    const answer = await firstAnswer(w, String(sent.id));
    expect(answer.data).toMatchObject({
      flags: 64,
      content: expect.stringContaining("Pick a kind for your note"),
    });
    expect(w.dispatcher.calls.filter((c) => c.actor.requestKey === String(sent.id))).toEqual([]);
  });
});
