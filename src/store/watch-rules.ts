/** Rules both Store implementations share for the watch-list: normalised values and orderings. */
import { DEFAULT_REMIND_MINUTES, type NewWatch, type Watch, type WatchEdition } from "../domain/watch.js";
import { compareText, normaliseHandle, normaliseHashtag } from "./rules.js";

/** A new watch as stored: hashtag and hosts normalised, the default reminder delay. */
export function normaliseWatch(input: NewWatch): NewWatch & { remindMinutes: number } {
  return {
    ...input,
    hashtag: normaliseHashtag(input.hashtag),
    hosts: input.hosts.map(normaliseHandle),
    remindMinutes: input.remindMinutes ?? DEFAULT_REMIND_MINUTES,
  };
}

export const compareWatches = (a: Watch, b: Watch) =>
  compareText(a.workspaceId, b.workspaceId) ||
  compareText(a.hashtag, b.hashtag) ||
  compareText(a.channel, b.channel);

/** Newest first. */
export const compareWatchEditions = (a: WatchEdition, b: WatchEdition) =>
  b.startsAt.getTime() - a.startsAt.getTime();
