/**
 * Explicit bidirectional controls (embeddings, overrides, isolates): invisible, they can make a
 * line read backwards ("Trojan Source"). Letters of right-to-left scripts are not touched.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;

/**
 * Escapes Markdown so user text shows as typed inside neutral messages: formatting characters,
 * links, and every `<` (mentions, Slack's `<!channel>` and `<url|label>`, Discord's `<#id>`,
 * `<t:...>`) become literal. Explicit bidirectional controls are dropped.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(BIDI_CONTROLS, "").replace(/([\\`*_~[\]()|<>#])/g, "\\$1");
}

/**
 * User text set apart from the words around it (First Strong Isolate ... Pop Directional
 * Isolate): an Arabic or Hebrew note followed by "(Ana)" or "by @ana" keeps the attribution where
 * the sentence puts it instead of flipping it to the other side. Controls inside are dropped first,
 * so the text cannot close the isolate early.
 * @see https://www.w3.org/International/questions/qa-bidi-unicode-controls
 */
export function isolate(text: string): string {
  return `\u2068${text.replace(BIDI_CONTROLS, "")}\u2069`;
}

/** A user mention `<@ref>` as mention() writes it, with a platform reference (not a role's `<@&id>`). */
const USER_MENTION = /(<@(?:slack|discord|cli):[^<>\s]+>)/u;

/**
 * escapeMarkdown for stored text that may name people (task titles: a typed mention, the author
 * of an after-party question): user mentions stay mentions, everything else shows as typed.
 */
export function escapeMarkdownKeepingMentions(text: string): string {
  return text
    .split(USER_MENTION)
    .map((part, i) => (i % 2 === 1 ? part : escapeMarkdown(part)))
    .join("");
}

/** A link in neutral Markdown. */
export function link(label: string, url: string): string {
  return `[${escapeMarkdown(label)}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
}

/** A mention of a platform user, by opaque reference. */
export function mention(userRef: string): string {
  return `<@${userRef}>`;
}

/** A mention of a platform role or user group, by the platform's own id (as series.teamRoleIds keeps it). */
export function roleMention(roleId: string): string {
  return `<@&${roleId}>`;
}

/** Shortens to `max` characters on a word boundary, with an ellipsis. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}
