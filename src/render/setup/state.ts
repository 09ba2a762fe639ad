/**
 * The set-up form's state, echoed back on submit: the series being edited, or the channel a new
 * one will live in (Slack view submissions do not say which channel the form was opened from).
 */
export const SETUP_STATE_NEW = "new";

export type SetupState = { seriesId: string } | { channel: string };

export function setupState(state: SetupState): string {
  return "seriesId" in state ? `series|${state.seriesId}` : `${SETUP_STATE_NEW}|${state.channel}`;
}

export function readSetupState(text: string): SetupState | null {
  const [kind, value] = [text.slice(0, text.indexOf("|")), text.slice(text.indexOf("|") + 1)];
  if (!text.includes("|") || value === "") return null;
  if (kind === "series") return { seriesId: value };
  if (kind === SETUP_STATE_NEW) return { channel: value };
  return null;
}
