/**
 * Sorts a neutral message's blocks into what Discord shows them with: an embed title (the first
 * header), description paragraphs (sections, later headers in bold, context lines as subtext),
 * fields, images, and rows of components. Pure; text is still neutral Markdown here.
 */
import type {
  Block,
  Button,
  ChannelSelect,
  Element,
  Message,
  OptionSelect,
  UserSelect,
} from "../../../src/render/message.js";
import { plainText } from "./text.js";

export interface ButtonRow {
  kind: "buttons";
  buttons: Button[];
  /** The section right before the buttons (a poll question), to label a select standing for them. */
  question: string | null;
}
/** A user or channel select: its value travels in the custom_id, the pick in the interaction. */
export interface UserRow {
  kind: "user";
  select: UserSelect | ChannelSelect;
}
export interface SelectRow {
  kind: "select";
  select: OptionSelect;
}
export type RowSpec = ButtonRow | UserRow | SelectRow;

export interface Layout {
  title: string | null;
  paragraphs: string[];
  /** How many paragraphs come before the first fields (a report's key figures), which show right after them. */
  lead: number;
  fields: Array<{ label: string; value: string }>;
  images: Array<{ file: string; alt: string }>;
  rows: RowSpec[];
  /** The message's own words for "this was cut, the rest is there". */
  cutNotice: string | null;
}

const BUTTONS_PER_ROW = 5;
const FENCE = "```";
/** Room left in a button label for the section a "row of accessories" button belongs to. */
const ACCESSORY_HINT = 40;

export function layout(message: Message): Layout {
  const out: Layout = {
    title: null,
    paragraphs: [],
    lead: 0,
    fields: [],
    images: [],
    rows: [],
    cutNotice: message.cutNotice ?? null,
  };
  let sawFields = false;
  const accessories = message.blocks.filter((b) => b.type === "section" && b.accessory).length;
  const accessoryButtons: Button[] = [];
  let previous: Block | null = null;
  for (const block of message.blocks) {
    switch (block.type) {
      case "header":
        if (out.title === null && out.paragraphs.length === 0) out.title = block.text;
        else out.paragraphs.push(`**${block.text}**`);
        break;
      case "section":
        out.paragraphs.push(block.text);
        if (block.accessory) {
          // Several "Assign" buttons in a row would all look alike: say which section each is for.
          const label =
            accessories > 1
              ? `${block.accessory.label}: ${plainText(block.text, ACCESSORY_HINT)}`
              : block.accessory.label;
          accessoryButtons.push({ ...block.accessory, label });
        }
        break;
      case "context":
        out.paragraphs.push(
          block.text
            .split("\n")
            .map((line) => (line.trim() ? `-# ${line}` : line))
            .join("\n"),
        );
        break;
      case "divider":
        out.paragraphs.push("");
        break;
      case "fields":
        if (!sawFields) out.lead = out.paragraphs.length;
        sawFields = true;
        out.fields.push(...block.fields);
        break;
      case "image":
        out.images.push({ file: block.file, alt: block.alt });
        break;
      case "copy":
        // A code block: shown and copied as is (no Markdown, no mentions inside).
        out.paragraphs.push([FENCE, block.text.replaceAll(FENCE, "`\u200B``"), FENCE].join("\n"));
        break;
      case "actions":
        out.rows.push(...actionRows(block.elements, previous?.type === "section" ? previous.text : null));
        break;
    }
    previous = block;
  }
  out.rows.push(...buttonRows(accessoryButtons, null));
  return out;
}

/** Buttons share rows of five; each select takes a row of its own (Discord's rule). */
function actionRows(elements: Element[], question: string | null): RowSpec[] {
  const rows: RowSpec[] = [];
  let pending: Button[] = [];
  const flush = () => {
    rows.push(...buttonRows(pending, question));
    pending = [];
  };
  for (const element of elements) {
    if (!("type" in element)) pending.push(element);
    else {
      flush();
      rows.push(
        element.type === "userSelect" || element.type === "channelSelect"
          ? { kind: "user", select: element }
          : { kind: "select", select: element },
      );
    }
  }
  flush();
  return rows;
}

function buttonRows(buttons: Button[], question: string | null): ButtonRow[] {
  const rows: ButtonRow[] = [];
  for (let i = 0; i < buttons.length; i += BUTTONS_PER_ROW)
    rows.push({ kind: "buttons", buttons: buttons.slice(i, i + BUTTONS_PER_ROW), question });
  return rows;
}
