import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { message, sentence } from "../../../src/render/message.js";
import type { Json } from "../../support/fake-discord-data.js";
import {
  ADA,
  BOB,
  CHAT,
  type DiscordWorld,
  discordWorld,
  FORUM,
  G,
  MOD_ROLE,
  TEAM_ROLE,
  VOICE,
} from "./support/discord-world.js";

// DiscordPlatform: what afterchat posts on Discord without an interaction.
let w: DiscordWorld;

beforeAll(async () => {
  w = await discordWorld();
  await w.seedSeries();
});

afterAll(async () => {
  await w?.close();
});

const ref = (id: string) => `discord:${G}:${id}`;

describe("posting and updating", () => {
  it("GIVEN a message with more rows than Discord allows THEN it goes out as two messages and an update edits both", async () => {
    const rows = Array.from({ length: 7 }, (_, i) => ({
      type: "actions" as const,
      elements: [{ action: "task.done" as const, value: `t${i}`, label: `Done ${i}` }],
    }));
    const { messageRef } = await w.platform.post(
      ref(CHAT),
      message("tasks", [{ type: "header", text: "Tasks" }, ...rows]),
    );
    const ids = messageRef.split(",");
    expect(ids).toHaveLength(2);

    await w.platform.update(
      ref(CHAT),
      messageRef,
      message("tasks", [{ type: "header", text: "Tasks (updated)" }, ...rows]),
    );

    const edits = w.fake.calls("PATCH", `/channels/${CHAT}/messages/:mid`);
    expect(edits.map((c) => c.params.mid)).toEqual(ids);
    expect(JSON.stringify(edits[0]?.body)).toContain("Tasks (updated)");
  });

  it("GIVEN a post in a thread THEN it goes to the thread's own channel", async () => {
    const { thread } = await w.platform.openThread(ref(CHAT), "a thread", sentence("opening"));
    const threadId = thread.split(":").at(-1)!;
    await w.platform.post(ref(CHAT), sentence("in the thread"), { thread });
    await w.platform.post(ref(CHAT), sentence("by bare id"), { thread: threadId });
    expect(w.fake.calls("POST", `/channels/${threadId}/messages`).map((c) => c.body.content)).toEqual([
      "in the thread",
      "by bare id",
    ]);
  });
});

describe("threads and forum posts", () => {
  it("GIVEN a forum channel THEN the after-party is a forum post whose first message is the opening", async () => {
    const { thread } = await w.platform.openThread(
      ref(FORUM),
      "#cafechat after-party",
      sentence("Welcome to the after-party"),
    );
    const [created] = w.fake.calls("POST", `/channels/${FORUM}/threads`);
    expect(created?.body).toMatchObject({
      name: "#cafechat after-party",
      message: { content: "Welcome to the after-party" },
    });
    expect(thread).toBe(`discord:${G}:${FORUM}:${(created!.response as Json).id}`);
  });

  it("GIVEN a title over 100 characters THEN the thread name is cut to Discord's limit", async () => {
    await w.platform.openThread(ref(CHAT), "x".repeat(150), sentence("hi"));
    const call = w.fake.calls("POST", `/channels/${CHAT}/messages/:mid/threads`).at(-1);
    expect(String(call?.body.name).length).toBeLessThanOrEqual(100);
  });
});

describe("scheduled events", () => {
  it("GIVEN a voice channel THEN the event takes place in it", async () => {
    const startsAt = new Date("2026-03-10T17:00:00Z");
    const made = await w.platform.scheduleEvent(ref(VOICE), {
      name: "#cafechat: edition 13",
      description: "Join us",
      startsAt,
      endsAt: new Date("2026-03-10T18:00:00Z"),
    });
    const [created] = w.fake.calls("POST", `/guilds/${G}/scheduled-events`);
    expect(created?.body).toMatchObject({
      entity_type: 2,
      channel_id: VOICE,
      scheduled_start_time: startsAt.toISOString(),
    });
    expect(made).toEqual({ eventRef: ref(String((created!.response as Json).id)) });
  });

  it("GIVEN a text channel and no URL in the description THEN it is an external event located at the channel's link", async () => {
    await w.platform.scheduleEvent(ref(CHAT), {
      name: "n",
      description: "no link here",
      startsAt: new Date("2026-03-10T17:00:00Z"),
      endsAt: new Date("2026-03-10T18:00:00Z"),
    });
    expect(w.fake.calls("POST", `/guilds/${G}/scheduled-events`).at(-1)?.body).toMatchObject({
      entity_type: 3,
      entity_metadata: { location: `https://discord.com/channels/${G}/${CHAT}` },
    });
  });
});

describe("direct messages", () => {
  it("GIVEN a DM with a button THEN the DM names the server, and a click in the DM acts in that server with the member's roles", async () => {
    await w.platform.dm(
      ref(BOB),
      message("Reminder", [
        { type: "section", text: "Your task is due" },
        { type: "actions", elements: [{ action: "task.done", value: "t-missing", label: "Done" }] },
      ]),
    );
    const dm = w.fake.calls("POST", "/channels/:cid/messages").at(-1)!;
    expect(w.fake.calls("POST", "/users/@me/channels").at(-1)?.body).toEqual({ recipient_id: BOB });
    expect(dm.body).toMatchObject({
      embeds: [{ author: { name: "Café chat", url: `https://discord.com/channels/${G}` } }],
    });

    const click = w.fake.sendButton({
      customId: "task.done|t-missing",
      message: dm.response as Json,
      guildId: null,
      userId: BOB,
      channelId: dm.params.cid,
    });
    const call = await w.dispatcher.handled(String(click.id));

    expect(call.actor).toMatchObject({ userRef: ref(BOB), isAdmin: false, workspace: { externalId: G } });
    expect(await call.actor.rolesAmong([TEAM_ROLE, MOD_ROLE])).toEqual([TEAM_ROLE]);
    expect(call.kind === "action" && call.event).toMatchObject({ action: "task.done", value: "t-missing" });
  });

  it("GIVEN a click in a DM afterchat did not send THEN the user is told to use a server", async () => {
    const click = w.fake.sendButton({ customId: "task.done|x", guildId: null, userId: ADA });
    const answer = await w.fake.waitFor(
      "POST",
      "/interactions/:id/:token/callback",
      (c) => c.params.id === String(click.id),
    );
    expect(answer.body).toMatchObject({
      data: { flags: 64, content: expect.stringContaining("server channel") },
    });
  });
});

describe("role members", () => {
  it("GIVEN the members list is refused (no Server Members Intent) THEN the members seen so far with the role are returned", async () => {
    const workspace = await w.workspace();
    expect(await w.platform.roleMembers(workspace, [TEAM_ROLE])).toEqual([ref(BOB)]);
    expect(w.fake.unknownRoutes().map((c) => `${c.method} ${c.route ?? c.path.split("?")[0]}`)).toContain(
      `GET /guilds/${G}/members`,
    );
  });
});
