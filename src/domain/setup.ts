/**
 * The set-up form's vocabulary, shared by the reader (src/app/setup/setup-values.ts) and the
 * messages that explain what to fix (src/render/setup/messages.ts): its five fields (Discord
 * modals allow five) and every problem it can report, each with a catalogue sentence.
 */
export const SETUP_FIELDS = ["hashtag", "title", "hosts", "schedule", "networks"] as const;
/**
 * The schedule as picked rather than typed (Slack's form; Discord's second step): a weekday (or the
 * first such day of the month), a time ("18:30", or Discord's hour and minute selects), a zone, a
 * length in minutes. The typed `schedule` field stays for experts.
 */
export const SCHEDULE_PICKS = ["weekday", "time", "hour", "minute", "zone", "duration"] as const;
export type SchedulePick = (typeof SCHEDULE_PICKS)[number];
export type SetupField = (typeof SETUP_FIELDS)[number] | SchedulePick;

export const SETUP_PROBLEMS = [
  "hashtag_missing",
  "hashtag_invalid",
  "hashtag_taken",
  "title_missing",
  "title_too_long",
  "host_invalid",
  "networks_missing",
  "network_unknown",
  "instance_missing",
  "instance_invalid",
  "cron_invalid",
  "zone_missing",
  "zone_invalid",
  "length_invalid",
  "time_missing",
  "schedule_both",
] as const;
export type SetupProblemCode = (typeof SETUP_PROBLEMS)[number];

export interface SetupProblem {
  code: SetupProblemCode;
  input?: string;
  /** The field it is about when not the code's usual one (a zone picked rather than typed). */
  field?: SetupField;
}

export const TITLE_MAX_LENGTH = 100;
