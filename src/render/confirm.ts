/**
 * The actions that cannot be undone ask first. One list, read by the renderers that draw their
 * buttons (Slack confirm dialogs) and by the Discord adapter when such a click arrives (its
 * two-step "Are you sure?" answer), so both platforms ask the same question.
 */
import type { Translator } from "../i18n/index.js";
import type { ActionId, Confirm } from "./message.js";

const ASKS = {
  "poll.close": { text: "common.confirm.pollClose", yes: "common.confirm.pollCloseYes" },
  "note.delete": { text: "common.confirm.noteDelete", yes: "common.confirm.noteDeleteYes" },
  "task.drop": { text: "common.confirm.taskDrop", yes: "common.confirm.taskDropYes" },
} as const satisfies Partial<Record<ActionId, { text: string; yes: string }>>;

type Confirmed = keyof typeof ASKS;

export function needsConfirm(action: ActionId): action is Confirmed {
  return action in ASKS;
}

/** The question to ask before `action`, in the language of `t`. */
export function confirmFor(t: Translator["t"], action: Confirmed): Confirm {
  const ask = ASKS[action];
  return {
    title: t("common.confirm.title"),
    text: t(ask.text),
    yes: t(ask.yes),
    no: t("common.confirm.no"),
  };
}
