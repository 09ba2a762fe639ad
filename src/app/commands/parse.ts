/**
 * Reads the Slack-style text after `/afterchat` into a Command, in English or French
 * ("note idée ...", "sondage anonyme ferme 2j"). Never throws: a line it cannot read comes back
 * as a precise problem (unknown / missing / invalid + detail) the dispatcher translates.
 * Mentions arrive already neutral (`<@slack:T1:U2>`): adapters convert them before calling this.
 * Discord builds Command objects from its own options and does not come through here.
 */
import { parseDuration } from "../../domain/duration.js";
import { noteKindOf } from "../../domain/notes.js";
import { isHashtag, normaliseHashtag } from "../../domain/series.js";
import { err, ok } from "../../result.js";
import { COMPARE_MAX_LAST, type CommandName, type CommandProblem, type ParsedCommand } from "./command.js";
import { isDateWords } from "./date-words.js";
import { parseWatch } from "./watch-parse.js";
import {
  anonymousWord,
  closesWord,
  contentActionOf,
  durationFiller,
  editionActionOf,
  exportKindOf,
  lastWord,
  localeOf,
  mentionOf,
  minWord,
  networkWord,
  onOffOf,
  plainWord,
  roleMentionOf,
  startWord,
  strongDueWord,
  subcommandOf,
  type Token,
  tasksScopeOf,
  teamActionOf,
  teamRoleOf,
  textFrom,
  tokenize,
  weakDueWord,
} from "./words.js";

/** Re-exported for the callers that read it with the parser (the Discord command definitions). */
export { COMPARE_MAX_LAST };

/** What a "missing" problem lacks; the catalogue has a phrase for each (commands.parts.*). */
export type MissingPart =
  | "duration"
  | "title"
  | "users"
  | "what"
  | "action"
  | "topic"
  | "locale"
  | "kind"
  | "roles"
  | "count"
  | "hashtag";

type Args = { text: string; args: Token[] };
type Parser = (input: Args) => ParsedCommand;

const problem = (key: CommandProblem["key"], command: CommandName | null, detail: string): ParsedCommand =>
  err({ key, command, detail });
const missing = (command: CommandName, part: MissingPart) => problem("missing", command, part);
const invalid = (command: CommandName, detail: string) => problem("invalid", command, detail);

export function parseCommand(text: string): ParsedCommand {
  const input = typeof text === "string" ? text : "";
  const [first, ...args] = tokenize(input);
  if (!first) return ok({ name: "help" });
  const name = subcommandOf(first.key);
  if (!name) return problem("unknown", null, first.word.slice(0, 40));
  return PARSERS[name]({ text: input, args });
}

/** An edition number: "12" or "#12". */
function editionNumber(name: "stats" | "import" | "notes"): Parser {
  return ({ args }) => {
    const [arg, extra] = args;
    if (!arg) return ok({ name, edition: null });
    const match = /^#?(\d{1,6})$/u.exec(arg.word);
    if (!match || extra || Number(match[1]) < 1) return invalid(name, args.map((a) => a.word).join(" "));
    return ok({ name, edition: Number(match[1]) });
  };
}

function noArguments(name: "playbook" | "roster"): Parser {
  return ({ args }) => (args.length ? invalid(name, args.map((a) => a.word).join(" ")) : ok({ name }));
}

const PARSERS: Record<CommandName, Parser> = {
  help: () => ok({ name: "help" }),
  setup: ({ text, args }) => {
    const [tag] = args;
    if (!tag) return ok({ name: "setup", hashtag: null, title: null });
    const hashtag = normaliseHashtag(tag.word);
    if (!isHashtag(hashtag)) return invalid("setup", tag.word);
    return ok({ name: "setup", hashtag, title: textFrom(text, args[1]) });
  },
  stats: editionNumber("stats"),
  import: editionNumber("import"),
  notes: editionNumber("notes"),
  note: ({ text, args }) => {
    const [kindWord] = args;
    if (!kindWord) return ok({ name: "note", kind: null, text: null });
    const kind = noteKindOf(kindWord.word);
    if (!kind) return invalid("note", kindWord.word);
    return ok({ name: "note", kind, text: textFrom(text, args[1]) });
  },
  poll: ({ args }) => parsePoll(args),
  task: ({ text, args }) => parseTask(text, args),
  tasks: ({ args }) => {
    const scope = args[0] ? tasksScopeOf(args[0].key) : "all";
    if (!scope || args.length > 1) return invalid("tasks", args.map((a) => a.word).join(" "));
    return ok({ name: "tasks", scope });
  },
  playbook: noArguments("playbook"),
  roster: noArguments("roster"),
  export: ({ args }) => {
    if (!args[0]) return missing("export", "what");
    const what = exportKindOf(args[0].key);
    if (!what || args.length > 1) return invalid("export", args.map((a) => a.word).join(" "));
    return ok({ name: "export", what });
  },
  team: ({ args }) => parseTeam(args),
  edition: ({ text, args }) => parseEdition(text, args),
  link: ({ args }) => {
    const code = args
      .map((a) => a.word)
      .join("")
      .replace(/[^\p{L}\p{N}]/gu, "")
      .toUpperCase();
    return ok({ name: "link", code: code === "" ? null : code.slice(0, 64) });
  },
  creators: ({ args }) => parseCreators(args),
  content: ({ args }) => parseContent(args),
  compare: ({ args }) => parseCompare(args),
  watch: ({ text, args }) => parseWatch(text, args),
  language: ({ args }) => {
    if (!args[0]) return missing("language", "locale");
    const locale = localeOf(args[0].key);
    if (!locale || args.length > 1) return invalid("language", args.map((a) => a.word).join(" "));
    return ok({ name: "language", locale });
  },
};

