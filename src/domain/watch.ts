/**
 * The watch-list (issue 16): other teams' hashtag chats a channel follows to learn from them.
 * A watched chat has a schedule like a series (cron in its zone, a duration); each occurrence is a
 * watched edition, reminded before it starts and summarised after it ends. The summary is what
 * the mini-report shows and what `compare` and "learn from their format" read back.
 */
import type { Network } from "./post.js";
import type { Headline, TopPost } from "./stats/report.js";
import type { ChannelRef, UserRef } from "./workspace.js";

export const DEFAULT_REMIND_MINUTES = 30;

/** Another team's chat that one channel of the workspace follows. */
export interface Watch {
  id: string;
  workspaceId: string;
  /** Where reminders and mini-reports are posted. */
  channel: ChannelRef;
  /** Lower-case, without "#". */
  hashtag: string;
  /** Handles without "@", lower-case: who hosts it (shown in the reminder). */
  hosts: string[];
  networks: Network[];
  /** Base URL of the Mastodon instance to follow and pull the tag from, when "mastodon" is among networks. */
  mastodonInstance: string | null;
  /** Five-field cron in `timeZone`; null: no reminder nor report (a plain bookmark). */
  cron: string | null;
  timeZone: string;
  durationMinutes: number;
  /** Minutes before the start the channel (and opted-in members) are reminded. */
  remindMinutes: number;
  /** Free text the team keeps about it ("great visuals", "ask for their question format"). */
  note: string | null;
  createdBy: UserRef;
  createdAt: Date;
}

export type NewWatch = Omit<Watch, "id" | "createdAt" | "remindMinutes"> & { remindMinutes?: number };

export type WatchPatch = Partial<
  Pick<
    Watch,
    | "hosts"
    | "networks"
    | "mastodonInstance"
    | "cron"
    | "timeZone"
    | "durationMinutes"
    | "remindMinutes"
    | "note"
  >
>;

/** "scheduled" until its report job ran; then "reported", or "failed" when no network could be pulled. */
export const WATCH_EDITION_STATUSES = ["scheduled", "reported", "failed"] as const;
export type WatchEditionStatus = (typeof WATCH_EDITION_STATUSES)[number];

/** One occurrence of a watched chat (unique per watch and start). */
export interface WatchEdition {
  id: string;
  workspaceId: string;
  watchId: string;
  startsAt: Date;
  endsAt: Date;
  status: WatchEditionStatus;
  /** When its report was stored; null while scheduled. */
  reportedAt: Date | null;
  /** The pulled figures; null until reported (and when it failed). */
  summary: WatchSummary | null;
}

export interface WatchQuestion {
  number: number;
  /** The host's question; null when answers carry a number no host post asked. */
  text: string | null;
  answers: number;
  answerers: number;
  url: string | null;
}

export interface WatchTeamMember {
  network: Network;
  handle: string;
  posts: number;
}

/**
 * What a watched edition's pull gave, stored as JSON on the edition (its posts are not kept: a
 * post may carry both chats' hashtags, and the team's own Post rows stay the team's).
 */
export interface WatchSummary {
  /** Networks pulled, and those not configured or failing (the figures leave them out). */
  networks: Network[];
  missing: Network[];
  headline: Headline;
  /** engagement / non-repost posts; null without posts. */
  engagementPerPost: number | null;
  /** answers / questions; null without questions. */
  answersPerQuestion: number | null;
  questions: WatchQuestion[];
  /** The most engaged posts, at most five. */
  topPosts: TopPost[];
  /** Its main terms, at most ten. */
  topics: string[];
  /** The team's own participants (the roster of the workspace's series) who posted in it. */
  teamMembers: WatchTeamMember[];
  /** Lower-case "network:handle" of every contributor: the people both chats share. */
  participants: string[];
}

/** The edition of `watch` that starts at `startsAt`. */
export function watchEditionWindow(watch: Pick<Watch, "durationMinutes">, startsAt: Date) {
  return { startsAt, endsAt: new Date(startsAt.getTime() + watch.durationMinutes * 60_000) };
}
