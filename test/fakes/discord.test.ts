import {
  ChannelType,
  Client,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  GuildScheduledEventEntityType,
  GuildScheduledEventPrivacyLevel,
  type Interaction,
  MessageFlags,
  type TextChannel,
} from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord.js";
import { within } from "../support/net.js";

// The real discord.js 14 Client, logged in against the Discord fake (REST + gateway on 127.0.0.1).
const GUILD = "900000000000000001";
const CHAT = "900000000000000010";
const HOSTS = "900000000000000020";
const ADA = "900000000000000100";

let fake: FakeDiscord;
let client: Client;

function nextInteraction(): Promise<Interaction> {
  const next = new Promise<Interaction>((resolve) => client.once(Events.InteractionCreate, resolve));
  return within(next, 3000, "the client's next interactionCreate");
}

function chatChannel(): TextChannel {
  return client.channels.cache.get(CHAT) as TextChannel;
}

beforeAll(async () => {
  fake = await startFakeDiscord({
    guilds: [
      {
        id: GUILD,
        name: "Chat hour",
        channels: [
          { id: CHAT, name: "chat-hour" },
          { id: "900000000000000011", name: "events", type: 2 },
        ],
        roles: [{ id: HOSTS, name: "hosts", permissions: "8" }],
        members: [{ id: ADA, username: "ada", roles: [HOSTS] }],
      },
    ],
  });
  client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl, retries: 0 } });
  const started = performance.now();
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login("fake-bot-token");
  await ready;
  console.log(
    `discord.js login (gateway/bot + IDENTIFY + READY + GUILD_CREATE): ${(performance.now() - started).toFixed(1)} ms`,
  );
});

afterAll(async () => {
  await client?.destroy();
  await fake?.close();
});

describe("discord.js login against the fake gateway", () => {
  it("GIVEN a login THEN the client is ready with the guild, its channels, roles and members cached", () => {
    const guild = client.guilds.cache.get(GUILD);

    expect(client.user?.id).toBe(fake.botUser.id);
    expect(client.application?.id).toBe(fake.applicationId);
    expect(guild?.name).toBe("Chat hour");
    expect(guild?.channels.cache.get(CHAT)?.name).toBe("chat-hour");
    expect(guild?.roles.cache.get(HOSTS)?.name).toBe("hosts");
    expect(guild?.members.cache.get(ADA)?.roles.cache.has(HOSTS)).toBe(true);
    expect(fake.calls("GET", "/gateway/bot")[0]?.authorization).toBe("Bot fake-bot-token");
  });
});

