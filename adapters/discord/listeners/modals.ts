/** Modal submits -> dispatcher.form, with the form id and state the modal's custom_id carried. */
import { type Client, ComponentType, Events, type ModalSubmitInteraction } from "discord.js";
import type { FormSubmission } from "../../../src/edge.js";
import { pickLocale, translator } from "../../../src/i18n/index.js";
import { sentence } from "../../../src/render/message.js";
import { callerOf } from "../caller.js";
import { decodeFormId } from "../custom-id.js";
import { createResponder } from "../responder.js";
import { accept, guard, type ListenerContext, renderOptionsFor, replyGuildOnly } from "./context.js";

export function register(client: Client, ctx: ListenerContext): void {
  client.on(Events.InteractionCreate, (interaction) => {
    if (interaction.isModalSubmit()) accept(interaction, ctx, () => onSubmit(interaction, ctx));
  });
}

async function onSubmit(interaction: ModalSubmitInteraction, ctx: ListenerContext): Promise<void> {
  await guard(interaction, ctx, async () => {
    const caller = await callerOf(interaction);
    if (!caller) return replyGuildOnly(interaction, ctx);
    const responder = createResponder(interaction, ctx.log, renderOptionsFor(interaction, caller));
    const submission = submissionOf(interaction);
    if (!submission) {
      const text = translator(pickLocale(...caller.locales)).t("commands.actionNotAvailable");
      return responder.reply(sentence(text), { ephemeral: true });
    }
    await ctx.dispatcher.form(caller, submission, responder);
  });
}

/** Text inputs and string selects (the one value picked, or "") by custom_id, inside Labels or, from older clients, action rows. */
export function submissionOf(interaction: ModalSubmitInteraction): FormSubmission | null {
  const decoded = decodeFormId(interaction.customId);
  if (!decoded) return null;
  const values: Record<string, string> = {};
  for (const [id, field] of interaction.fields.fields)
    if ("value" in field && typeof field.value === "string") values[id] = field.value;
    else if (field.type === ComponentType.StringSelect) values[id] = field.values[0] ?? "";
  return { formId: decoded.formId, state: decoded.state, values };
}
