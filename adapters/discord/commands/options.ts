/**
 * A `/afterchat` interaction's sub-command and options as a core Command. Discord has already
 * typed and validated most options (choices, integers, users); the only words read here are the
 * poll's duration (src/domain/duration.ts, the same reader Slack's parser uses) and the link
 * code's clean-up. Task due dates and edition starts stay words: the use cases read them in the
 * series' time zone. Never throws: a problem comes back as the same CommandProblem Slack's parser
 * reports (src/app/commands/command.ts), which problem.ts turns into Discord's wording.
 */
import {
  CONTENT_ACTIONS,
  type Command,
  type CommandName,
  type CommandProblem,
} from "../../../src/app/commands/command.js";
import type { MissingPart } from "../../../src/app/commands/parse.js";
import { durationFiller, fold, onOffOf } from "../../../src/app/commands/words.js";
import { parseDuration } from "../../../src/domain/duration.js";
import type { NoteKind } from "../../../src/domain/note.js";
import { isHashtag, normaliseHashtag } from "../../../src/domain/series.js";
import type { SharedFile } from "../../../src/edge.js";
import { isLocale } from "../../../src/i18n/index.js";
import { err, ok, type Result } from "../../../src/result.js";
import { channelRef, userRef } from "../refs.js";
import { commandNameOf, type OptionName, optionName } from "./definition.js";

/** What the adapter needs from discord.js's option resolver (plain data, so tests need no client). */
export interface OptionReader {
  subcommand: string | null;
  string(name: string): string | null;
  integer(name: string): number | null;
  boolean(name: string): boolean | null;
  /** The picked user's id. */
  user(name: string): string | null;
  /** The picked role's id. */
  role(name: string): string | null;
  /** The picked channel's id. */
  channel(name: string): string | null;
  attachment(name: string): { name: string; size: number; url: string } | null;
}

export type BuiltCommand = Result<Command, CommandProblem>;

/** Downloads an attachment (Discord CDN URL); injectable for tests. */
export type Download = (url: string) => Promise<AsyncIterable<Uint8Array>>;

export function commandFromOptions(reader: OptionReader, guildId: string, download: Download): BuiltCommand {
  const name = reader.subcommand ? commandNameOf(reader.subcommand) : null;
  const text = (option: OptionName) => clean(reader.string(optionName(option)));
  const number = (option: OptionName) => reader.integer(optionName(option));
  const person = (option: OptionName) => {
    const id = reader.user(optionName(option));
    return id ? userRef(guildId, id) : null;
  };
  const invalid = (command: CommandName, detail: string): BuiltCommand =>
    err({ key: "invalid", command, detail });
  const missing = (command: CommandName, part: MissingPart): BuiltCommand =>
    err({ key: "missing", command, detail: part });

  switch (name) {
    case null:
      return err({ key: "unknown", command: null, detail: reader.subcommand ?? "" });
    case "help":
    case "playbook":
    case "roster":
      return ok({ name });
    case "setup": {
      const tag = text("hashtag");
      const hashtag = tag === null ? null : normaliseHashtag(tag);
      if (hashtag !== null && !isHashtag(hashtag)) return invalid("setup", tag ?? "");
      const party = reader.channel(optionName("afterParty"));
      return ok({
        name,
        hashtag,
        title: hashtag === null ? null : text("title"),
        ...(party ? { afterParty: channelRef(guildId, party) } : {}),
      });
    }
    case "stats":
    case "notes":
      return ok({ name, edition: number("edition") });
    case "import": {
      const file = reader.attachment(optionName("file"));
      return ok({ name, edition: number("edition"), file: file ? sharedFile(file, download) : null });
    }
    case "note": {
      const kind = text("kind") as NoteKind | null;
      const body = text("noteText");
      if (body !== null && kind === null) return missing("note", "kind");
      return ok({ name, kind, text: body });
    }
    case "poll": {
      const anonymous = reader.boolean(optionName("anonymous")) ?? false;
      const minAnswers = number("min");
      const closes = text("closes");
      if (closes === null) return ok({ name, anonymous, closesInMs: null, minAnswers });
      const parsed = parseDuration(withoutFiller(closes));
      if (!parsed.ok) return invalid("poll", closes);
      return ok({ name, anonymous, closesInMs: parsed.value, minAnswers });
    }
    case "task":
      return ok({ name, owner: person("owner"), title: text("taskText") ?? "", due: text("due") });
    case "tasks":
      return ok({ name, scope: text("scope") === "mine" ? "mine" : "all" });
    case "export": {
      const what = text("what");
      if (what !== "notes" && what !== "tasks" && what !== "roster" && what !== "posts")
        return invalid("export", what ?? "");
      return ok({ name, what });
    }
    case "team": {
      const action = text("teamAction");
      const role = text("role") === "moderator" ? "moderator" : "member";
      const who = person("person");
      // A role id as the member's interaction carries it (caller.ts), so permissions compare alike.
      const serverRole = reader.role(optionName("serverRole"));
      if (action === "list") return ok({ name, action, users: [], roles: [], role });
      if (action !== "add" && action !== "remove") return missing("team", "users");
      if (!who && !serverRole) return missing("team", "users");
      return ok({ name, action, users: who ? [who] : [], roles: serverRole ? [serverRole] : [], role });
    }
    case "edition": {
      const chosen = text("editionAction");
      const action = chosen === "topic" || chosen === "list" ? chosen : "new";
      if (action === "list") return ok({ name, action, topic: null, startsAt: null });
      const topic = text("topic");
      if (action === "topic" && topic === null) return missing("edition", "topic");
      return ok({ name, action, topic, startsAt: action === "new" ? text("starts") : null });
    }
    case "link": {
      const code = (text("code") ?? "").replace(/[^\p{L}\p{N}]/gu, "").toUpperCase();
      return ok({ name, code: code === "" ? null : code.slice(0, 64) });
    }
    case "creators": {
      const action = text("teamAction");
      const serverRole = reader.role(optionName("serverRole"));
      if (action === "list") return ok({ name, action, roles: [] });
      if (action !== "add" && action !== "remove") return invalid("creators", action ?? "");
      if (!serverRole) return missing("creators", "roles");
      return ok({ name, action, roles: [serverRole] });
    }
    case "content": {
      const action = text("contentAction");
      const found = CONTENT_ACTIONS.find((a) => a === action);
      if (!found) return invalid("content", action ?? "");
      const target = text("target");
      // `who:oui` reads as Slack's `approval oui`: the use case takes on/off only.
      const onOff = found === "approval" && target ? onOffOf(fold(target)) : null;
      return ok({
        name,
        action: found,
        edition: number("edition"),
        target: onOff ?? target,
        plain: reader.boolean(optionName("plain")) ?? false,
      });
    }
    case "language": {
      const locale = text("locale");
      return isLocale(locale) ? ok({ name, locale }) : invalid("language", locale ?? "");
    }
  }
}

function clean(value: string | null): string | null {
  const trimmed = value?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
}

/** "in 2 days" / "dans 2 jours" -> "2 days": the same fillers Slack's `closes in 2 days` allows. */
function withoutFiller(text: string): string {
  const [first, ...rest] = text.split(/\s+/u);
  return first && rest.length > 0 && durationFiller(fold(first)) ? rest.join(" ") : text;
}

function sharedFile(file: { name: string; size: number; url: string }, download: Download): SharedFile {
  return { name: file.name, size: file.size, open: () => download(file.url) };
}