describe("interactions through the fake", () => {
  it("GIVEN /afterchat note WHEN the bot replies ephemerally THEN the fake records the callback", async () => {
    const received = nextInteraction();
    const sent = fake.sendChatInput({
      subcommand: "note",
      options: { text: "A1 was great", count: 3 },
      locale: "fr",
    });
    const interaction = await received;
    if (!interaction.isChatInputCommand())
      throw new Error(`expected a chat-input command, got ${interaction.type}`);

    await interaction.reply({ content: "noted", flags: MessageFlags.Ephemeral });

    expect(interaction.commandName).toBe("afterchat");
    expect(interaction.options.getSubcommand()).toBe("note");
    expect(interaction.options.getString("text")).toBe("A1 was great");
    expect(interaction.options.getInteger("count")).toBe(3);
    expect(interaction.locale).toBe("fr");
    expect(interaction.member?.user.id).toBe(ADA);
    const [callback] = fake.interactionReplies(String(sent.id));
    expect(callback).toMatchObject({ route: "/interactions/:id/:token/callback", status: 204 });
    expect(callback?.body).toEqual({
      type: 4,
      data: expect.objectContaining({ content: "noted", flags: 64 }),
    });
  });

  it("GIVEN a deferred reply THEN editReply and followUp go to the interaction webhook", async () => {
    const received = nextInteraction();
    const sent = fake.sendChatInput({ subcommand: "stats" });
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error("expected a chat-input command");

    await interaction.deferReply();
    const edited = await interaction.editReply({ content: "42 answers" });
    const followUp = await interaction.followUp({ content: "and a chart" });

    expect(edited.content).toBe("42 answers");
    expect(followUp.content).toBe("and a chart");
    expect(fake.interactionReplies(String(sent.id)).map((c) => `${c.method} ${c.route}`)).toEqual([
      "POST /interactions/:id/:token/callback",
      "PATCH /webhooks/:app/:token/messages/@original",
      "POST /webhooks/:app/:token",
    ]);
  });

  it("GIVEN a second reply to one interaction THEN Discord's 40060 error reaches discord.js", async () => {
    const received = nextInteraction();
    const sent = fake.sendChatInput({ subcommand: "note" });
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error("expected a chat-input command");
    await interaction.reply("once");

    const raw = `/interactions/${sent.id}/${sent.token}/callback`;
    const error = await client.rest
      .post(raw as `/${string}`, { body: { type: 4, data: { content: "twice" } }, auth: false })
      .catch((e) => e);

    expect(error).toBeInstanceOf(DiscordAPIError);
    expect((error as DiscordAPIError).code).toBe(40060);
  });

  it("GIVEN a button click WHEN the bot updates the message THEN the callback is type 7 and the message changes", async () => {
    const received = nextInteraction();
    const sent = fake.sendButton({ customId: "vote:q1:2" });
    const interaction = await received;
    if (!interaction.isButton()) throw new Error("expected a button");

    await interaction.update({ content: "1 vote" });

    expect(interaction.customId).toBe("vote:q1:2");
    expect(fake.interactionReplies(String(sent.id))[0]?.body).toMatchObject({
      type: 7,
      data: { content: "1 vote" },
    });
    expect(fake.world.messages.get(String((sent.message as { id: string }).id))?.content).toBe("1 vote");
  });

  it("GIVEN a command answered with a modal, then the modal submitted THEN both reach the right places", async () => {
    const commandReceived = nextInteraction();
    const command = fake.sendChatInput({ subcommand: "note" });
    const asked = await commandReceived;
    if (!asked.isChatInputCommand()) throw new Error("expected a chat-input command");
    await asked.showModal({
      custom_id: "note-modal",
      title: "Note",
      components: [{ type: 1, components: [{ type: 4, custom_id: "body", label: "Note", style: 2 }] }],
    });

    const submitReceived = nextInteraction();
    const submit = fake.sendModalSubmit({ customId: "note-modal", fields: { body: "Bring snacks" } });
    const submitted = await submitReceived;
    if (!submitted.isModalSubmit()) throw new Error("expected a modal submit");
    await submitted.reply({ content: "saved" });

    expect(fake.interactionReplies(String(command.id))[0]?.body).toMatchObject({
      type: 9,
      data: { custom_id: "note-modal" },
    });
    expect(submitted.fields.getTextInputValue("body")).toBe("Bring snacks");
    expect(fake.interactionReplies(String(submit.id))[0]?.body).toMatchObject({
      type: 4,
      data: { content: "saved" },
    });
  });
});

