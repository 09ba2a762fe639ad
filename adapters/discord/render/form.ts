/**
 * A neutral form as a Discord modal: a title of at most 45 characters and at most 5 text inputs or
 * string selects (at most 25 options, groups flattened), each inside a Label (label ≤ 45
 * characters, the full wording as its description ≤ 100 when cut).
 * Fields beyond five are left out and counted, so the caller can log it.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-response-object-modal
 * @see https://discord.com/developers/docs/components/reference#label
 * @see https://discord.com/developers/docs/components/reference#string-select
 */
import {
  type APIComponentInLabel,
  type APILabelComponent,
  type APIModalInteractionResponseCallbackData,
  ComponentType,
  TextInputStyle,
} from "discord.js";
import { type Form, type FormField, formOptions } from "../../../src/render/message.js";
import { formCustomId } from "../custom-id.js";
import { plainText } from "./text.js";

const TITLE_MAX = 45;
const LABEL_MAX = 45;
const DESCRIPTION_MAX = 100;
const PLACEHOLDER_MAX = 100;
const VALUE_MAX = 4000;
const OPTIONS_MAX = 25;
const OPTION_MAX = 100;
export const MODAL_FIELDS_MAX = 5;

export interface RenderedForm {
  modal: APIModalInteractionResponseCallbackData;
  /** Fields past the fifth, left out. */
  dropped: number;
}

/** Null when the form's id and state cannot fit a custom_id (a bug in the caller). */
export function renderForm(form: Form): RenderedForm | null {
  const customId = formCustomId(form.id, form.state);
  if (!customId) return null;
  return {
    modal: {
      custom_id: customId,
      title: plainText(form.title, TITLE_MAX),
      components: form.fields.slice(0, MODAL_FIELDS_MAX).map(label),
    },
    dropped: Math.max(0, form.fields.length - MODAL_FIELDS_MAX),
  };
}

function label(field: FormField): APILabelComponent {
  const short = plainText(field.label, LABEL_MAX);
  const full = plainText(field.label, DESCRIPTION_MAX);
  return {
    type: ComponentType.Label,
    label: short,
    ...(full !== short ? { description: full } : {}),
    component: field.kind === "select" ? select(field) : textInput(field),
  };
}

/** One pick; the initial option is the default. */
function select(field: FormField): APIComponentInLabel {
  return {
    type: ComponentType.StringSelect,
    custom_id: field.id,
    required: !field.optional,
    min_values: field.optional ? 0 : 1,
    max_values: 1,
    ...(field.placeholder ? { placeholder: plainText(field.placeholder, PLACEHOLDER_MAX) } : {}),
    options: formOptions(field)
      .slice(0, OPTIONS_MAX)
      .map((o) => ({
        label: plainText(o.label, OPTION_MAX),
        value: o.value,
        ...(o.value === field.initial ? { default: true } : {}),
      })),
  };
}

function textInput(field: FormField): APIComponentInLabel {
  const initial = field.initial?.slice(0, VALUE_MAX);
  const maxLength = Math.min(field.maxLength ?? VALUE_MAX, VALUE_MAX);
  return {
    type: ComponentType.TextInput,
    custom_id: field.id,
    style: field.kind === "multiline" ? TextInputStyle.Paragraph : TextInputStyle.Short,
    required: !field.optional,
    max_length: maxLength,
    ...(initial ? { value: initial } : {}),
    ...(field.placeholder ? { placeholder: plainText(field.placeholder, PLACEHOLDER_MAX) } : {}),
  };
}
