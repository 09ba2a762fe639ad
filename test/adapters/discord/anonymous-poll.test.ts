/**
 * An anonymous poll on Discord, with the real discord.js client against the Discord fake: a pick
 * is answered privately instead of updating the poll message (which would show the count move), a
 * second pick on the same question is refused, and with two answers the results show no figures.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translator } from "../../../src/i18n/index.js";
import type { Json } from "../../support/fake-discord-data.js";
import { buttonInteraction } from "../../support/fake-discord-interactions.js";
import {
  ADA,
  answerTexts,
  BOB,
  clickConfirming,
  type DiscordWorld,
  discordWorld,
  firstAnswer,
} from "./support/discord-world.js";

const en = translator("en");
let w: DiscordWorld;
let pollMessage: Json;

type Component = { type: number; custom_id: string; options?: Array<{ value: string }> };

function components(message: Json): Component[] {
  return ((message.components as Array<{ components: Component[] }>) ?? []).flatMap((r) => r.components);
}

/** A pick in the poll's select for question `index`, as Discord sends it. */
async function pick(index: number, value: number, userId: string) {
  const select = components(pollMessage).filter((c) => c.type === 3)[index]!;
  const interaction = buttonInteraction(w.fake.world, {
    customId: select.custom_id,
    message: pollMessage,
    userId,
  });
  interaction.data = {
    custom_id: select.custom_id,
    component_type: 3,
    values: [select.options![value - 1]!.value],
  };
  const sent = w.fake.sendInteraction(interaction);
  await w.dispatcher.handled(String(sent.id));
  return String(sent.id);
}

const pacing = () => en.t("poll.questions.pacing");
const edits = () => [
  ...w.fake.calls("PATCH", "/channels/:cid/messages/:mid"),
  ...w.fake.calls("PATCH", "/webhooks/:app/:token/messages/:mid"),
];

beforeAll(async () => {
  w = await discordWorld();
  await w.seedSeries();
  const sent = w.fake.sendChatInput({ subcommand: "poll", userId: ADA, options: { anonymous: true } });
  await w.dispatcher.handled(String(sent.id));
  pollMessage = w.fake.world.interactions.get(String(sent.id))!.original!;
});

afterAll(async () => {
  await w?.close();
});

describe("an anonymous poll on Discord", () => {
  it("GIVEN it is posted THEN it says answers are final and from how many answers results show, and shows no count", () => {
    const text = JSON.stringify(pollMessage);
    expect(text).toContain(en.t("poll.anonymousFinal"));
    expect(text).toContain(en.t("poll.threshold", { count: 3 }));
    expect(text).not.toContain(en.t("poll.voters", { count: 0 }));
  });

  it("GIVEN a member picks a value THEN only they are told it counted, without the value, and the poll message is not edited", async () => {
    const before = edits().length;
    const id = await pick(0, 4, BOB);
    const answer = await firstAnswer(w, id);
    expect(answer.type).toBe(4);
    expect(answer.data).toMatchObject({ flags: 64 });
    expect(answerTexts(w, id).join("\n")).toContain(en.t("poll.anonymousVoted", { question: pacing() }));
    expect(edits()).toHaveLength(before);
  });

  it("GIVEN the member picks another value on the same question THEN it is refused and the totals do not move", async () => {
    const id = await pick(0, 2, BOB);
    expect(answerTexts(w, id).join("\n")).toContain(en.t("poll.alreadyAnswered", { question: pacing() }));
    const poll = w.store.tables().polls[0]!;
    const [first] = await w.store.polls.tally(poll.workspaceId, poll.id);
    expect(first?.counts).toEqual([0, 0, 0, 1, 0]);
  });

  it("GIVEN two answers WHEN a moderator closes THEN the results show no figures for that question", async () => {
    await pick(0, 5, ADA);
    // The poll's controls message, as stored (a message Discord gives carries its channel).
    const controls = [...w.fake.world.messages.values()].find((m) =>
      components(m).some((c) => c.custom_id?.includes("poll.close|")),
    )!;
    const close = components(controls).find((c) => c.custom_id.includes("poll.close|"))!;
    const click = () => w.fake.sendButton({ customId: close.custom_id, message: controls, userId: ADA });
    const { answerId } = await clickConfirming(w, click, { userId: ADA, locale: "en-US" });
    const results = answerTexts(w, answerId).join("\n");
    expect(results).toContain(en.t("poll.results.anonymousVoters", { count: 2 }));
    expect(results).toContain(en.t("poll.results.withheld", { count: 3 }));
    expect(results).not.toContain("average");
  });
});

describe("an anonymous poll on Discord opened with the min option", () => {
  it("GIVEN /afterchat poll anonymous:true min:5 THEN the poll says results show from 5 answers, and keeps 5", async () => {
    const other = await discordWorld();
    try {
      await other.seedSeries();
      const sent = other.fake.sendChatInput({
        subcommand: "poll",
        userId: ADA,
        options: { anonymous: true, min: 5 },
      });
      await other.dispatcher.handled(String(sent.id));
      const posted = other.fake.world.interactions.get(String(sent.id))!.original!;
      expect(JSON.stringify(posted)).toContain(en.t("poll.threshold", { count: 5 }));
      expect(other.store.tables().polls[0]?.minAnswers).toBe(5);
    } finally {
      await other.close();
    }
  });
});
