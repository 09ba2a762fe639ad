/**
 * The standard work between two editions, as tasks. Each step has a stable playbook key, so running
 * the playbook twice for an edition creates nothing new (the store returns the existing task).
 *
 * Owners: round-robin over the team rows, moderators first (they run the playbook and answer for
 * it), each group in reference order so a re-run suggests the same people; with no team rows, the
 * person who ran it owns everything.
 *
 * Due dates (17:00 local, see dates.ts): steps that prepare the next edition count back from its
 * start when it is known (an edition already scheduled); otherwise, and for steps that follow up
 * on this edition, they count forward from now. node-cron 4 computes next runs only from the
 * system clock (ScheduledTask.getNextRun), so the schedule itself is not read here. Nothing is
 * due sooner than tomorrow.
 */
import { dueDaysAfter } from "./dates.js";
import type { UserRef } from "./workspace.js";

/** Same as TeamRole in ports.ts (kept here so the domain imports no port). */
type TeamRole = "member" | "moderator";

export const PLAYBOOK_STEPS = [
  "thank",
  "shoutout",
  "invite",
  "promote",
  "recap",
  "unanswered",
  "feedback",
  "announce",
] as const;
export type PlaybookStep = (typeof PLAYBOOK_STEPS)[number];

interface Timing {
  /** Days after now. */
  afterDays: number;
  /** Days before the next edition's start, when it is known. */
  beforeNextDays: number | null;
}

const TIMING: Record<PlaybookStep, Timing> = {
  thank: { afterDays: 1, beforeNextDays: null },
  shoutout: { afterDays: 2, beforeNextDays: null },
  invite: { afterDays: 5, beforeNextDays: 3 },
  promote: { afterDays: 4, beforeNextDays: 5 },
  recap: { afterDays: 3, beforeNextDays: null },
  unanswered: { afterDays: 1, beforeNextDays: null },
  feedback: { afterDays: 2, beforeNextDays: null },
  announce: { afterDays: 3, beforeNextDays: 7 },
};

export interface PlaybookInput {
  now: Date;
  timeZone: string;
  /** Start of the next edition when one is scheduled. */
  nextStartsAt: Date | null;
  team: ReadonlyArray<{ userRef: UserRef; role: TeamRole }>;
  /** Owner of every step when the team has no rows (the person running the playbook). */
  fallbackOwner: UserRef;
}

export interface PlannedStep {
  step: PlaybookStep;
  playbookKey: string;
  ownerRef: UserRef;
  dueAt: Date;
}

export function playbookKey(step: PlaybookStep): string {
  return `playbook:${step}`;
}

export function planPlaybook(input: PlaybookInput): PlannedStep[] {
  const owners = ownerRotation(input.team, input.fallbackOwner);
  const earliest = dueDaysAfter(input.now, 1, input.timeZone);
  return PLAYBOOK_STEPS.map((step, index) => {
    const timing = TIMING[step];
    let dueAt =
      input.nextStartsAt && timing.beforeNextDays !== null
        ? dueDaysAfter(input.nextStartsAt, -timing.beforeNextDays, input.timeZone)
        : dueDaysAfter(input.now, timing.afterDays, input.timeZone);
    if (dueAt < earliest) dueAt = earliest;
    return {
      step,
      playbookKey: playbookKey(step),
      ownerRef: owners[index % owners.length] ?? input.fallbackOwner,
      dueAt,
    };
  });
}

/** Moderators first, then members, each sorted by reference. */
export function ownerRotation(
  team: ReadonlyArray<{ userRef: UserRef; role: TeamRole }>,
  fallback: UserRef,
): UserRef[] {
  const refs = (role: TeamRole) =>
    team
      .filter((m) => m.role === role)
      .map((m) => m.userRef)
      .sort();
  const owners = [...refs("moderator"), ...refs("member")];
  return owners.length > 0 ? owners : [fallback];
}
