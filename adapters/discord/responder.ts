/**
 * The core's Responder on a Discord interaction. Discord takes exactly one first answer within
 * 3 seconds (a reply, a deferral, a modal, or an update of the clicked message), then follow-ups
 * through the interaction webhook for 15 minutes; this keeps track of which was used.
 *
 * - openForm: showModal (only as the first answer, and never to a modal submit).
 * - defer: with a progress text, a first reply showing it (replaced by the first real reply);
 *   without, deferReply ("afterchat is thinking...") for a command, and for a click a deferred
 *   update (no new message: the clicked one stays, replies come as follow-ups).
 * - reply: the first answer, else fills the deferred or progress reply (same visibility), else a
 *   follow-up. Continuation pages (rows or files past one message's limits) are follow-ups. A
 *   channel reply returns its messages' ids ("id1,id2", what DiscordPlatform.update takes) when
 *   Discord gave them: edits and follow-ups always do, a first reply when asked (`track`:
 *   withResponse, the callback's `resource.message`).
 * - updateSource (component clicks, and modals opened from a message): interaction.update of the
 *   page the click came from; once the interaction is acknowledged, an edit of that message.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#responding-to-an-interaction
 */
import {
  type ButtonInteraction,
  type ChannelSelectMenuInteraction,
  type ChatInputCommandInteraction,
  type Message as DiscordMessage,
  type InteractionEditReplyOptions,
  MessageFlags,
  type ModalSubmitInteraction,
  type StringSelectMenuInteraction,
  type UserSelectMenuInteraction,
} from "discord.js";
import type { Responder } from "../../src/edge.js";
import type { Logger } from "../../src/log.js";
import type { Form, Message } from "../../src/render/message.js";
import {
  createOptions,
  type DiscordPage,
  pageIndexOf,
  type RenderOptions,
  renderForm,
  renderMessage,
} from "./render/index.js";

export type AnswerableInteraction =
  | ChatInputCommandInteraction
  | ButtonInteraction
  | StringSelectMenuInteraction
  | UserSelectMenuInteraction
  | ChannelSelectMenuInteraction
  | ModalSubmitInteraction;

type Placeholder = { ephemeral: boolean; filled: boolean } | null;

/**
 * The click a later interaction acts for (a Confirm after "Are you sure?", confirm.ts): its
 * message is the one to redraw, through its own interaction (an ephemeral message can only be
 * edited by the interaction that made or clicked it).
 */
export interface Origin {
  interaction: Exclude<AnswerableInteraction, ChatInputCommandInteraction | ModalSubmitInteraction>;
  message: DiscordMessage;
  customId: string;
}

