/** The exit codes, documented in docs/cli.md (and `afterchat help`). */
export const EXIT = {
  ok: 0,
  /** The command could not do its work (a file, a folder, the database, a network). */
  failed: 1,
  /** The command line itself is wrong (unknown option, missing value, dates in the wrong order). */
  usage: 2,
  /** It ran, and nothing matched: no post kept, no chat, no edition. */
  nothing: 3,
  /** A bug in afterchat (the message carries a reference). sysexits' EX_SOFTWARE. */
  bug: 70,
} as const;
