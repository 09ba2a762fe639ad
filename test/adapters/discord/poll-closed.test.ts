/**
 * Closed is closed on Discord: a poll spans two messages (its questions' selects, then its
 * Comment / Close / Results buttons). Once closed, by the Close button or at its deadline, no
 * message keeps live controls. English and French series.
 */
import { afterEach, describe, expect, it } from "vitest";
import { closeDuePolls } from "../../../src/app/polls/index.js";
import { translator } from "../../../src/i18n/index.js";
import type { Json } from "../../support/fake-discord-data.js";
import { ADA, CHAT, clickConfirming, type DiscordWorld, discordWorld } from "./support/discord-world.js";

const DAYS_3 = 72 * 3_600_000;
let w: DiscordWorld | undefined;

afterEach(async () => {
  await w?.close();
  w = undefined;
});

async function openPoll(locale: "en" | "fr") {
  w = await discordWorld();
  await w.seedSeries({ locale });
  const sent = w.fake.sendChatInput({ subcommand: "poll", userId: ADA, locale });
  await w.dispatcher.handled(String(sent.id));
  const ids = w.store.tables().polls[0]!.messageRef!.split(",");
  expect(ids).toHaveLength(2);
  return { world: w, ids };
}

/** What is left live of a message: its components, or nothing when it was deleted. */
function liveControls(world: DiscordWorld, id: string): Json[] {
  const deleted = world.fake.calls("DELETE", "/channels/:cid/messages/:mid").some((c) => c.params.mid === id);
  if (deleted) return [];
  return ((world.fake.world.messages.get(id)?.components as Json[] | undefined) ?? []).flat();
}

describe.each(["en", "fr"] as const)("a closed poll on Discord (%s)", (locale) => {
  const { t } = translator(locale);

  it("GIVEN a poll in two messages WHEN a moderator clicks Close the poll THEN neither message keeps vote menus or buttons", async () => {
    const { world, ids } = await openPoll(locale);
    const controls = world.fake.world.messages.get(ids[1]!)!;
    const close = (controls.components as Array<{ components: Array<{ custom_id: string }> }>)
      .flatMap((r) => r.components)
      .find((c) => c.custom_id.includes("poll.close|"))!;
    const click = () =>
      world.fake.sendButton({ customId: close.custom_id, message: controls, userId: ADA, locale });
    const { answerId } = await clickConfirming(world, click, { userId: ADA, locale });

    expect(world.store.tables().polls[0]!.closedAt).not.toBeNull();
    // The click is answered without a new "thinking…" message (type 5): a deferred update at most.
    const answers = world.fake
      .calls("POST", "/interactions/:id/:token/callback")
      .filter((c) => c.params.id === answerId)
      .map((c) => (c.body as { type: number }).type);
    expect(answers.length).toBeGreaterThan(0);
    expect(answers).not.toContain(5);
    for (const id of ids) expect(liveControls(world, id)).toEqual([]);
    const questions = world.fake.world.messages.get(ids[0]!)!;
    expect(JSON.stringify(questions.embeds)).toContain(t("poll.closedBanner"));
    // No message left behind says anything but the closed poll.
    const edits = world.fake
      .calls("PATCH", "/channels/:cid/messages/:mid")
      .filter((c) => c.params.cid === CHAT);
    expect(edits.map((c) => c.params.mid)).toContain(ids[0]);
  });

  it("GIVEN a poll in two messages WHEN its deadline closes it THEN the questions become the closed poll and the controls message goes", async () => {
    const { world, ids } = await openPoll(locale);
    world.clock.advance(DAYS_3);
    await closeDuePolls(world.services, world.clock.now());
    for (const id of ids) expect(liveControls(world, id)).toEqual([]);
    expect(JSON.stringify(world.fake.world.messages.get(ids[0]!)!.embeds)).toContain(t("poll.closedBanner"));
  });
});