export function createResponder(
  interaction: AnswerableInteraction,
  log: Logger,
  options: RenderOptions = {},
  origin?: Origin,
): Responder {
  /** The deferred or progress reply waiting for the first real reply. */
  let placeholder: Placeholder = null;
  const acknowledged = () => interaction.replied || interaction.deferred;
  const render = (message: Message) => {
    const rendered = renderMessage(message, options);
    if (rendered.truncated || rendered.dropped > 0)
      log.warn(
        { interaction: interaction.id, truncated: rendered.truncated, dropped: rendered.dropped },
        "discord message cut to fit",
      );
    return rendered.pages;
  };
  const flags = (ephemeral: boolean) => (ephemeral ? MessageFlags.Ephemeral : undefined);

  const responder: Responder = {
    async openForm(form: Form) {
      if (acknowledged() || interaction.isModalSubmit())
        throw new Error("openForm must be the first answer to a command or a click");
      const rendered = renderForm(form);
      if (!rendered) throw new Error(`form ${form.id} does not fit a Discord custom_id`);
      if (rendered.dropped > 0)
        log.warn({ form: form.id, dropped: rendered.dropped }, "discord modal: fields past five left out");
      await interaction.showModal(rendered.modal);
    },

    async defer(options) {
      if (acknowledged()) return;
      const ephemeral = options?.ephemeral ?? false;
      if (!options?.progress && fromMessage(interaction)) {
        // A click: acknowledge it without a new "thinking…" message (deferred update, type 6).
        // The clicked message can still be redrawn (updateSource), and replies are follow-ups.
        await interaction.deferUpdate();
        return;
      }
      placeholder = { ephemeral, filled: false };
      if (options?.progress)
        await interaction.reply({
          content: options.progress,
          flags: flags(ephemeral),
          allowedMentions: { parse: [] },
        });
      else await interaction.deferReply({ flags: flags(ephemeral) });
    },

    async reply(message, options) {
      const ephemeral = options?.ephemeral ?? false;
      const pages = render(message);
      /** Ids of the messages posted, page by page; null where Discord was not asked. */
      const ids: Array<string | null> = [];
      let rest = pages;
      if (!acknowledged()) {
        if (options?.track && !ephemeral) {
          const response = await interaction.reply({ ...createOptions(pages[0]!), withResponse: true });
          ids.push(response.resource?.message?.id ?? null);
        } else {
          await interaction.reply({ ...createOptions(pages[0]!), flags: flags(ephemeral) });
          ids.push(null);
        }
        rest = pages.slice(1);
      } else if (placeholder && !placeholder.filled) {
        placeholder.filled = true;
        if (placeholder.ephemeral === ephemeral) {
          ids.push((await interaction.editReply(edit(pages[0]!))).id);
          rest = pages.slice(1);
        } else {
          // A reply's visibility is fixed when it is made: answer anew, then remove the placeholder.
          await interaction
            .deleteReply()
            .catch((error: unknown) => log.debug({ err: error }, "placeholder already gone"));
        }
      }
      for (const page of rest)
        ids.push((await interaction.followUp({ ...createOptions(page), flags: flags(ephemeral) })).id);
      // Every page's id, as ChatPlatform.update takes a multi-message reference ("id1,id2").
      if (ephemeral || ids.length === 0 || ids.includes(null)) return undefined;
      return { messageRef: ids.join(",") };
    },
  };

  if (origin) {
    responder.updateSource = async (message) => {
      const pages = render(message);
      await editSource(origin.interaction, origin.message, pages[pageIndexOf(pages, origin.customId)]!);
    };
  } else if (fromMessage(interaction)) {
    const source = interaction.message;
    responder.updateSource = async (message) => {
      const pages = render(message);
      const clicked = interaction.isMessageComponent() ? interaction.customId : null;
      const page = pages[pageIndexOf(pages, clicked)]!;
      if (!acknowledged()) {
        await (interaction as ButtonInteraction).update(edit(page));
        return;
      }
      if (source) await editSource(interaction, source, page);
    };
  }
  return responder;
}

/** A click on a message's component, or a modal opened from one: the message is there to update. */
function fromMessage(
  interaction: AnswerableInteraction,
): interaction is Exclude<AnswerableInteraction, ChatInputCommandInteraction> {
  return interaction.isMessageComponent() || (interaction.isModalSubmit() && interaction.isFromMessage());
}

/** Edits the clicked message after the interaction was answered otherwise. */
async function editSource(interaction: AnswerableInteraction, source: DiscordMessage, page: DiscordPage) {
  // An ephemeral message can only be edited through the interaction webhook; a channel message by the bot.
  if (source.flags.has(MessageFlags.Ephemeral) || source.webhookId)
    await interaction.webhook.editMessage(source.id, edit(page));
  else await source.edit(edit(page));
}

/** An edit states everything: content, embeds, rows, and files (replacing the old attachments). */
export function edit(page: DiscordPage): InteractionEditReplyOptions & { content: string } {
  return {
    content: page.content,
    embeds: page.embeds,
    components: page.components,
    files: page.files,
    attachments: [],
    allowedMentions: page.allowedMentions,
  };
}
