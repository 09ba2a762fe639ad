/**
 * The set-up form's vocabulary, shared by the reader (src/app/setup/setup-values.ts) and the
 * messages that explain what to fix (src/render/setup/messages.ts): its five fields (Discord
 * modals allow five) and every problem it can report, each with a catalogue sentence.
 */
export const SETUP_FIELDS = ["hashtag", "title", "hosts", "schedule", "networks"] as const;
export type SetupField = (typeof SETUP_FIELDS)[number];

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
] as const;
export type SetupProblemCode = (typeof SETUP_PROBLEMS)[number];

export interface SetupProblem {
  code: SetupProblemCode;
  input?: string;
}

export const TITLE_MAX_LENGTH = 100;
