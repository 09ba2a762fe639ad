/**
 * "Are you sure?" on Discord, which has no confirm dialog: a click on a component marked for
 * confirmation (custom_id "?…", see custom-id.ts) is answered privately with the question and
 * [Confirm] [Cancel]; only Confirm runs the action, which then redraws the message first clicked
 * (through the first click's interaction, valid 15 minutes). The pending clicks live in this
 * process's memory for 14 minutes: the same process receives the Confirm (one gateway session per
 * guild); after a restart the person is told to click again.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-interaction-callback-type
 */
import {
  type ButtonInteraction,
  ButtonStyle,
  type ChannelSelectMenuInteraction,
  ComponentType,
  escapeMarkdown,
  MessageFlags,
  type StringSelectMenuInteraction,
  type UserSelectMenuInteraction,
} from "discord.js";
import type { ActionEvent } from "../../src/edge.js";
import { type Locale, translator } from "../../src/i18n/index.js";
import { confirmFor, needsConfirm } from "../../src/render/confirm.js";
import type { Origin } from "./responder.js";

type Click =
  | ButtonInteraction
  | StringSelectMenuInteraction
  | UserSelectMenuInteraction
  | ChannelSelectMenuInteraction;

const TTL_MS = 14 * 60_000;
const MAX_PENDING = 1_000;
const YES = "confirm.yes|";
const NO = "confirm.no|";

interface Pending {
  event: ActionEvent;
  what: string;
  userId: string;
  origin: Origin;
  until: number;
}

const pending = new Map<string, Pending>();

/** A click on the Confirm or Cancel of a question asked here. */
export function isConfirmAnswer(customId: string): boolean {
  return customId.startsWith(YES) || customId.startsWith(NO);
}

/** Asks the clicker, privately, before running `event`. */
export async function askFirst(
  interaction: Click,
  event: ActionEvent,
  locale: Locale,
  now: () => number = Date.now,
): Promise<void> {
  if (!needsConfirm(event.action)) throw new Error(`${event.action} asks no confirmation`);
  const { t } = translator(locale);
  const ask = confirmFor(t, event.action);
  const what = pickedLabel(interaction);
  pending.delete(interaction.id);
  pending.set(interaction.id, {
    event,
    what,
    userId: interaction.user.id,
    origin: { interaction, message: interaction.message, customId: interaction.customId },
    until: now() + TTL_MS,
  });
  while (pending.size > MAX_PENDING) pending.delete(pending.keys().next().value as string);
  const button = (customId: string, label: string, style: ButtonStyle) => ({
    type: ComponentType.Button as const,
    custom_id: customId,
    label: label.slice(0, 80),
    style,
  });
  await interaction.reply({
    content: [
      `**${ask.title}**`,
      ask.text,
      t("common.confirm.picked", { what: `**${escapeMarkdown(what)}**` }),
    ].join("\n"),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          button(`${YES}${interaction.id}`, ask.yes, ButtonStyle.Danger),
          button(`${NO}${interaction.id}`, ask.no, ButtonStyle.Secondary),
        ],
      },
    ],
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  });
}

/**
 * Settles a Confirm or Cancel click: the question is replaced by what happened; on Confirm the
 * first click's event and origin are returned for the caller to dispatch.
 */
export async function settle(
  interaction: ButtonInteraction,
  locale: Locale,
  now: () => number = Date.now,
): Promise<{ event: ActionEvent; origin: Origin } | null> {
  const { t } = translator(locale);
  const yes = interaction.customId.startsWith(YES);
  const key = interaction.customId.slice((yes ? YES : NO).length);
  const found = pending.get(key);
  pending.delete(key);
  const answer = (content: string) =>
    interaction.update({ content, components: [], embeds: [], allowedMentions: { parse: [] } });
  if (!found || found.until <= now() || found.userId !== interaction.user.id) {
    await answer(t("common.confirm.expired"));
    return null;
  }
  if (!yes) {
    await answer(t("common.confirm.cancelled"));
    return null;
  }
  await answer(t("common.confirm.done", { what: `**${escapeMarkdown(found.what)}**` }));
  return { event: found.event, origin: found.origin };
}

/** What the person clicked, as they saw it: the button's label, or the picked option's. */
function pickedLabel(interaction: Click): string {
  if (interaction.isButton()) {
    const { component } = interaction;
    return ("label" in component ? component.label : null) ?? interaction.customId;
  }
  if (interaction.isStringSelectMenu()) {
    const picked = interaction.values[0];
    const option = interaction.component.options.find((o) => o.value === picked);
    const placeholder = interaction.component.placeholder?.replace(/…$/u, "");
    return [placeholder, option?.label].filter(Boolean).join(" → ");
  }
  return interaction.customId;
}
