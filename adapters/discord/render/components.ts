/**
 * Rows of components. A message holds at most 5 action rows of at most 5 buttons, or one select
 * each. When a message has more rows than that (a 5-question poll: 5 rows of scale buttons plus
 * its Comment / Close / Results row), each row of buttons that all do the same thing (a scale)
 * becomes one string select labelled with its question, which keeps question and answers
 * together; rows still beyond 5 go on to continuation messages (see pages.ts).
 * @see https://discord.com/developers/docs/components/reference#action-row
 * @see https://discord.com/developers/docs/components/reference#string-select
 */
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  type APISelectMenuOption,
  ButtonStyle,
  ChannelType,
  ComponentType,
} from "discord.js";
import type { Button, OptionSelect } from "../../../src/render/message.js";
import { actionCustomId, choiceCustomId } from "../custom-id.js";
import type { ButtonRow, RowSpec } from "./layout.js";
import { plainText } from "./text.js";

export type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

export const MAX_ROWS = 5;
const LABEL_MAX = 80;
const PLACEHOLDER_MAX = 150;
const OPTION_MAX = 100;
const OPTIONS_MAX = 25;
/** Where an after-party can happen (as the `setup` command's after-party option): text, announcement, forum, voice, stage. */
const AFTER_PARTY_CHANNELS = [
  ChannelType.GuildText,
  ChannelType.GuildAnnouncement,
  ChannelType.GuildForum,
  ChannelType.GuildVoice,
  ChannelType.GuildStageVoice,
];

export interface BuiltRows {
  rows: Row[];
  /** Elements left out because their custom_id would not fit (a value over 80 characters). */
  dropped: number;
}

export function buildRows(specs: RowSpec[]): BuiltRows {
  const asSelects = specs.length > MAX_ROWS;
  const rows: Row[] = [];
  let dropped = 0;
  for (const [index, spec] of specs.entries()) {
    if (spec.kind === "user") {
      const customId = actionCustomId(spec.select.action, spec.select.value);
      if (!customId) {
        dropped += 1;
        continue;
      }
      rows.push({
        type: ComponentType.ActionRow,
        components: [
          {
            ...(spec.select.type === "channelSelect"
              ? { type: ComponentType.ChannelSelect, channel_types: AFTER_PARTY_CHANNELS }
              : { type: ComponentType.UserSelect }),
            custom_id: customId,
            placeholder: plainText(spec.select.placeholder, PLACEHOLDER_MAX),
            min_values: 1,
            max_values: 1,
          },
        ],
      });
      continue;
    }
    if (spec.kind === "select") {
      rows.push(optionSelect(spec.select, index));
      continue;
    }
    if (asSelects && isScale(spec)) {
      rows.push(scaleSelect(spec, index));
      continue;
    }
    const buttons = spec.buttons.flatMap((b) => {
      const built = button(b);
      if (!built) dropped += 1;
      return built ? [built] : [];
    });
    if (buttons.length > 0) rows.push({ type: ComponentType.ActionRow, components: buttons });
  }
  return { rows, dropped };
}

function button(b: Button): APIButtonComponent | null {
  const customId = actionCustomId(b.action, b.value, Boolean(b.confirm));
  if (!customId) return null;
  const style =
    b.style === "primary"
      ? ButtonStyle.Primary
      : b.style === "danger"
        ? ButtonStyle.Danger
        : ButtonStyle.Secondary;
  return { type: ComponentType.Button, style, label: plainText(b.label, LABEL_MAX), custom_id: customId };
}

/** Two or more buttons doing one action with distinct values that fit an option: a scale. */
function isScale(row: ButtonRow): boolean {
  const [first] = row.buttons;
  if (!first || row.buttons.length < 2 || row.buttons.length > OPTIONS_MAX) return false;
  const values = new Set(row.buttons.map((b) => b.value));
  return (
    values.size === row.buttons.length &&
    row.buttons.every((b) => b.action === first.action && b.value.length <= OPTION_MAX)
  );
}

function scaleSelect(row: ButtonRow, index: number): Row {
  const first = row.buttons[0]!;
  const options: APISelectMenuOption[] = row.buttons.map((b) => ({
    label: plainText(b.label, OPTION_MAX),
    value: b.value,
  }));
  const placeholder = row.question ?? row.buttons.map((b) => b.label).join(" · ");
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: choiceCustomId(first.action, index, Boolean(first.confirm)),
        placeholder: plainText(placeholder, PLACEHOLDER_MAX),
        min_values: 1,
        max_values: 1,
        options,
      },
    ],
  };
}

/** A neutral select: the picked option's value is the action's value (custom_id `action#row`). */
function optionSelect(select: OptionSelect, index: number): Row {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: choiceCustomId(select.action, index, Boolean(select.confirm)),
        placeholder: plainText(select.placeholder, PLACEHOLDER_MAX),
        min_values: 1,
        max_values: 1,
        options: select.options.slice(0, OPTIONS_MAX).map((o) => ({
          label: plainText(o.label, OPTION_MAX),
          value: o.value,
        })),
      },
    ],
  };
}

/** The custom_ids a row carries (to find which page of a message a click came from). */
export function customIdsOf(row: Row): string[] {
  return row.components.flatMap((c) => ("custom_id" in c && c.custom_id ? [c.custom_id] : []));
}
