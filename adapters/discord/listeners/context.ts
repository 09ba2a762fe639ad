/** What every listener needs: the dispatcher, a logger, a file downloader. */
import { errorReference } from "../../../src/app/reply-error.js";
import type { Caller, Dispatcher } from "../../../src/edge.js";
import { pickLocale, translator } from "../../../src/i18n/index.js";
import type { Logger } from "../../../src/log.js";
import { sentence } from "../../../src/render/message.js";
import type { Download } from "../commands/options.js";
import type { RenderOptions } from "../render/index.js";
import { type AnswerableInteraction, createResponder } from "../responder.js";

export interface ListenerContext {
  dispatcher: Dispatcher;
  log: Logger;
  download: Download;
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
