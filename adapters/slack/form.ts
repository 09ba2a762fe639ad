/**
 * Neutral Form <-> Slack modal. The modal's private_metadata carries the form id, the form's state
 * and the channel it was opened from (a view_submission has no channel of its own), so the
 * submission reaches the right handler, about the right series.
 * @see https://docs.slack.dev/surfaces/modals (title/submit 24 chars, private_metadata 3,000 chars)
 * @see https://docs.slack.dev/reference/block-kit/block-elements/plain-text-input-element
 * @see https://docs.slack.dev/reference/block-kit/block-elements/select-menu-element#static_select
 * @see https://docs.slack.dev/reference/block-kit/block-elements/time-picker-element
 */
import type { types } from "@slack/bolt";
import { z } from "zod";
import { type Form, type FormField, type FormOption, formOptions } from "../../src/render/message.js";
import { toPlainText } from "./mrkdwn.js";
import { clip, LIMITS } from "./render.js";

/** Every afterchat modal has this callback_id; the form id travels in private_metadata. */
export const FORM_CALLBACK_ID = "afterchat.form";

const metadataSchema = z.object({
  f: z.string().min(1).max(100),
  s: z.string().max(200),
  c: z.string().max(40).nullable(),
});
export type FormMetadata = { formId: string; state: string; channelId: string | null };

export function encodeMetadata(meta: FormMetadata): string {
  return JSON.stringify({ f: meta.formId, s: meta.state, c: meta.channelId });
}

export function decodeMetadata(raw: string): FormMetadata | null {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return null;
  }
  const parsed = metadataSchema.safeParse(json);
  return parsed.success ? { formId: parsed.data.f, state: parsed.data.s, channelId: parsed.data.c } : null;
}

const plain = (text: string, max: number) => ({
  type: "plain_text" as const,
  text: clip(toPlainText(text), max),
  emoji: true,
});

/**
 * A form as a modal view; each field is an input block whose block_id and action_id are the field
 * id. `cancel` labels the close button (Slack's default is English only).
 */
export function renderForm(form: Form, channelId: string | null, cancel?: string): types.ModalView {
  const blocks: types.InputBlock[] = form.fields.slice(0, LIMITS.viewBlocks).map((field) => ({
    type: "input",
    block_id: field.id,
    label: plain(field.label, 2000),
    optional: field.optional ?? false,
    element: field.kind === "select" ? select(field) : field.kind === "time" ? time(field) : textInput(field),
  }));
  return {
    type: "modal",
    callback_id: FORM_CALLBACK_ID,
    title: plain(form.title, 24),
    submit: plain(form.submit, 24),
    ...(cancel ? { close: plain(cancel, 24) } : {}),
    private_metadata: encodeMetadata({ formId: form.id, state: form.state, channelId }),
    blocks,
  };
}

function textInput(field: FormField): types.PlainTextInput {
  const element: types.PlainTextInput = {
    type: "plain_text_input",
    action_id: field.id,
    multiline: field.kind === "multiline",
  };
  if (field.initial) element.initial_value = field.initial;
  if (field.placeholder) element.placeholder = plain(field.placeholder, LIMITS.placeholder);
  if (field.maxLength) element.max_length = Math.min(field.maxLength, 3000);
  return element;
}

/** A static_select; its initial option must be one of its options, text included. */
function select(field: FormField): types.StaticSelect {
  const option = (o: FormOption) => ({ text: plain(o.label, LIMITS.optionText), value: o.value });
  const initial = formOptions(field).find((o) => o.value === field.initial);
  return {
    type: "static_select",
    action_id: field.id,
    ...(field.placeholder ? { placeholder: plain(field.placeholder, LIMITS.placeholder) } : {}),
    ...(field.groups
      ? {
          option_groups: field.groups.map((g) => ({
            label: plain(g.label, LIMITS.optionText),
            options: g.options.slice(0, LIMITS.options).map(option),
          })),
        }
      : { options: (field.options ?? []).slice(0, LIMITS.options).map(option) }),
    ...(initial ? { initial_option: option(initial) } : {}),
  };
}

/** A timepicker: "HH:mm", in the viewer's own zone on Slack's side, read as wall-clock time. */
function time(field: FormField): types.Timepicker {
  return {
    type: "timepicker",
    action_id: field.id,
    ...(field.initial ? { initial_time: field.initial } : {}),
  };
}
