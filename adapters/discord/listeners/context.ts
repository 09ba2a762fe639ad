/** What every listener needs: the core's services and dispatcher, a logger, a file downloader. */
import type { Dispatcher } from "../../../src/app/dispatcher.js";
import type { Actor } from "../../../src/app/interaction.js";
import { replyError } from "../../../src/app/reply-error.js";
import type { Services } from "../../../src/app/services.js";
import { pickLocale, translator } from "../../../src/i18n/index.js";
import type { Logger } from "../../../src/log.js";
import { sentence } from "../../../src/render/message.js";
import type { Download } from "../commands/options.js";
import type { RenderOptions } from "../render/index.js";
import { type AnswerableInteraction, createResponder } from "../responder.js";

export interface ListenerContext {
  services: Services;
  dispatcher: Dispatcher;
  log: Logger;
  download: Download;
}

/** Render options for answers: in a DM, name the guild so a click on the answer finds it again. */
export function renderOptionsFor(interaction: AnswerableInteraction, actor: Actor): RenderOptions {
  return interaction.inGuild()
    ? {}
    : { dmGuild: { id: actor.workspace.externalId, name: actor.workspace.name } };
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
 * Runs one interaction's work. The dispatcher never throws, but building the actor or a reply
 * can (the database, Discord): the user then hears about it like any unexpected failure.
 */
export async function guard(
  interaction: AnswerableInteraction,
  ctx: ListenerContext,
  work: (setActor: (actor: Actor) => void) => Promise<unknown>,
): Promise<void> {
  let actor: Actor | null = null;
  try {
    await work((a) => {
      actor = a;
    });
  } catch (error) {
    const where = { interaction: interaction.id, type: interaction.type, guild: interaction.guildId };
    if (!actor) {
      ctx.log.error({ ...where, err: error }, "discord interaction failed before dispatch");
      return;
    }
    const responder = createResponder(interaction, ctx.log, renderOptionsFor(interaction, actor));
    await replyError(ctx.log, actor, responder, error, { kind: "command", name: "discord" });
  }
}
