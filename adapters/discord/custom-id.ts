/**
 * What rides in a component's or modal's custom_id (at most 100 characters): the core's ActionId
 * and value for buttons and user selects (`poll.vote|<value>`), the ActionId and a row number
 * for a row of buttons shown as a string select (`poll.vote#2`: no "|", so no button value can
 * be mistaken for it; the value is then the picked option), and the form id and state for modals
 * (`note.new|<state>`). A leading "?" marks an action that asks "Are you sure?" first
 * (`?poll.close|<value>`, `?task.drop#1`; see confirm.ts).
 * @see https://discord.com/developers/docs/components/reference#anatomy-of-a-component-custom-id
 */
import { type ActionId, isActionId } from "../../src/edge.js";

export const CUSTOM_ID_MAX = 100;
const SEPARATOR = "|";
const CHOICE_MARK = "#";
const CONFIRM_MARK = "?";

const marked = (confirm: boolean) => (confirm ? CONFIRM_MARK : "");

/** A button's or user select's custom_id; null when it would exceed Discord's 100 characters. */
export function actionCustomId(action: ActionId, value: string, confirm = false): string | null {
  const id = `${marked(confirm)}${action}${SEPARATOR}${value}`;
  return id.length <= CUSTOM_ID_MAX ? id : null;
}

/** The custom_id of a string select standing for a row of buttons (the option carries the value). */
export function choiceCustomId(action: ActionId, row: number, confirm = false): string {
  return `${marked(confirm)}${action}${CHOICE_MARK}${row}`;
}

export type DecodedAction = (
  | { kind: "value"; action: ActionId; value: string }
  | { kind: "choice"; action: ActionId }
) & { confirm?: true };

export function decodeActionId(customId: string): DecodedAction | null {
  if (customId.startsWith(CONFIRM_MARK)) {
    const decoded = decodeActionId(customId.slice(CONFIRM_MARK.length));
    return decoded ? { ...decoded, confirm: true } : null;
  }
  const at = customId.indexOf(SEPARATOR);
  if (at < 0) {
    const choice = /^(.+)#\d+$/u.exec(customId)?.[1];
    return choice && isActionId(choice) ? { kind: "choice", action: choice } : null;
  }
  const action = customId.slice(0, at);
  return isActionId(action) ? { kind: "value", action, value: customId.slice(at + 1) } : null;
}

/** A modal's custom_id; null when the form id and state do not fit. */
export function formCustomId(formId: string, state: string): string | null {
  const id = `${formId}${SEPARATOR}${state}`;
  return id.length <= CUSTOM_ID_MAX && !formId.includes(SEPARATOR) ? id : null;
}

export function decodeFormId(customId: string): { formId: string; state: string } | null {
  const at = customId.indexOf(SEPARATOR);
  if (at <= 0) return null;
  return { formId: customId.slice(0, at), state: customId.slice(at + 1) };
}
