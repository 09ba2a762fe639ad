/** What every listener needs: the dispatcher, a logger, a file downloader. */
import { errorReference } from "../../../src/app/reply-error.js";
import type { Caller, Dispatcher } from "../../../src/edge.js";
import { pickLocale, translator } from "../../../src/i18n/index.js";
import type { Logger } from "../../../src/log.js";
import { sentence } from "../../../src/render/message.js";
import type { WorkQueue } from "../../../src/work-queue.js";
import type { Download } from "../commands/options.js";
import type { RenderOptions } from "../render/index.js";
import { type AnswerableInteraction, createResponder } from "../responder.js";

export interface ListenerContext {
  dispatcher: Dispatcher;
  log: Logger;
  download: Download;
  /** Bounds the interactions handled at once, and drains them on shutdown. */
  work: WorkQueue;
  /**
   * On PostgreSQL, whether this process still holds the lease of the shard the interaction came
   * through (adapters/discord/shards.ts). A process that stalled past its lease may receive
   * interactions the process that took the shard over also receives: it leaves them to that one.
   */
  holdsShard?: () => boolean;
}

/**
 * Discord wants a first answer within 3 s: work that waited in line longer than this is told
 * "busy" instead of starting too late to answer at all.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
export const MAX_LINE_WAIT_MS = 2000;

/**
 * Hands an interaction's work to the queue. When the queue is full or stopping, or the work
 * waited too long in line, the person is told at once to try again in a moment (errors.busy).
 */
export function accept(
  interaction: AnswerableInteraction,
  ctx: ListenerContext,
  work: () => Promise<void>,
  now: () => number = Date.now,
): void {
  if (ctx.holdsShard && !ctx.holdsShard()) {
    ctx.log.warn({ interaction: interaction.id }, "discord interaction left: shard lease not confirmed");
    return;
  }
  const offered = now();
  const busy = () => {
    ctx.log.warn(
      { interaction: interaction.id, pending: ctx.work.pending, stopping: ctx.work.draining },
      "discord interaction refused: busy",
    );
    const t = translator(pickLocale(interaction.locale, interaction.guildLocale));
    return createResponder(interaction, ctx.log)
      .reply(sentence(t.t("errors.busy")), { ephemeral: true })
      .catch((error: unknown) => ctx.log.warn({ err: error }, "could not say busy"));
  };
  const taken = ctx.work.offer(() => (now() - offered > MAX_LINE_WAIT_MS ? busy() : work()));
  if (!taken) void busy();
}

/** Render options for answers: in a DM, name the guild so a click on the answer finds it again. */
export function renderOptionsFor(interaction: AnswerableInteraction, caller: Caller): RenderOptions {
  return interaction.inGuild()
    ? {}
    : { dmGuild: { id: caller.workspace.externalId, name: caller.workspace.name } };
}

/** Outside a guild afterchat cannot tell whose data it is: say where it works. */
export async function replyGuildOnly(
  interaction: AnswerableInteraction,
  ctx: ListenerContext,
): Promise<void> {
  const t = translator(pickLocale(interaction.locale));
  await createResponder(interaction, ctx.log).reply(sentence(t.t("discord.problem.guildOnly")), {
    ephemeral: true,
  });
}

/**
 * Runs one interaction's work. The dispatcher never throws, but reading the caller or answering
 * can (Discord): the user then hears about it like any unexpected failure, with a reference.
 */
export async function guard(
  interaction: AnswerableInteraction,
  ctx: ListenerContext,
  work: () => Promise<unknown>,
): Promise<void> {
  try {
    await work();
  } catch (error) {
    const ref = errorReference();
    ctx.log.error(
      { interaction: interaction.id, type: interaction.type, guild: interaction.guildId, ref, err: error },
      "discord interaction failed before dispatch",
    );
    const t = translator(pickLocale(interaction.locale));
    await createResponder(interaction, ctx.log)
      .reply(sentence(t.t("errors.internal", { ref })), { ephemeral: true })
      .catch(() => undefined);
  }
}
