/**
 * Discord interactions past the line (adapters/discord/listeners/context.ts accept): told at once,
 * privately and in their language, to try again in a moment; so is work that waited so long in
 * line that it could no longer answer within Discord's 3 s.
 */
import { MessageFlags } from "discord.js";
import { describe, expect, it } from "vitest";
import {
  accept,
  type ListenerContext,
  MAX_LINE_WAIT_MS,
} from "../../../adapters/discord/listeners/context.js";
import type { AnswerableInteraction } from "../../../adapters/discord/responder.js";
import type { Dispatcher } from "../../../src/edge.js";
import { translator } from "../../../src/i18n/index.js";
import { silentLogger } from "../../../src/log.js";
import { WorkQueue } from "../../../src/work-queue.js";

interface Sent {
  content?: string;
  flags?: number;
}

/** The few fields of an interaction the busy answer uses, recording what is sent. */
function interaction(locale: string) {
  const sent: Sent[] = [];
  const fake = {
    id: `i-${Math.random()}`,
    locale,
    guildLocale: "en-US",
    replied: false,
    deferred: false,
    inGuild: () => true,
    isMessageComponent: () => false,
    isModalSubmit: () => false,
    async reply(options: Sent) {
      sent.push(options);
      fake.replied = true;
    },
  };
  return { it: fake as unknown as AnswerableInteraction, sent };
}

function context(limits: { concurrency: number; queueSize: number }): ListenerContext {
  return {
    dispatcher: {} as Dispatcher,
    log: silentLogger(),
    download: async () => {
      throw new Error("no download in this test");
    },
    work: new WorkQueue(limits),
  };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe("Discord interactions when afterchat is busy", () => {
  it("GIVEN the one handler busy and no line WHEN a French speaker's command comes THEN it is told busy in French, privately", async () => {
    const ctx = context({ concurrency: 1, queueSize: 0 });
    let release!: () => void;
    const first = interaction("en-US");
    accept(first.it, ctx, () => new Promise<void>((r) => (release = r)));
    const second = interaction("fr");
    let ran = false;
    accept(second.it, ctx, async () => {
      ran = true;
    });
    await settle();
    expect(ran).toBe(false);
    expect(second.sent).toHaveLength(1);
    expect(JSON.stringify(second.sent[0])).toContain(translator("fr").t("errors.busy"));
    expect(second.sent[0]?.flags).toBe(MessageFlags.Ephemeral);
    expect(first.sent).toEqual([]);
    release();
  });

  it("GIVEN work that waited in line past the limit WHEN its turn comes THEN it is told busy instead of starting", async () => {
    const ctx = context({ concurrency: 1, queueSize: 5 });
    let now = 0;
    let release!: () => void;
    accept(
      interaction("en-US").it,
      ctx,
      () => new Promise<void>((r) => (release = r)),
      () => now,
    );
    const late = interaction("en-US");
    let ran = false;
    accept(
      late.it,
      ctx,
      async () => {
        ran = true;
      },
      () => now,
    );
    await settle();
    now = MAX_LINE_WAIT_MS + 1;
    release();
    await settle();
    expect(ran).toBe(false);
    expect(JSON.stringify(late.sent[0])).toContain(translator("en").t("errors.busy"));
  });

  it("GIVEN room in line WHEN an interaction comes THEN its work runs and nothing is said about being busy", async () => {
    const ctx = context({ concurrency: 1, queueSize: 5 });
    const one = interaction("en-US");
    let ran = false;
    accept(one.it, ctx, async () => {
      ran = true;
    });
    await settle();
    expect(ran).toBe(true);
    expect(one.sent).toEqual([]);
  });
});
