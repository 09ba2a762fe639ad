import { normaliseHandle, normaliseHashtag } from "../text.js";
import type { AuthorStats } from "./authors.js";
import type { Headline, ReportContext } from "./report.js";

export const DEFAULT_TOP_N = 10;

/** ReportContext with every default applied and every handle, tag and key in the form the engine compares. */
export interface Settings {
  hashtag: string | null;
  /** Lower-case handles a host post may carry: each host, plus `name@instance` for a bare Mastodon name. */
  hosts: ReadonlySet<string>;
  /** Sorted, for the report. */
  hostList: string[];
  /** Milliseconds; posts strictly after it count for the after-party. Null when there is no window. */
  endsAt: number | null;
  previousContributors: ReadonlySet<string> | null;
  previous: Headline | null;
  topN: number;
  repliesKnown: boolean;
  /** The hosts of `hostList` who authored none of these authors' posts. */
  unmatchedHosts(authors: Iterable<Pick<AuthorStats, "lowerHandle">>): string[];
}

export function settingsOf(context: ReportContext): Settings {
  const hostList = [...new Set(context.hosts.map(normaliseHandle).filter((host) => host.length > 0))].sort();
  const hashtag = context.hashtag === null ? null : normaliseHashtag(context.hashtag) || null;
  const previous = context.previousContributors;
  const topN = context.topN ?? DEFAULT_TOP_N;
  // Each handle a host may post under, and the host (as listed) it stands for.
  const hostOf = new Map<string, string>();
  const instance = context.instance ? instanceHost(context.instance) : "";
  for (const host of hostList) {
    hostOf.set(host, host);
    if (instance !== "" && !host.includes("@") && !host.includes("."))
      hostOf.set(`${host}@${instance}`, host);
  }
  return {
    hashtag,
    hosts: new Set(hostOf.keys()),
    hostList,
    unmatchedHosts(authors) {
      const matched = new Set<string>();
      for (const author of authors) {
        const host = hostOf.get(author.lowerHandle);
        if (host !== undefined) matched.add(host);
      }
      return hostList.filter((host) => !matched.has(host));
    },
    endsAt: context.window ? context.window.endsAt.getTime() : null,
    // Lower-cased defensively: a key typed "x:Alice" must still match "x:alice".
    previousContributors: previous ? new Set([...previous].map((key) => key.toLowerCase())) : null,
    previous: context.previous ?? null,
    topN: Number.isFinite(topN) ? Math.max(0, Math.floor(topN)) : DEFAULT_TOP_N,
    repliesKnown: context.repliesKnown ?? true,
  };
}

/** "https://Mastodon.Social/" or "mastodon.social" -> "mastodon.social". */
function instanceHost(instance: string): string {
  return normaliseHandle(instance.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "").split("/")[0] ?? "");
}