describe("channel, guild and application REST through the fake", () => {
  it("GIVEN a poll sent to a channel THEN each answer comes back with an answer_id", async () => {
    const message = await chatChannel().send({
      poll: {
        question: { text: "Best answer?" },
        answers: [{ text: "A1" }, { text: "A2" }],
        duration: 1,
        allowMultiselect: false,
      },
    });

    expect(message.poll?.answers.map((a) => a.id)).toEqual([1, 2]);
    expect(fake.calls("POST", "/channels/:cid/messages").at(-1)?.body).toMatchObject({
      poll: { question: { text: "Best answer?" } },
    });
  });

  it("GIVEN a PNG sent as a file THEN the fake holds its bytes and the message lists the attachment", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    const message = await chatChannel().send({
      content: "chart",
      files: [{ attachment: png, name: "chart.png" }],
    });

    const call = fake.calls("POST", "/channels/:cid/messages").at(-1);
    // discord.js names the file in its multipart part (files[0]); payload_json only carries attachments [{ id: "0" }].
    expect(call?.body).toMatchObject({ content: "chart", attachments: [{ id: "0" }] });
    expect(call?.files[0]).toMatchObject({ field: "files[0]", filename: "chart.png" });
    expect(call?.files[0]?.bytes.equals(png)).toBe(true);
    expect(message.attachments.first()?.name).toBe("chart.png");
    expect(Buffer.from(await (await fetch(message.attachments.first()!.url)).arrayBuffer()).equals(png)).toBe(
      true,
    );
  });

  it("GIVEN a command with an attachment option THEN the bot resolves it and can download the file", async () => {
    const csv = Buffer.from("time,text\n2024-01-01,A1 hello\n");
    const attachment = fake.world.addAttachment(CHAT, "analytics.csv", csv, "text/csv");
    const received = nextInteraction();
    fake.sendChatInput({ subcommand: "import", attachments: { file: attachment } });
    const interaction = await received;
    if (!interaction.isChatInputCommand()) throw new Error("expected a chat-input command");

    const file = interaction.options.getAttachment("file", true);
    const downloaded = await (await fetch(file.url)).text();

    expect(file.name).toBe("analytics.csv");
    expect(downloaded).toBe(csv.toString());
  });

  it("GIVEN threads created from a channel and from a message THEN both are public threads under the channel", async () => {
    const thread = await chatChannel().threads.create({ name: "After party" });
    const question = await chatChannel().send("Q1: what did you learn?");
    const fromMessage = await question.startThread({ name: "Q1" });

    expect(thread.type).toBe(ChannelType.PublicThread);
    expect(thread.parentId).toBe(CHAT);
    expect(fromMessage.id).toBe(question.id);
    expect(fake.calls("POST", "/channels/:cid/messages/:mid/threads")).toHaveLength(1);
  });

  it("GIVEN a scheduled event created THEN the fake returns it with an id and records its times", async () => {
    const start = new Date(Date.now() + 86_400_000);
    const event = await client.guilds.cache.get(GUILD)!.scheduledEvents.create({
      name: "After party",
      scheduledStartTime: start,
      scheduledEndTime: new Date(start.getTime() + 3_600_000),
      privacyLevel: GuildScheduledEventPrivacyLevel.GuildOnly,
      entityType: GuildScheduledEventEntityType.External,
      entityMetadata: { location: "Online" },
    });

    expect(event.id).toMatch(/^\d+$/);
    expect(event.scheduledStartAt?.toISOString()).toBe(start.toISOString());
    expect(fake.calls("POST", "/guilds/:gid/scheduled-events")[0]?.body).toMatchObject({
      name: "After party",
      entity_type: 3,
    });
  });

  it("GIVEN guild commands set in bulk THEN the PUT is recorded and the commands come back with ids", async () => {
    const commands = await client.application!.commands.set(
      [{ name: "afterchat", description: "Results" }],
      GUILD,
    );

    expect([...commands.values()].map((c) => c.name)).toEqual(["afterchat"]);
    expect(fake.calls("PUT", "/applications/:app/guilds/:gid/commands")[0]?.body).toEqual([
      expect.objectContaining({ name: "afterchat", description: "Results" }),
    ]);
  });

  it("GIVEN a DM to a member THEN a DM channel is opened and the message posted to it", async () => {
    const member = await client.guilds.cache.get(GUILD)!.members.fetch({ user: ADA, force: true });
    const dm = await member.send("Your notes are ready");

    expect(dm.channel.type).toBe(ChannelType.DM);
    expect(fake.calls("POST", "/users/@me/channels")[0]?.body).toEqual({ recipient_id: ADA });
  });

  it("GIVEN a scripted 50013 THEN discord.js rejects with Missing Permissions", async () => {
    fake.failNext("POST", `/channels/${CHAT}/messages`, {
      status: 403,
      code: 50013,
      message: "Missing Permissions",
    });

    await expect(chatChannel().send("hello")).rejects.toMatchObject({ code: 50013, status: 403 });
  });

  it("GIVEN a route the fake does not know THEN it answers a Discord 404 and records the miss", async () => {
    await expect(client.rest.get(`/guilds/${GUILD}/audit-logs`)).rejects.toMatchObject({ status: 404 });

    expect(fake.unknownRoutes().map((c) => `${c.method} ${c.path}`)).toContain(
      `GET /guilds/${GUILD}/audit-logs`,
    );
  });

  it("GIVEN nothing matches WHEN waitFor times out THEN the error lists the recorded calls", async () => {
    const error = await fake.waitFor("DELETE", "/channels/:cid", () => true, 50).catch((e: Error) => e);

    expect(String(error)).toContain("waiting for DELETE /channels/:cid");
    expect(String(error)).toContain("GET /gateway/bot");
  });
});

describe("gateway reconnects", () => {
  it.each([4000, 1006] as const)(
    "GIVEN the connection drops with %i THEN the client RESUMEs and gets the missed interaction",
    async (code) => {
      const resumesBefore = fake.gateway.received.filter((f) => f.op === 6).length;
      fake.dropConnection(code);
      const received = nextInteraction();
      const sent = fake.sendChatInput({ subcommand: "note", options: { text: `after ${code}` } });

      await fake.waitForResume(resumesBefore + 1);
      const interaction = await received;

      expect(interaction.id).toBe(sent.id);
      expect(fake.gateway.received.filter((f) => f.op === 2)).toHaveLength(1);
    },
  );
});
