import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeAfterParty,
  escalateOpenQuestions,
  openAfterParty,
} from "../../../src/app/after-party/index.js";
import type { Edition } from "../../../src/domain/edition.js";
import type { Series } from "../../../src/domain/series.js";
import { type Json, message } from "../../support/fake-discord-data.js";
import { sleep } from "../../support/net.js";
import { visibleText } from "../../support/recording-responder.js";
import { ADA, BOB, CHAT, type DiscordWorld, discordWorld, G, PARTY } from "./support/discord-world.js";

// The after-party on Discord end to end: the scheduler's calls (openAfterParty, escalate, close)
// through the real DiscordPlatform, and MESSAGE_CREATE capture with message content on.
const MINUTE = 60_000;
const ENDS = new Date("2026-03-03T18:00:00Z");
let w: DiscordWorld;
let series: Series;
let edition: Edition;
let thread: string;

async function eventually<T>(read: () => T | undefined | Promise<T | undefined>, what: string): Promise<T> {
  for (let i = 0; i < 300; i += 1) {
    const value = await read();
    if (value !== undefined) return value;
    await sleep(10);
  }
  throw new Error(`never happened: ${what}`);
}

let written = 0;
/** A message id whose snowflake time is `minutes` after the chat's end (discord.js dates messages by id). */
function idAt(minutes: number): string {
  written += 1;
  return String(((BigInt(ENDS.getTime() + minutes * MINUTE) - 1420070400000n) << 22n) | BigInt(written));
}

/** A member writes in the thread (the gateway's MESSAGE_CREATE), optionally replying to a message. */
function write(author: string, content: string, replyTo?: Json, minutes = 5): Json {
  const threadId = thread.split(":").at(-1)!;
  const member = w.fake.world.member(G, author)!;
  const created = message(
    {
      content,
      ...(replyTo
        ? { message_reference: { message_id: replyTo.id, channel_id: threadId, guild_id: G } }
        : {}),
    },
    threadId,
    member.user as Json,
    G,
  );
  created.id = idAt(minutes);
  if (replyTo) Object.assign(created, { type: 19, referenced_message: replyTo });
  w.fake.world.messages.set(String(created.id), created);
  w.fake.dispatch("MESSAGE_CREATE", { ...created, member: { ...member, user: undefined } });
  return created;
}

beforeAll(async () => {
  w = await discordWorld({ messageContent: true, now: new Date(ENDS.getTime() + MINUTE) });
  series = await w.seedSeries();
  edition = await w.store.editions.create({
    workspaceId: series.workspaceId,
    seriesId: series.id,
    number: 12,
    startsAt: new Date(ENDS.getTime() - 60 * MINUTE),
    endsAt: ENDS,
    status: "debriefing",
    topic: "Homework",
  });
});

afterAll(async () => {
  await w?.close();
});

describe("the after-party opened at the edition's end", () => {
  it("GIVEN the chat just ended WHEN the scheduler opens the after-party THEN a message in #after-party starts a thread", async () => {
    const outcome = await openAfterParty(w.services, edition.id);
    if (outcome.status !== "opened") throw new Error(`not opened: ${JSON.stringify(outcome)}`);
    thread = outcome.thread;

    const starter = w.fake.calls("POST", `/channels/${PARTY}/messages`)[0];
    const threadCall = w.fake.calls("POST", `/channels/${PARTY}/messages/:mid/threads`)[0];
    expect(JSON.stringify(starter?.body)).toContain("The #cafechat after-party is open");
    expect(threadCall?.body).toMatchObject({
      name: "#cafechat after-party: Homework",
      auto_archive_duration: 1440,
    });
    expect(thread).toBe(`discord:${G}:${PARTY}:${threadCall?.params.mid}`);
    expect((await w.store.editions.get(series.workspaceId, edition.id))?.afterPartyThread).toBe(thread);
  });

  it("GIVEN a weekly schedule THEN next Tuesday's edition is a guild scheduled event pointing at the hashtag", async () => {
    const [created] = w.fake.calls("POST", `/guilds/${G}/scheduled-events`);
    expect(created?.body).toMatchObject({
      name: "#cafechat: edition 13",
      entity_type: 3,
      privacy_level: 2,
      scheduled_start_time: "2026-03-10T17:00:00.000Z",
      scheduled_end_time: "2026-03-10T18:00:00.000Z",
      entity_metadata: { location: "https://x.com/hashtag/cafechat" },
    });
  });

  it("GIVEN a command typed in the thread THEN the core is told it comes from that thread under #after-party", async () => {
    const sent = w.fake.sendChatInput({
      subcommand: "help",
      channelId: thread.split(":").at(-1)!,
      userId: BOB,
    });
    const call = await w.dispatcher.handled(String(sent.id));
    expect(call.actor.channel).toBe(thread);
  });

  it("GIVEN the scheduler calls again (a retry) THEN no second thread and no second event", async () => {
    await openAfterParty(w.services, edition.id);
    expect(w.fake.calls("POST", `/channels/${PARTY}/messages/:mid/threads`)).toHaveLength(1);
    expect(w.fake.calls("POST", `/guilds/${G}/scheduled-events`)).toHaveLength(1);
  });
});

