/**
 * Buttons and selects -> dispatcher.action. The custom_id carries the core's ActionId and value
 * (custom-id.ts); a string select standing for a row of buttons gives the picked option's value;
 * a user select gives the picked person, a channel select the picked channel.
 */
import {
  type ButtonInteraction,
  type ChannelSelectMenuInteraction,
  type Client,
  Events,
  type StringSelectMenuInteraction,
  type UserSelectMenuInteraction,
} from "discord.js";
import type { ActionEvent } from "../../../src/edge.js";
import { pickLocale, translator } from "../../../src/i18n/index.js";
import { needsConfirm } from "../../../src/render/confirm.js";
import { sentence } from "../../../src/render/message.js";
import { callerOf } from "../caller.js";
import { askFirst, isConfirmAnswer, settle } from "../confirm.js";
import { decodeActionId } from "../custom-id.js";
import { channelRef, userRef } from "../refs.js";
import { createResponder } from "../responder.js";
import { accept, guard, type ListenerContext, renderOptionsFor, replyGuildOnly } from "./context.js";

type Click =
  | ButtonInteraction
  | StringSelectMenuInteraction
  | UserSelectMenuInteraction
  | ChannelSelectMenuInteraction;

export function register(client: Client, ctx: ListenerContext): void {
  client.on(Events.InteractionCreate, (interaction) => {
    if (
      interaction.isButton() ||
      interaction.isStringSelectMenu() ||
      interaction.isUserSelectMenu() ||
      interaction.isChannelSelectMenu()
    )
      accept(interaction, ctx, () => onClick(interaction, ctx));
  });
}

async function onClick(interaction: Click, ctx: ListenerContext): Promise<void> {
  await guard(interaction, ctx, async () => {
    const caller = await callerOf(interaction);
    if (!caller) return replyGuildOnly(interaction, ctx);
    const locale = pickLocale(...caller.locales);
    if (interaction.isButton() && isConfirmAnswer(interaction.customId)) {
      const confirmed = await settle(interaction, locale);
      if (!confirmed) return;
      const options = renderOptionsFor(interaction, caller);
      const responder = createResponder(interaction, ctx.log, options, confirmed.origin);
      return ctx.dispatcher.action(caller, confirmed.event, responder);
    }
    const responder = createResponder(interaction, ctx.log, renderOptionsFor(interaction, caller));
    const event = eventOf(interaction, caller.workspace.externalId);
    if (!event) {
      // A component from a message made by another version, or by another app.
      const text = translator(locale).t("commands.actionNotAvailable");
      return responder.reply(sentence(text), { ephemeral: true });
    }
    if (decodeActionId(interaction.customId)?.confirm && needsConfirm(event.action))
      return askFirst(interaction, event, locale);
    await ctx.dispatcher.action(caller, event, responder);
  });
}

export function eventOf(interaction: Click, guildId: string): ActionEvent | null {
  const decoded = decodeActionId(interaction.customId);
  if (!decoded) return null;
  const sourceMessageRef = interaction.message.id;
  const picked = interaction.isButton() ? null : (interaction.values[0] ?? null);
  if (decoded.kind === "choice")
    return picked === null ? null : { action: decoded.action, value: picked, sourceMessageRef };
  if (interaction.isUserSelectMenu()) {
    if (picked === null) return null;
    return {
      action: decoded.action,
      value: decoded.value,
      selectedUser: userRef(guildId, picked),
      sourceMessageRef,
    };
  }
  if (interaction.isChannelSelectMenu()) {
    if (picked === null) return null;
    return {
      action: decoded.action,
      value: decoded.value,
      selectedChannel: channelRef(guildId, picked),
      sourceMessageRef,
    };
  }
  return { action: decoded.action, value: decoded.value, sourceMessageRef };
}
