import { describe, expect, it } from "vitest";
import {
  escalateOpenQuestions,
  openAfterParty,
  parseAfterPartyTaskValue,
  recordAfterPartyMessage,
} from "../../../src/app/after-party/index.js";
import { buttons, visibleText } from "../../support/recording-responder.js";
import { type AfterPartyWorld, afterPartyWorld, DEBRIEF_SLACK, ENDS, GUILD, PARTY } from "./world.js";

const MINUTE = 60_000;
const ZOE = `discord:${GUILD}:910000000000000100`;
const MAX = `discord:${GUILD}:910000000000000101`;

async function opened(options: Parameters<typeof afterPartyWorld>[0] = {}) {
  const w = await afterPartyWorld(options);
  const outcome = await openAfterParty(w.services, w.edition.id);
  if (outcome.status !== "opened") throw new Error("after-party did not open");
  return { ...w, thread: outcome.thread };
}

let ids = 0;
function say(
  w: AfterPartyWorld & { thread: string },
  author: string,
  text: string,
  minutesAfterEnd: number,
  replyTo: { externalId: string; authorRef: string } | null = null,
) {
  ids += 1;
  const externalId = String(920000000000000000n + BigInt(ids));
  return recordAfterPartyMessage(w.services, {
    workspaceId: w.discord.id,
    channel: PARTY,
    thread: w.thread,
    externalId,
    authorRef: author,
    text,
    createdAt: new Date(ENDS.getTime() + minutesAfterEnd * MINUTE),
    replyTo,
  }).then((outcome) => ({ outcome, externalId }));
}

describe("recordAfterPartyMessage (Discord messages in the after-party thread)", () => {
  it("GIVEN a message asking something THEN it is stored as a question", async () => {
    const w = await opened();

    const { outcome } = await say(w, ZOE, "How do you keep students engaged after the chat?", 5);

    expect(outcome).toEqual({ status: "recorded", question: true, answered: null });
    expect(w.store.tables().afterParty).toMatchObject([
      { authorRef: ZOE, isQuestion: true, answeredBy: null },
    ]);
  });

  it("GIVEN someone else replies to a question THEN the question is answered by that reply", async () => {
    const w = await opened();
    const asked = await say(w, ZOE, "Any tips for shy students?", 5);

    const reply = await say(w, MAX, "Pair them up first, then share.", 7, {
      externalId: asked.externalId,
      authorRef: ZOE,
    });

    expect(reply.outcome).toMatchObject({ status: "recorded", question: false, answered: asked.externalId });
    expect(await w.store.afterParty.summary(w.owner.id, w.edition.id)).toEqual({
      messages: 2,
      participants: 2,
      questions: 1,
      answered: 1,
      open: 0,
    });
  });

  it("GIVEN the asker replies to their own question THEN it stays open", async () => {
    const w = await opened();
    const asked = await say(w, ZOE, "Anyone tried podcasts in class?", 5);

    await say(w, ZOE, "I mean for homework?", 6, { externalId: asked.externalId, authorRef: ZOE });

    expect((await w.store.afterParty.summary(w.owner.id, w.edition.id)).answered).toBe(0);
  });

  it("GIVEN a thread that is not an after-party THEN nothing is stored", async () => {
    const w = await opened();

    const outcome = await recordAfterPartyMessage(w.services, {
      workspaceId: w.discord.id,
      channel: PARTY,
      thread: `${PARTY}:999`,
      externalId: "1",
      authorRef: ZOE,
      text: "Hello?",
      createdAt: ENDS,
      replyTo: null,
    });

    expect(outcome).toEqual({ status: "ignored", reason: "not_after_party" });
    expect(w.store.tables().afterParty).toEqual([]);
  });

  it("GIVEN a message after the after-party's end THEN it is not counted", async () => {
    const w = await opened({ settings: { afterPartyHours: 2 } });
    const { outcome } = await say(w, ZOE, "Still here?", 121);
    expect(outcome).toEqual({ status: "ignored", reason: "ended" });
  });

  it("GIVEN the same message delivered twice THEN it is stored once", async () => {
    const w = await opened();
    const input = {
      workspaceId: w.discord.id,
      channel: PARTY,
      thread: w.thread,
      externalId: "77",
      authorRef: ZOE,
      text: "Why?",
      createdAt: ENDS,
      replyTo: null,
    };
    await recordAfterPartyMessage(w.services, input);
    await recordAfterPartyMessage(w.services, input);
    expect(w.store.tables().afterParty).toHaveLength(1);
  });

  it("GIVEN a Slack series whose after-party is on a linked Discord server THEN its thread's messages are recorded", async () => {
    const w = await opened({ debrief: "slack" });
    const { outcome } = await say(w, ZOE, "Where do I find the recap?", 3);
    expect(outcome).toMatchObject({ status: "recorded", question: true });
    expect(w.store.tables().afterParty[0]?.workspaceId).toBe(w.owner.id);
  });
});

