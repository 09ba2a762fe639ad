import type { Network } from "./post.js";

/** A person as seen across editions, with what they did in each. */
export interface RosterEntry {
  participantId: string;
  displayName: string | null;
  handles: Array<{ network: Network; handle: string }>;
  /** Edition numbers they posted in, ascending. */
  editions: number[];
  posts: number;
  engagement: number;
  followers: number | null;
  lastSeenAt: Date;
}

/** One author's part in an edition, as recorded after an import. */
export interface Contribution {
  network: Network;
  handle: string;
  name: string | null;
  followers: number | null;
  posts: number;
  engagement: number;
  firstPostAt: Date;
}
