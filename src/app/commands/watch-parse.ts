/**
 * `/afterchat watch ...` text, English or French ("suivre ajouter #autrechat mardi 18h Europe/Paris
 * bluesky note super visuels"). Words that are not a network, a host (@handle), a Mastodon
 * instance, `remind <duration>` or `note <text>` are the schedule, read later by the use case with
 * the set-up form's rules (src/app/setup/schedule.ts).
 */
import { isHashtag, normaliseHashtag } from "../../domain/text.js";
import { err, ok } from "../../result.js";
import type { ParsedCommand, WatchAction, WatchCommand } from "./command.js";
import { networkWord, type Token, teamActionOf, textFrom } from "./words.js";

const REMIND_WORDS = new Set(["remind", "reminder", "rappel", "rappeler", "rappelle"]);
const NOTE_WORDS = new Set(["note", "remarque", "memo"]);
const ON_WORDS = new Set(["me", "moi", "on", "oui", "yes"]);
const OFF_WORDS = new Set(["off", "non", "no", "stop"]);

function actionOf(key: string | undefined): WatchAction | null {
  if (key !== undefined && REMIND_WORDS.has(key)) return "remind";
  return teamActionOf(key);
}

const invalid = (detail: string): ParsedCommand => err({ key: "invalid", command: "watch", detail });
const missingHashtag = (): ParsedCommand => err({ key: "missing", command: "watch", detail: "hashtag" });

function hashtagOf(token: Token | undefined): string | null {
  if (!token?.word.startsWith("#")) return null;
  const tag = normaliseHashtag(token.word);
  return isHashtag(tag) ? tag : null;
}

/** "mastodon.social", "https://fosstodon.org": a Mastodon instance; not a zone, a time or a length. */
function instanceOf(word: string): string | null {
  if (/^https?:\/\/[\w.-]+\.[a-z]{2,}\/?$/iu.test(word)) return word.replace(/\/$/u, "");
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/iu.test(word)) return `https://${word.toLowerCase()}`;
  return null;
}

const HOST = /^@([\w.-]+(?:@[\w.-]+)?)$/u;

const base = (action: WatchAction): WatchCommand => ({
  name: "watch",
  action,
  hashtag: null,
  schedule: null,
  networks: [],
  hosts: [],
  instance: null,
  remind: null,
  note: null,
  on: true,
});

export function parseWatch(text: string, args: Token[]): ParsedCommand {
  const [first, ...rest] = args;
  const action = first ? actionOf(first.key) : "list";
  if (!action) return invalid(first?.word ?? "");
  const words = rest.map((a) => a.word).join(" ");
  switch (action) {
    case "list":
      return rest.length ? invalid(words) : ok(base("list"));
    case "remove": {
      const hashtag = hashtagOf(rest[0]);
      if (!rest[0]) return missingHashtag();
      if (!hashtag || rest.length > 1) return invalid(words);
      return ok({ ...base("remove"), hashtag });
    }
    case "remind":
      return parseRemind(rest, words);
    case "add":
      return parseAdd(text, rest);
  }
}

/** remind [me|off] [#tag]. */
function parseRemind(rest: Token[], words: string): ParsedCommand {
  let on = true;
  let hashtag: string | null = null;
  for (const token of rest) {
    if (ON_WORDS.has(token.key)) on = true;
    else if (OFF_WORDS.has(token.key)) on = false;
    else if (hashtagOf(token) && hashtag === null) hashtag = hashtagOf(token);
    else return invalid(words);
  }
  return ok({ ...base("remind"), hashtag, on });
}

/** Networks, and a Mastodon instance, from words ("x bluesky mastodon.social"); null when a word is neither. */
export function readNetworks(
  words: string,
): { networks: WatchCommand["networks"]; instance: string | null } | null {
  const networks: WatchCommand["networks"] = [];
  let instance: string | null = null;
  for (const word of words.split(/[\s,]+/u).filter(Boolean)) {
    const network = networkWord(word.toLowerCase());
    const host = network ? null : instanceOf(word);
    if (!network && !host) return null;
    const named = network ?? "mastodon";
    if (host) instance = host;
    if (!networks.includes(named)) networks.push(named);
  }
  return { networks, instance };
}

function parseAdd(text: string, rest: Token[]): ParsedCommand {
  const hashtag = hashtagOf(rest[0]);
  if (!rest[0]) return missingHashtag();
  if (!hashtag) return invalid(rest[0].word);
  const command = { ...base("add"), hashtag };
  const schedule: string[] = [];
  for (let i = 1; i < rest.length; i += 1) {
    const token = rest[i]!;
    if (NOTE_WORDS.has(token.key)) {
      command.note = textFrom(text, rest[i + 1]);
      break;
    }
    if (REMIND_WORDS.has(token.key)) {
      const next = rest[i + 1];
      if (!next) return err({ key: "missing", command: "watch", detail: "duration" });
      command.remind = next.word;
      i += 1;
      continue;
    }
    const network = networkWord(token.key);
    const host = HOST.exec(token.word);
    const instance = instanceOf(token.word);
    if (network) {
      if (!command.networks.includes(network)) command.networks.push(network);
    } else if (host) command.hosts.push(host[1]!);
    else if (instance) {
      command.instance = instance;
      if (!command.networks.includes("mastodon")) command.networks.push("mastodon");
    } else schedule.push(token.word);
  }
  command.schedule = schedule.length ? schedule.join(" ") : null;
  return ok(command);
}
