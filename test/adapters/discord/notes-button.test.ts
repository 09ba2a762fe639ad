import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Job } from "../../../src/domain/job.js";
import type { Series } from "../../../src/domain/series.js";
import { endEdition } from "../../../src/jobs/handlers/end.js";
import type { LifecycleSteps } from "../../../src/jobs/steps.js";
import type { Json } from "../../support/fake-discord-data.js";
import {
  answerTexts,
  BOB,
  CHAT,
  type DiscordWorld,
  discordWorld,
  EVE,
  firstAnswer,
} from "./support/discord-world.js";

// The end-of-chat message the scheduler posts on Discord carries a Write notes button (note.new):
// the real endEdition step posts through the real DiscordPlatform, then members click it.
let w: DiscordWorld;
let series: Series;
let endMessage: Json;
let customId: string;

beforeAll(async () => {
  w = await discordWorld({ now: new Date("2026-12-01T19:00:00Z") });
  series = await w.seedSeries();
  const edition = await w.store.editions.create({
    workspaceId: series.workspaceId,
    seriesId: series.id,
    number: 1,
    startsAt: new Date("2026-12-01T18:00:00Z"),
    endsAt: new Date("2026-12-01T19:00:00Z"),
    status: "live",
  });
  const job: Job = {
    id: "job-end",
    key: `edition:${edition.id}:end`,
    kind: "edition.end",
    workspaceId: series.workspaceId,
    payload: { editionId: edition.id, seriesId: series.id },
    runAt: edition.endsAt,
    status: "running",
    attempts: 1,
    lastError: null,
    leaseOwner: "test",
    leaseUntil: null,
    finishedAt: null,
  };
  // Only the after-party step is reachable from endEdition; it is left out here. (Not defaultSteps:
  // it loads vega-lite, and vega-lite loaded before discord.js breaks discord.js's import.)
  const steps = { openAfterParty: async () => undefined } as unknown as LifecycleSteps;
  await endEdition(w.services, job, steps);
  endMessage = [...w.fake.world.messages.values()].find((m) => m.channel_id === CHAT)!;
  const components = (endMessage.components ?? []) as Array<{ components: Array<{ custom_id?: string }> }>;
  customId = components.flatMap((r) => r.components).find((c) => c.custom_id?.startsWith("note.new|"))
    ?.custom_id as string;
});

afterAll(async () => {
  await w?.close();
});

describe("the Write notes button on Discord", () => {
  it("GIVEN the chat ended THEN the debrief channel's message has the button, and still says how to type a note", () => {
    expect(customId).toBe(`note.new|${series.id}`);
    expect(JSON.stringify(endMessage)).toContain("/afterchat note");
  });

  it("GIVEN a member with the team role WHEN they click it THEN the notes modal opens, and its submission files the notes", async () => {
    const click = w.fake.sendButton({ customId, userId: BOB, channelId: CHAT, message: endMessage });
    const modal = await firstAnswer(w, String(click.id));
    expect(modal.type).toBe(9);
    const data = modal.data as { custom_id: string; components: Array<{ component: { custom_id: string } }> };
    const inputs = data.components.map((c) => c.component.custom_id);
    expect(inputs).toEqual(["good", "bad", "best", "insight"]);

    const submit = w.fake.sendModalSubmit({
      customId: data.custom_id,
      fields: { good: "Q2 landed", bad: "", best: "", insight: "" },
      userId: BOB,
      channelId: CHAT,
    });
    await w.dispatcher.handled(String(submit.id));
    expect(w.store.tables().notes.map((n) => [n.kind, n.text])).toEqual([["good", "Q2 landed"]]);
  });

  it("GIVEN someone without the team role WHEN they click it THEN they are refused privately and no modal opens", async () => {
    const click = w.fake.sendButton({ customId, userId: EVE, channelId: CHAT, message: endMessage });
    await w.dispatcher.handled(String(click.id));
    const answer = await firstAnswer(w, String(click.id));
    expect(answer.type).toBe(4);
    expect(answer.data.flags).toBe(64);
    expect(answerTexts(w, String(click.id)).join("\n")).toContain("Only the team of #cafechat can do this");
  });
});
