import type { Locale } from "../i18n/index.js";
import type { Network } from "./post.js";
import type { ChannelRef } from "./workspace.js";

/** Per-series lifecycle settings; every delay is configurable (docs: README "Scheduling"). */
export interface SeriesSettings {
  /** Minutes after the chat's end before posts are pulled, stats posted and the poll opened. */
  debriefDelayMinutes: number;
  /** How long the team feedback poll stays open. */
  pollHours: number;
  /** Whether poll results are visible before the poll closes (named polls only: never anonymous ones). */
  showResultsBeforeClose: boolean;
  /** Anonymous polls show a question's figures (and comments) only from this many answers; at least 3. */
  pollMinAnswers: number;
  /** Custom poll questions (their wording); null: the five default questions. */
  pollQuestions: string[] | null;
  /** Ask the team for notes right at the end of the chat. */
  askNotesAtEnd: boolean;
  /** Open an after-party thread at the end of the chat (needs afterPartyChannel). */
  afterParty: boolean;
  /** How long the after-party runs before its summary. */
  afterPartyHours: number;
  /** Minutes before an unanswered after-party question is brought back to the team. */
  questionEscalationMinutes: number;
  /** Create the Discord scheduled event for the next edition. */
  scheduledEvent: boolean;
  /** Hours before the next edition to remind about promotion and personal invitations. */
  promoReminderHours: number[];
  /** The host's goodbye line for the after-party, in the series' language. */
  goodbye: string | null;
  /** Only quotes their authors approved go into content (recap, cards, story...): docs/content.md. */
  quoteApproval: boolean;
}

export const DEFAULT_SERIES_SETTINGS: SeriesSettings = {
  debriefDelayMinutes: 30,
  pollHours: 48,
  showResultsBeforeClose: false,
  pollMinAnswers: 3,
  pollQuestions: null,
  askNotesAtEnd: true,
  afterParty: true,
  afterPartyHours: 24,
  questionEscalationMinutes: 60,
  scheduledEvent: true,
  promoReminderHours: [72, 24],
  goodbye: null,
  quoteApproval: false,
};

/** A recurring hashtag chat. */
export interface Series {
  id: string;
  workspaceId: string;
  /** Lower-case, without "#". */
  hashtag: string;
  title: string;
  /** Handles without "@", lower-case. */
  hosts: string[];
  networks: Network[];
  mastodonInstance: string | null;
  /** Five-field cron expression in `timeZone`; null when editions are created by hand. */
  cron: string | null;
  timeZone: string;
  durationMinutes: number;
  debriefChannel: ChannelRef | null;
  afterPartyChannel: ChannelRef | null;
  /** Platform role / user-group ids whose members count as team members or moderators. */
  teamRoleIds: string[];
  moderatorRoleIds: string[];
  /** null: the workspace's language. */
  locale: Locale | null;
  settings: SeriesSettings;
  active: boolean;
}

export type NewSeries = Omit<Series, "id" | "settings" | "active"> & { settings?: Partial<SeriesSettings> };

export { isHashtag, normaliseHandle, normaliseHashtag } from "./text.js";
