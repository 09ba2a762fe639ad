import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Json } from "../../support/fake-discord-data.js";
import { buttonInteraction } from "../../support/fake-discord-interactions.js";
import { ADA, BOB, type DiscordWorld, discordWorld, EVE, firstAnswer } from "./support/discord-world.js";

// A team feedback poll on Discord: five questions as selects (Discord allows 5 rows per message),
// votes from members with the team role, an outsider refused, and a gateway reconnect mid-poll.
let w: DiscordWorld;
let pollMessage: Json;

type Select = {
  type: number;
  custom_id: string;
  placeholder: string;
  options: Array<{ value: string; label: string }>;
};

function selects(message: Json): Select[] {
  return ((message.components as Array<{ components: Select[] }>) ?? [])
    .flatMap((r) => r.components)
    .filter((c) => c.type === 3);
}

/** A pick in a string select on the poll message, as Discord sends it (component_type 3, values). */
function pick(customId: string, value: string, userId: string): Json {
  const interaction = buttonInteraction(w.fake.world, { customId, message: pollMessage, userId });
  interaction.data = { custom_id: customId, component_type: 3, values: [value] };
  return w.fake.sendInteraction(interaction);
}

async function tally() {
  const row = w.store.tables().polls[0]!;
  const poll = (await w.store.polls.get(row.workspaceId, row.id))!;
  const tallies = await w.store.polls.tally(poll.workspaceId, poll.id);
  const order = poll.questions.map((q) => q.id);
  return order.map((id) => tallies.find((t) => t.questionId === id)?.votes ?? 0);
}

beforeAll(async () => {
  w = await discordWorld();
  await w.seedSeries();
  const sent = w.fake.sendChatInput({ subcommand: "poll", userId: ADA });
  await w.dispatcher.handled(String(sent.id));
  pollMessage = w.fake.world.interactions.get(String(sent.id))!.original!;
});

afterAll(async () => {
  await w?.close();
});

describe("the poll on Discord", () => {
  it("GIVEN a moderator opens the poll THEN each question is a select labelled with it, and the controls follow in a second message", async () => {
    const questions = selects(pollMessage);
    expect(questions).toHaveLength(5);
    expect(questions.every((q) => q.options.map((o) => o.label).join(",") === "1,2,3,4,5")).toBe(true);
    expect(questions[0]?.placeholder).toMatch(/\S/u);
    const followUps = w.fake
      .calls("POST", "/webhooks/:app/:token")
      .map(
        (c) => c.body as { components?: Array<{ components: Array<{ label?: string }> }>; flags?: number },
      );
    const controls = followUps.find((b) => (b.components ?? []).length > 0);
    expect(controls?.components?.[0]?.components.length).toBe(3);
    expect(controls?.flags ?? 0).toBe(0);
  });

  it("GIVEN a member with the team role picks 4 for the first question THEN the vote is stored and the poll message updated", async () => {
    const [q1] = selects(pollMessage);
    const sent = pick(q1!.custom_id, q1!.options[3]!.value, BOB);
    const call = await w.dispatcher.handled(String(sent.id));

    expect(call.kind === "action" && call.event).toMatchObject({
      action: "poll.vote",
      value: q1!.options[3]!.value,
    });
    expect(await tally()).toEqual([1, 0, 0, 0, 0]);
    expect((await firstAnswer(w, String(sent.id))).type).toBe(7);
  });

  it("GIVEN someone without the team role picks a value THEN they are told only the team votes, and nothing is stored", async () => {
    const [q1] = selects(pollMessage);
    const sent = pick(q1!.custom_id, q1!.options[0]!.value, EVE);
    await w.dispatcher.handled(String(sent.id));

    const answer = await firstAnswer(w, String(sent.id));
    expect(answer.data).toMatchObject({
      flags: 64,
      content: expect.stringContaining("Only the team of #cafechat"),
    });
    expect(await tally()).toEqual([1, 0, 0, 0, 0]);
  });

  it("GIVEN the gateway drops between votes THEN the votes sent meanwhile arrive on RESUME and none is lost", async () => {
    const [q1, q2, q3] = selects(pollMessage);
    const resumes = w.fake.gateway.received.filter((f) => f.op === 6).length;

    const before = pick(q2!.custom_id, q2!.options[4]!.value, BOB);
    await w.dispatcher.handled(String(before.id));
    w.fake.dropConnection(1006);
    const during = [
      pick(q1!.custom_id, q1!.options[1]!.value, ADA),
      pick(q3!.custom_id, q3!.options[2]!.value, BOB),
    ];
    await w.fake.waitForResume(resumes + 1);
    for (const sent of during) await w.dispatcher.handled(String(sent.id));
    const after = pick(q3!.custom_id, q3!.options[0]!.value, ADA);
    await w.dispatcher.handled(String(after.id));

    expect(await tally()).toEqual([2, 1, 2, 0, 0]);
    expect(w.fake.gateway.received.filter((f) => f.op === 2)).toHaveLength(1);
    for (const sent of [...during, after]) expect((await firstAnswer(w, String(sent.id))).type).toBe(7);
  });
});