/**
 * poll [anonymous] [min <count>] [closes <duration>], in any order; a bare duration ("poll 2h")
 * is accepted too.
 */
function parsePoll(args: Token[]): ParsedCommand {
  let anonymous = false;
  let minAnswers: number | null = null;
  let duration: string | null = null;
  const keyword = (key: string) => anonymousWord(key) || minWord(key);
  // Within a duration "min" is a unit ("closes 90 min") unless a count follows ("closes 2h min 5").
  const endsDuration = (j: number) =>
    anonymousWord(args[j]!.key) || (minWord(args[j]!.key) && /^\d+$/u.test(args[j + 1]?.word ?? ""));
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (anonymousWord(arg.key)) {
      anonymous = true;
      continue;
    }
    if (minWord(arg.key)) {
      const count = args[i + 1];
      if (!count || keyword(count.key) || closesWord(count.key)) return missing("poll", "count");
      if (minAnswers !== null || !/^\d{1,6}$/u.test(count.word)) return invalid("poll", count.word);
      minAnswers = Number(count.word);
      i += 1;
      continue;
    }
    const explicit = closesWord(arg.key);
    if (!explicit && !/^\d/u.test(arg.word)) return invalid("poll", arg.word);
    if (duration !== null) return invalid("poll", arg.word);
    const words: string[] = [];
    let j = explicit ? i + 1 : i;
    while (j < args.length && !endsDuration(j)) {
      if (!(words.length === 0 && durationFiller(args[j]!.key))) words.push(args[j]!.word);
      j += 1;
    }
    if (words.length === 0) return missing("poll", "duration");
    duration = words.join(" ");
    i = j - 1;
  }
  if (duration === null) return ok({ name: "poll", anonymous, closesInMs: null, minAnswers });
  const parsed = parseDuration(duration);
  if (!parsed.ok) return invalid("poll", duration);
  return ok({ name: "poll", anonymous, closesInMs: parsed.value, minAnswers });
}

/**
 * Splits "title words KEYWORD date words" at the last keyword whose tail qualifies. Returns the
 * index of that keyword token, or -1.
 */
function splitAtKeyword(
  args: Token[],
  start: number,
  accepts: (token: Token, tail: string) => boolean,
): number {
  for (let i = args.length - 2; i >= start; i -= 1) {
    const tail = args
      .slice(i + 1)
      .map((a) => a.word)
      .join(" ");
    if (accepts(args[i]!, tail)) return i;
  }
  return -1;
}

/** task [<@owner>] <title...> [due|échéance <date words>] (also "pour/by <date>" when it is a date). */
function parseTask(text: string, args: Token[]): ParsedCommand {
  const owner = args[0] ? mentionOf(args[0].word) : null;
  const start = owner ? 1 : 0;
  const split = splitAtKeyword(
    args,
    start + 1,
    (token, tail) => strongDueWord(token.key) || (weakDueWord(token.key) && isDateWords(tail)),
  );
  const titleEnd = split >= 0 ? args[split] : undefined;
  const title = textFrom(text, args[start], titleEnd);
  if (!title) return missing("task", "title");
  const due = split >= 0 ? textFrom(text, args[split + 1]) : null;
  return ok({ name: "task", owner, title, due });
}

/** team add|remove|list [<@user>...] [<@&role>...] [moderator|member]. */
function parseTeam(args: Token[]): ParsedCommand {
  const action = args[0] ? teamActionOf(args[0].key) : "list";
  if (!action) return invalid("team", args[0]!.word);
  const users: string[] = [];
  const roles: string[] = [];
  let role: "member" | "moderator" = "member";
  for (const arg of args.slice(1)) {
    const group = roleMentionOf(arg.word);
    const user = mentionOf(arg.word);
    const named = teamRoleOf(arg.key);
    if (group) {
      if (!roles.includes(group)) roles.push(group);
    } else if (user) {
      if (!users.includes(user)) users.push(user);
    } else if (named) role = named;
    else return invalid("team", arg.word);
  }
  if (action === "list") return ok({ name: "team", action, users: [], roles: [], role });
  if (users.length === 0 && roles.length === 0) return missing("team", "users");
  return ok({ name: "team", action, users, roles, role });
}

