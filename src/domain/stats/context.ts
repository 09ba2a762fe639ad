import { normaliseHandle, normaliseHashtag } from "../text.js";
import type { Headline, ReportContext } from "./report.js";

export const DEFAULT_TOP_N = 10;

/** ReportContext with every default applied and every handle, tag and key in the form the engine compares. */
export interface Settings {
  hashtag: string | null;
  hosts: ReadonlySet<string>;
  /** Sorted, for the report. */
  hostList: string[];
  /** Milliseconds; posts strictly after it count for the after-party. Null when there is no window. */
  endsAt: number | null;
  previousContributors: ReadonlySet<string> | null;
  previous: Headline | null;
  topN: number;
}

export function settingsOf(context: ReportContext): Settings {
  const hostList = [...new Set(context.hosts.map(normaliseHandle).filter((host) => host.length > 0))].sort();
  const hashtag = context.hashtag === null ? null : normaliseHashtag(context.hashtag) || null;
  const previous = context.previousContributors;
  const topN = context.topN ?? DEFAULT_TOP_N;
  return {
    hashtag,
    hosts: new Set(hostList),
    hostList,
    endsAt: context.window ? context.window.endsAt.getTime() : null,
    // Lower-cased defensively: a key typed "x:Alice" must still match "x:alice".
    previousContributors: previous ? new Set([...previous].map((key) => key.toLowerCase())) : null,
    previous: context.previous ?? null,
    topN: Number.isFinite(topN) ? Math.max(0, Math.floor(topN)) : DEFAULT_TOP_N,
  };
}