describe("questions in the thread (message content capture on)", () => {
  let question: Json;

  it("GIVEN DISCORD_MESSAGE_CONTENT=true THEN the gateway is asked for Guilds, GuildMessages and MessageContent", () => {
    const identify = w.fake.gateway.received.filter((f) => f.op === 2)[0]?.d as { intents: number };
    expect(identify.intents).toBe(1 | (1 << 9) | (1 << 15));
  });

  it("GIVEN a member asks something in the thread THEN it is recorded as a question", async () => {
    question = write(BOB, "Does anyone have the slides from Q3?");
    const [row] = await eventually(
      () => (w.store.tables().afterParty.length > 0 ? w.store.tables().afterParty : undefined),
      "the question recorded",
    );
    expect(row).toMatchObject({
      externalId: question.id,
      authorRef: `discord:${G}:${BOB}`,
      isQuestion: true,
      answeredBy: null,
    });
  });

  it("GIVEN another member replies to it THEN the question is answered", async () => {
    const reply = write(ADA, "Here: https://example.org/slides", question);
    const row = await eventually(
      () => w.store.tables().afterParty.find((m) => m.answeredBy !== null),
      "the answer recorded",
    );
    expect(row).toMatchObject({ externalId: question.id, answeredBy: reply.id });
  });

  it("GIVEN a question nobody answers for an hour THEN the team's Discord debrief channel gets it with a link and a task button", async () => {
    const open = write(BOB, "Who hosts next week?");
    await eventually(
      () => w.store.tables().afterParty.find((m) => m.externalId === open.id),
      "the second question recorded",
    );
    w.clock.set(new Date(ENDS.getTime() + 90 * MINUTE));

    const outcome = await escalateOpenQuestions(w.services, edition.id, w.clock.now());

    expect(outcome).toEqual({ status: "escalated", count: 1, remaining: 0 });
    const posted = w.fake.calls("POST", `/channels/${CHAT}/messages`).at(-1)!;
    const body = JSON.stringify(posted.body);
    expect(body).toContain("Open questions from the #cafechat after-party");
    expect(body).toContain(`<@${BOB}> asked: “\u2068Who hosts next week?\u2069”`);
    expect(body).toContain(`https://discord.com/channels/${G}/${thread.split(":").at(-1)}/${open.id}`);
    const button = (posted.body.components as Array<{ components: Array<{ custom_id: string }> }>)[0]!
      .components[0]!;
    expect(button.custom_id).toMatch(/^afterparty\.task\|/u);

    const click = w.fake.sendButton({ customId: button.custom_id, userId: BOB, channelId: CHAT });
    await w.dispatcher.handled(String(click.id));
    expect(w.store.tables().tasks).toMatchObject([{ origin: "follow_up", ownerRef: `discord:${G}:${BOB}` }]);
  });

  it("GIVEN a Slack debrief channel THEN the open question goes to Slack instead", async () => {
    await w.store.series.update(series.workspaceId, series.id, { debriefChannel: "slack:T1:C1" });
    const open = write(ADA, "Is there a replay?");
    await eventually(
      () => w.store.tables().afterParty.find((m) => m.externalId === open.id),
      "the Slack-bound question recorded",
    );
    w.clock.set(new Date(ENDS.getTime() + 200 * MINUTE));

    await escalateOpenQuestions(w.services, edition.id, w.clock.now());

    const [posted] = w.slack.of("post");
    expect(posted?.channel).toBe("slack:T1:C1");
    expect(visibleText(posted!.message)).toContain(
      `<@discord:${G}:${ADA}> asked: “\u2068Is there a replay?\u2069”`,
    );
    await w.store.series.update(series.workspaceId, series.id, { debriefChannel: `discord:${G}:${CHAT}` });
  });

  it("GIVEN the after-party's end THEN its summary is posted in the thread and in the debrief channel", async () => {
    const threadId = thread.split(":").at(-1)!;
    const outcome = await closeAfterParty(w.services, edition.id);

    expect(outcome).toMatchObject({
      status: "closed",
      summary: { messages: 4, participants: 2, questions: 3, answered: 1, open: 2 },
    });
    expect(JSON.stringify(w.fake.calls("POST", `/channels/${threadId}/messages`).at(-1)?.body)).toContain(
      "after-party is over",
    );
    expect(JSON.stringify(w.fake.calls("POST", `/channels/${CHAT}/messages`).at(-1)?.body)).toContain(
      `https://discord.com/channels/${G}/${threadId}`,
    );
  });

  it("GIVEN afterchat's own messages in the thread THEN they are not counted", async () => {
    const before = w.store.tables().afterParty.length;
    const threadId = thread.split(":").at(-1)!;
    const own = { ...message({ content: "Any questions?" }, threadId, w.fake.botUser, G), id: idAt(6) };
    w.fake.dispatch("MESSAGE_CREATE", own);
    write(BOB, "marker");
    await eventually(() => w.store.tables().afterParty.find((m) => m.text === "marker"), "the marker");
    expect(w.store.tables().afterParty.length).toBe(before + 1);
  });
});