describe("escalateOpenQuestions: unanswered questions go back to the team", () => {
  it("GIVEN a question unanswered for an hour THEN the Slack debrief channel gets it with a link and a task button", async () => {
    const w = await opened({ debrief: "slack" });
    const asked = await say(w, ZOE, "Can someone share the _slides_ from Q3?", 5);

    const outcome = await escalateOpenQuestions(
      w.services,
      w.edition.id,
      new Date(ENDS.getTime() + 66 * MINUTE),
    );

    expect(outcome).toEqual({ status: "escalated", count: 1, remaining: 0 });
    const [posted] = w.platforms.of("post");
    expect(posted?.channel).toBe(DEBRIEF_SLACK);
    const text = visibleText(posted!.message);
    expect(text).toContain("Open questions from the #cafechat after-party");
    expect(text).toContain("This question has waited more than 60 minutes for an answer.");
    expect(text).toContain(`<@${ZOE}> asked: “\u2068Can someone share the \\_slides\\_ from Q3?\u2069”`);
    expect(text).toContain(`[Open in the thread](https://link.test/${w.thread}/${asked.externalId})`);
    const [button] = buttons(posted!.message);
    expect(button).toMatchObject({ action: "afterparty.task", label: "Make it a task" });
    const question = w.store.tables().afterParty[0]!;
    expect(parseAfterPartyTaskValue(button!.value)).toEqual({
      editionId: w.edition.id,
      messageId: question.id,
    });
    expect(button!.value.length).toBeLessThanOrEqual(80);
  });

  it("GIVEN a question already brought back THEN the next run does not post it again", async () => {
    const w = await opened();
    await say(w, ZOE, "Is there a replay?", 5);
    await escalateOpenQuestions(w.services, w.edition.id, new Date(ENDS.getTime() + 70 * MINUTE));

    const again = await escalateOpenQuestions(
      w.services,
      w.edition.id,
      new Date(ENDS.getTime() + 80 * MINUTE),
    );

    expect(again).toEqual({ status: "none" });
    expect(w.platforms.of("post")).toHaveLength(1);
  });

  it("GIVEN an answered question and one asked only 10 minutes ago THEN neither is brought back", async () => {
    const w = await opened();
    const asked = await say(w, ZOE, "Who hosts next week?", 5);
    await say(w, MAX, "Ana does!", 6, { externalId: asked.externalId, authorRef: ZOE });
    await say(w, MAX, "And the topic?", 60);

    const outcome = await escalateOpenQuestions(
      w.services,
      w.edition.id,
      new Date(ENDS.getTime() + 70 * MINUTE),
    );

    expect(outcome).toEqual({ status: "none" });
    expect(w.platforms.of("post")).toEqual([]);
  });

  it("GIVEN the debrief post fails THEN the question is not marked, and the next run tries again", async () => {
    const w = await opened();
    await say(w, ZOE, "Is there a replay?", 5);
    const failing = {
      ...w.services,
      platforms: {
        for: () => ({ ...w.platforms.for(w.thread)!, post: () => Promise.reject(new Error("down")) }),
      },
    };

    await expect(
      escalateOpenQuestions(failing, w.edition.id, new Date(ENDS.getTime() + 70 * MINUTE)),
    ).rejects.toThrow("down");
    const retried = await escalateOpenQuestions(
      w.services,
      w.edition.id,
      new Date(ENDS.getTime() + 75 * MINUTE),
    );

    expect(retried).toMatchObject({ status: "escalated", count: 1 });
  });

  it("GIVEN twelve open questions THEN ten go now, with one button each, and two at the next run", async () => {
    const w = await opened();
    for (let i = 0; i < 12; i += 1) await say(w, ZOE, `Question ${i}?`, 1 + i);
    const at = new Date(ENDS.getTime() + 90 * MINUTE);

    const first = await escalateOpenQuestions(w.services, w.edition.id, at);
    const second = await escalateOpenQuestions(w.services, w.edition.id, at);

    expect(first).toEqual({ status: "escalated", count: 10, remaining: 2 });
    expect(second).toEqual({ status: "escalated", count: 2, remaining: 0 });
    expect(buttons(w.platforms.of("post")[0]!.message)).toHaveLength(10);
  });
});
