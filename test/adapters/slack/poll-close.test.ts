/**
 * A poll opened with /afterchat poll, closed by its deadline before anyone voted: the real Bolt
 * responder posts the poll with chat.postMessage (a response_url post says nothing of where it
 * went), the poll keeps that ts, and the scheduler's close turns that very message into a closed one.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { closeDuePolls } from "../../../src/app/polls/index.js";
import { translator } from "../../../src/i18n/index.js";
import type { MemoryStore } from "../../support/memory-store.js";
import { type Bench, startBench } from "./bench.js";
import { findElement, shown } from "./blocks.js";
import { postedPoll } from "./posted-poll.js";
import { REGISTRIES } from "./registries.js";

const T = "T0FAKE0001";
const MODERATOR = "U0MOD00001";
const DAYS_3 = 72 * 3_600_000;

describe("a Slack poll nobody voted in", () => {
  let bench: Bench;
  let store: MemoryStore;

  beforeAll(async () => {
    bench = await startBench({
      mode: "http",
      dispatcher: (services) => createDispatcher(services, REGISTRIES),
    });
    store = bench.store as MemoryStore;
  });
  afterAll(async () => bench?.stop());

  it("GIVEN a moderator opened it WHEN its deadline closes it THEN the poll message they saw loses its buttons", async () => {
    const C = "C0POLLCL01";
    bench.fake.users.set(MODERATOR, { is_admin: true });
    await bench.command("setup #pollchat Poll chat", { user: MODERATOR, channel: C });
    await bench.command("poll", { user: MODERATOR, channel: C });
    const posted = postedPoll(bench.fake, C);
    expect(posted.ts).toMatch(/^\d+\.\d+$/);
    const poll = store.tables().polls.find((p) => p.channelRef === `slack:${T}:${C}`)!;
    expect(poll.messageRef).toBe(`slack:${T}:${C}:${posted.ts}`);

    bench.clock.advance(DAYS_3);
    expect(await closeDuePolls(bench.services, bench.clock.now())).toEqual([poll.id]);

    const update = bench.fake.calls("chat.update").find((c) => c.args.ts === posted.ts);
    expect(update?.args.channel).toBe(C);
    expect(shown(update?.args.blocks)).toContain("This poll is closed.");
    expect(() => findElement(update?.args.blocks, "poll.vote")).toThrow();
    const results = bench.fake.messages().filter((m) => m.channel === C && m.method === "chat.postMessage");
    expect(shown(results.at(-1)?.blocks)).toContain("Results: #pollchat");
  });

  it("GIVEN a French moderator opened it WHEN its deadline closes it THEN the poll message loses its controls and says so in French", async () => {
    const C = "C0POLLCLFR";
    const { t } = translator("fr");
    bench.fake.users.set("U0MODFR001", { is_admin: true, locale: "fr-FR" });
    await bench.command("setup #sondage Sondage", { user: "U0MODFR001", channel: C });
    await bench.command("poll", { user: "U0MODFR001", channel: C });
    const posted = postedPoll(bench.fake, C);
    const poll = store.tables().polls.find((p) => p.channelRef === `slack:${T}:${C}`)!;

    bench.clock.advance(DAYS_3);
    expect(await closeDuePolls(bench.services, bench.clock.now())).toEqual([poll.id]);

    const update = bench.fake.calls("chat.update").find((c) => c.args.ts === posted.ts);
    expect(shown(update?.args.blocks)).toContain(t("poll.closedBanner"));
    for (const control of ["poll.vote", "poll.close", "poll.comment"])
      expect(() => findElement(update?.args.blocks, control)).toThrow();
    const results = bench.fake.messages().filter((m) => m.channel === C && m.method === "chat.postMessage");
    expect(shown(results.at(-1)?.blocks)).toContain(
      t("poll.results.title", { hashtag: "sondage", number: 1 }),
    );
  });

  it("GIVEN a private channel the bot was not invited to WHEN the poll opens THEN it still reaches the channel through the response_url, and the first vote tells where it is", async () => {
    const C = "C0PRIVATE1";
    await bench.command("setup #privchat Private chat", { user: MODERATOR, channel: C });
    bench.fake.failNext("chat.postMessage", { error: "not_in_channel" });
    const opened = await bench.command("poll", { user: MODERATOR, channel: C });
    const inChannel = opened
      .responses()
      .find((r) => (r as { response_type?: string }).response_type === "in_channel") as { blocks: unknown };
    const poll = store.tables().polls.find((p) => p.channelRef === `slack:${T}:${C}`)!;
    expect(poll.messageRef).toBeNull();

    const vote = findElement(inChannel.blocks, "poll.vote", (e) => e.value!.endsWith(":4"));
    await bench.click(vote, { user: MODERATOR, channel: C }, { ts: "1700000000.000321", channel: C });
    expect(store.tables().polls.find((p) => p.id === poll.id)?.messageRef).toBe(
      `slack:${T}:${C}:1700000000.000321`,
    );
  });
});
