/**
 * What someone typed in a set-up form that did not read, kept so "Fix the form" reopens it filled
 * in where the platform cannot keep the form open (a Discord modal closes on submit). Held in this
 * process's memory for 30 minutes: a button handled by another process opens the saved values
 * instead, nothing is lost but the typing.
 */
import type { SetupField } from "../../domain/setup.js";

const TTL_MS = 30 * 60_000;
const MAX_DRAFTS = 500;

export type SetupDraft = Partial<Record<SetupField, string>>;

const drafts = new Map<string, { values: SetupDraft; until: number }>();

const keyOf = (userRef: string, target: string) => `${userRef}|${target}`;

/** Remembers a user's typing for a form target (a series id, or "new"). */
export function rememberDraft(userRef: string, target: string, values: SetupDraft, now: Date): void {
  drafts.delete(keyOf(userRef, target));
  drafts.set(keyOf(userRef, target), { values: { ...values }, until: now.getTime() + TTL_MS });
  while (drafts.size > MAX_DRAFTS) drafts.delete(drafts.keys().next().value as string);
}

/** The typing kept for this user and target (once: a reopened form starts from it). */
export function takeDraft(userRef: string, target: string, now: Date): SetupDraft | null {
  const key = keyOf(userRef, target);
  const found = drafts.get(key);
  drafts.delete(key);
  return found && found.until > now.getTime() ? found.values : null;
}
