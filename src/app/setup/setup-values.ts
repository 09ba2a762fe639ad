/**
 * Reads the set-up form's five fields into a series draft, or the precise problems to show
 * (each with a catalogue code and the input concerned). Pure.
 *
 * The five fields (Discord modals allow five): hashtag, title, hosts, schedule ("[cron] [time
 * zone] [length]"), networks ("x, bluesky, mastodon mastodon.social"); and, where the platform's
 * form has room (Slack), the schedule's pickers (picked-schedule.ts). The series' language is
 * set with `/afterchat language`; the other settings keep their defaults.
 */
import { NETWORKS, type Network } from "../../domain/post.js";
import { isHashtag, normaliseHandle, normaliseHashtag } from "../../domain/series.js";
import { type SetupField, type SetupProblem, TITLE_MAX_LENGTH } from "../../domain/setup.js";
import { err, ok, type Result } from "../../result.js";
import { readFormSchedule } from "./picked-schedule.js";
import type { Schedule } from "./schedule.js";

const MAX_HOSTS = 20;

export interface SeriesDraft extends Schedule {
  hashtag: string;
  title: string;
  hosts: string[];
  networks: Network[];
  mastodonInstance: string | null;
}

export type SetupRead = Result<SeriesDraft, SetupProblem[]>;

export function readSetupValues(
  values: Partial<Record<SetupField, string>>,
  fallback: Pick<Schedule, "timeZone" | "durationMinutes">,
): SetupRead {
  const problems: SetupProblem[] = [];
  const hashtag = readHashtag(values.hashtag ?? "", problems);
  const title = (values.title ?? "").trim();
  if (title === "") problems.push({ code: "title_missing" });
  else if ([...title].length > TITLE_MAX_LENGTH) problems.push({ code: "title_too_long" });
  const hosts = readHosts(values.hosts ?? "", problems);
  const networks = readNetworks(values.networks ?? "", problems);
  const schedule = readFormSchedule(values, fallback);
  if (!schedule.ok) problems.push(...schedule.error);
  if (problems.length > 0 || !schedule.ok || !hashtag || !networks) return err(problems);
  return ok({ hashtag, title, hosts, ...networks, ...schedule.value });
}

function readHashtag(input: string, problems: SetupProblem[]): string | null {
  const tag = normaliseHashtag(input);
  if (tag === "") problems.push({ code: "hashtag_missing" });
  else if (!isHashtag(tag)) problems.push({ code: "hashtag_invalid", input: input.trim() });
  else return tag;
  return null;
}

/** X handles, Bluesky domains (name.bsky.social), Mastodon user@instance. */
const HANDLE = /^[a-z0-9_](?:[a-z0-9_.-]{0,62}[a-z0-9_])?(?:@[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?\.[a-z]{2,})?$/u;

function readHosts(input: string, problems: SetupProblem[]): string[] {
  const hosts: string[] = [];
  for (const raw of input.split(/[\s,;]+/u).filter(Boolean)) {
    const handle = normaliseHandle(raw);
    if (!HANDLE.test(handle)) problems.push({ code: "host_invalid", input: raw });
    else if (!hosts.includes(handle) && hosts.length < MAX_HOSTS) hosts.push(handle);
  }
  return hosts;
}

const NETWORK_WORDS: Record<string, Network> = {
  x: "x",
  twitter: "x",
  bluesky: "bluesky",
  bsky: "bluesky",
  mastodon: "mastodon",
};

function readNetworks(
  input: string,
  problems: SetupProblem[],
): Pick<SeriesDraft, "networks" | "mastodonInstance"> | null {
  const networks = new Set<Network>();
  let instance: string | null = null;
  let ok = true;
  for (const raw of input.split(/[\s,;]+/u).filter(Boolean)) {
    const word = raw.toLowerCase();
    if (Object.hasOwn(NETWORK_WORDS, word)) networks.add(NETWORK_WORDS[word]!);
    else if (word.includes(".") || word.includes("/")) {
      instance = instanceUrl(raw);
      if (!instance) {
        problems.push({ code: "instance_invalid", input: raw });
        ok = false;
      } else networks.add("mastodon");
    } else {
      problems.push({ code: "network_unknown", input: raw });
      ok = false;
    }
  }
  if (!ok) return null;
  if (networks.size === 0) {
    problems.push({ code: "networks_missing" });
    return null;
  }
  if (networks.has("mastodon") && !instance) {
    problems.push({ code: "instance_missing" });
    return null;
  }
  return { networks: NETWORKS.filter((n) => networks.has(n)), mastodonInstance: instance };
}

/** "mastodon.social", "https://mastodon.social/" -> "https://mastodon.social"; null when not a host. */
export function instanceUrl(input: string): string | null {
  const withScheme = /^https?:\/\//iu.test(input) ? input : `https://${input}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== "https:" && url.protocol !== "http:") return null;
    if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/u.test(url.hostname) || url.username || url.password) return null;
    return `${url.protocol}//${url.host}`;
  } catch {
    return null;
  }
}