/** creators add|remove|list [@group...] (Slack user groups; Discord roles come from an option). */
function parseCreators(args: Token[]): ParsedCommand {
  const action = args[0] ? teamActionOf(args[0].key) : "list";
  if (!action) return invalid("creators", args[0]!.word);
  const roles: string[] = [];
  for (const arg of args.slice(1)) {
    const group = roleMentionOf(arg.word);
    if (!group) return invalid("creators", arg.word);
    if (!roles.includes(group)) roles.push(group);
  }
  if (action !== "list" && roles.length === 0) return missing("creators", "roles");
  return ok({ name: "creators", action, roles: action === "list" ? [] : roles });
}

/** edition new [topic...] [at <date words>] | edition topic <text> | edition list. */
function parseEdition(text: string, args: Token[]): ParsedCommand {
  if (!args[0]) return missing("edition", "action");
  const action = editionActionOf(args[0].key);
  if (!action) return invalid("edition", args[0].word);
  if (action === "list") {
    if (args.length > 1) return invalid("edition", args.map((a) => a.word).join(" "));
    return ok({ name: "edition", action, topic: null, startsAt: null });
  }
  if (action === "topic") {
    const topic = textFrom(text, args[1]);
    return topic ? ok({ name: "edition", action, topic, startsAt: null }) : missing("edition", "topic");
  }
  const rest = textFrom(text, args[1]);
  if (rest && isDateWords(rest)) return ok({ name: "edition", action, topic: null, startsAt: rest });
  const split = splitAtKeyword(args, 1, (token, tail) => startWord(token.key) && isDateWords(tail));
  const topic = textFrom(text, args[1], split >= 0 ? args[split] : undefined);
  const startsAt = split >= 0 ? textFrom(text, args[split + 1]) : null;
  return ok({ name: "edition", action, topic, startsAt });
}

/**
 * content recap|transcript|script|cards|story|recycle [edition] [plain]; content requests [edition];
 * content optout|optin @handle [x|bluesky|mastodon]; content optouts; content approval on|off;
 * content approve @handle|link.
 */
function parseContent(args: Token[]): ParsedCommand {
  const [first, ...rest] = args;
  if (!first) return missing("content", "action");
  const action = contentActionOf(first.key);
  if (!action) return invalid("content", first.word);
  const words = rest.map((a) => a.word).join(" ");
  const base = { name: "content" as const, action, edition: null, target: null, plain: false };
  switch (action) {
    case "optouts":
      return rest.length ? invalid("content", words) : ok(base);
    case "approval": {
      const on = onOffOf(rest[0]?.key);
      if (on === null || rest.length > 1) return missing("content", "action");
      return ok({ ...base, target: on });
    }
    case "optout":
    case "optin":
    case "approve": {
      if (!rest[0]) return missing("content", "users");
      const network = rest[1] ? networkWord(rest[1].key) : null;
      if ((rest[1] && network === null) || rest.length > 2 || (action === "approve" && rest.length > 1))
        return invalid("content", words);
      return ok({ ...base, target: network ? `${network}:${rest[0].word}` : rest[0].word });
    }
    default: {
      let edition: number | null = null;
      let plain = false;
      for (const token of rest) {
        const number = /^#?(\d{1,6})$/u.exec(token.word);
        if (number && edition === null && Number(number[1]) >= 1) edition = Number(number[1]);
        else if (plainWord(token.key) && !plain) plain = true;
        else return invalid("content", words);
      }
      return ok({ ...base, edition, plain });
    }
  }
}

/** compare [#ours] #theirs [last N | N]: one or two hashtags, then how many editions to average. */
function parseCompare(args: Token[]): ParsedCommand {
  const tags: string[] = [];
  let last: number | null = null;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    const count = lastWord(arg.key) ? args[i + 1] : arg;
    if (count && /^\d{1,3}$/u.test(count.word) && (count !== arg || /^\d/u.test(arg.word))) {
      const n = Number(count.word);
      if (last !== null || n < 1 || n > COMPARE_MAX_LAST) return invalid("compare", count.word);
      last = n;
      if (count !== arg) i += 1;
      continue;
    }
    if (lastWord(arg.key)) return missing("compare", "count");
    const tag = normaliseHashtag(arg.word);
    if (!isHashtag(tag) || tags.length === 2) return invalid("compare", arg.word);
    tags.push(tag);
  }
  if (tags.length === 0) return missing("compare", "hashtag");
  const [first, second] = tags;
  return second === undefined
    ? ok({ name: "compare", ours: null, theirs: first!, last })
    : ok({ name: "compare", ours: first!, theirs: second, last });
}
