/**
 * The vocabulary of `/afterchat` command text: tokens with their position in the original text
 * (so free text keeps its spacing and line breaks), and the English and French words accepted for
 * each sub-command and option. Words are compared folded: lower case, accents removed.
 */
import type { CommandName, ContentAction, ExportKind } from "./command.js";

export interface Token {
  word: string;
  /** Folded form used for keyword comparison. */
  key: string;
  /** Offset of the token in the original text. */
  at: number;
}

/** "Idée" -> "idee", "MODÉRATEUR" -> "moderateur". */
export function fold(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export function tokenize(text: string): Token[] {
  return [...text.matchAll(/\S+/gu)].map((m) => ({ word: m[0], key: fold(m[0]), at: m.index }));
}

/** The original text from a token to the end (or to another token), trimmed; null when empty. */
export function textFrom(text: string, from: Token | undefined, to?: Token): string | null {
  if (!from) return null;
  const slice = text.slice(from.at, to ? to.at : undefined).trim();
  return slice === "" ? null : slice;
}

const SUBCOMMANDS: Record<string, CommandName> = {
  help: "help",
  aide: "help",
  "?": "help",
  setup: "setup",
  config: "setup",
  configurer: "setup",
  configuration: "setup",
  stats: "stats",
  stat: "stats",
  statistiques: "stats",
  report: "stats",
  rapport: "stats",
  import: "import",
  importer: "import",
  note: "note",
  notes: "notes",
  poll: "poll",
  sondage: "poll",
  task: "task",
  tache: "task",
  todo: "task",
  tasks: "tasks",
  taches: "tasks",
  playbook: "playbook",
  checklist: "playbook",
  roster: "roster",
  participants: "roster",
  export: "export",
  exporter: "export",
  team: "team",
  equipe: "team",
  edition: "edition",
  link: "link",
  lier: "link",
  language: "language",
  langue: "language",
  lang: "language",
  creators: "creators",
  createurs: "creators",
  content: "content",
  contenu: "content",
};

export function subcommandOf(key: string): CommandName | null {
  return Object.hasOwn(SUBCOMMANDS, key) ? (SUBCOMMANDS[key] ?? null) : null;
}

function lookup<T>(table: Record<string, T>, key: string | undefined): T | null {
  return key !== undefined && Object.hasOwn(table, key) ? (table[key] ?? null) : null;
}

export const anonymousWord = (key: string): boolean => ["anonymous", "anonyme", "anon"].includes(key);
/** "min 5": from how many answers an anonymous poll shows results. */
export const minWord = (key: string): boolean => ["min", "minimum"].includes(key);
export const closesWord = (key: string): boolean =>
  [
    "closes",
    "close",
    "closing",
    "ferme",
    "fermeture",
    "cloture",
    "duration",
    "duree",
    "for",
    "pendant",
  ].includes(key);
/** Fillers allowed before a duration: "closes in 2 days", "ferme dans 2 jours". */
export const durationFiller = (key: string): boolean => ["in", "dans", "after", "apres"].includes(key);

export const tasksScopeOf = (key: string | undefined): "mine" | "all" | null =>
  lookup(
    {
      mine: "mine",
      me: "mine",
      moi: "mine",
      mes: "mine",
      all: "all",
      tout: "all",
      tous: "all",
      toutes: "all",
      team: "all",
      equipe: "all",
    } as const,
    key,
  );

export const exportKindOf = (key: string | undefined): ExportKind | null =>
  lookup(
    {
      notes: "notes",
      tasks: "tasks",
      taches: "tasks",
      roster: "roster",
      participants: "roster",
      posts: "posts",
      messages: "posts",
    } as const,
    key,
  );

export const teamActionOf = (key: string | undefined): "add" | "remove" | "list" | null =>
  lookup(
    {
      add: "add",
      ajouter: "add",
      ajoute: "add",
      remove: "remove",
      rm: "remove",
      retirer: "remove",
      enlever: "remove",
      supprimer: "remove",
      list: "list",
      liste: "list",
      lister: "list",
      ls: "list",
    } as const,
    key,
  );

export const teamRoleOf = (key: string | undefined): "member" | "moderator" | null =>
  lookup(
    {
      moderator: "moderator",
      moderators: "moderator",
      mod: "moderator",
      mods: "moderator",
      moderateur: "moderator",
      moderatrice: "moderator",
      moderateurs: "moderator",
      member: "member",
      members: "member",
      membre: "member",
      membres: "member",
    } as const,
    key,
  );

export const editionActionOf = (key: string | undefined): "new" | "topic" | "list" | null =>
  lookup(
    {
      new: "new",
      next: "new",
      create: "new",
      nouvelle: "new",
      nouveau: "new",
      creer: "new",
      topic: "topic",
      subject: "topic",
      sujet: "topic",
      theme: "topic",
      list: "list",
      liste: "list",
      lister: "list",
    } as const,
    key,
  );

/** `content approval on|off` (Slack words, Discord's `who` option): oui/non and yes/no too. */
export const onOffOf = (key: string | undefined): "on" | "off" | null =>
  lookup({ on: "on", off: "off", oui: "on", non: "off", yes: "on", no: "off" } as const, key);

export const localeOf = (key: string | undefined): "fr" | "en" | null =>
  lookup({ fr: "fr", francais: "fr", french: "fr", en: "en", english: "en", anglais: "en" } as const, key);

/** Words that introduce a task's due date. Strong ones always do; weak ones only before a date. */
export const strongDueWord = (key: string): boolean => ["due", "echeance", "deadline"].includes(key);
export const weakDueWord = (key: string): boolean =>
  ["pour", "by", "before", "avant", "until", "jusqu'a"].includes(key);
/** Words that introduce an edition's start, only before a date ("AI at school" keeps its "at"). */
export const startWord = (key: string): boolean => ["at", "on", "le", "a", "starts", "debut"].includes(key);

/** `<@slack:T1:U2>`: a mention the adapter already made neutral. */
export function mentionOf(word: string): string | null {
  // `<@&…>` is a role mention (roleMentionOf), never a person.
  const match = /^<@([^<>\s&][^<>\s]*)>$/u.exec(word);
  return match ? match[1]! : null;
}

/**
 * `<@&S0TEAM>` / `<@&910000000000000020>`: a role or user-group mention the adapter made neutral
 * (src/render/message.ts), carrying the platform's own id, as series.teamRoleIds stores it.
 */
export function roleMentionOf(word: string): string | null {
  const match = /^<@&([A-Za-z0-9]{1,32})>$/u.exec(word);
  return match ? match[1]! : null;
}

const CONTENT_ACTION_WORDS: Record<string, ContentAction> = {
  recap: "recap",
  summary: "recap",
  resume: "recap",
  transcript: "transcript",
  transcription: "transcript",
  script: "script",
  cards: "cards",
  card: "cards",
  cartes: "cards",
  carte: "cards",
  story: "story",
  recit: "story",
  recycle: "recycle",
  recycler: "recycle",
  optout: "optout",
  "opt-out": "optout",
  refus: "optout",
  refuser: "optout",
  optin: "optin",
  "opt-in": "optin",
  accepter: "optin",
  optouts: "optouts",
  refusals: "optouts",
  refuses: "optouts",
  approval: "approval",
  accord: "approval",
  requests: "requests",
  demandes: "requests",
  approve: "approve",
  approuver: "approve",
};

export function contentActionOf(key: string): ContentAction | null {
  return lookup(CONTENT_ACTION_WORDS, key);
}

const PLAIN_WORDS = new Set(["plain", "simple", "texte"]);

export function plainWord(key: string): boolean {
  return PLAIN_WORDS.has(key);
}
