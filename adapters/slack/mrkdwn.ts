/**
 * Text both ways between neutral Markdown (src/render/message.ts) and Slack's mrkdwn.
 * @see https://docs.slack.dev/messaging/formatting-message-text (escaping & < >, <url|label>, <@U>)
 */
import { decodeRef, userRef } from "./refs.js";

/** Characters mrkdwn gives a meaning to, when the core escaped them (`\*`). */
const FORMATTING = new Set(["*", "_", "~", "`"]);
/** Follows an escaped formatting character so Slack cannot pair it with another one. */
const ZERO_WIDTH_SPACE = "\u200B";

export function escapeEntities(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A neutral mention reference as Slack writes it: `<@U123>`; another platform's as plain text. */
function slackMention(ref: string): string {
  // `<@&S123>`: a user group (team roles), written with Slack's own id.
  if (ref.startsWith("&")) return `<!subteam^${ref.slice(1)}>`;
  const decoded = decodeRef(ref);
  if (decoded) return `<@${decoded.id}>`;
  const platform = ref.slice(0, ref.indexOf(":"));
  return platform ? `@${platform}` : "@?";
}

/** A neutral channel mention (`<#slack:T:C>`, written by the core) as Slack's `<#C>`. */
function slackChannel(ref: string): string {
  const decoded = decodeRef(ref);
  return decoded ? `<#${decoded.id}>` : "#?";
}

const LINK = /\[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)/y;
const MENTION = /<([@#])([^<>\s]+)>/y;
/** A run of characters with no meaning in neutral Markdown, copied in one go. */
const PLAIN = /[^\\`*~[<>&\n-]+/y;

/**
 * Neutral Markdown -> mrkdwn: **b** -> *b*, [l](u) -> <u|l>, `<@slack:T:U>` -> `<@U>`, & < > escaped.
 * `plain`: the same, emphasis and code marks dropped and links kept as their label (a message's
 * `text`, which notifications show as typed): the escaping and the mentions are the blocks'.
 */
export function toMrkdwn(markdown: string, options: { plain?: boolean } = {}): string {
  const bare = options.plain === true;
  const s = markdown;
  let out = "";
  let i = 0;
  const at = (pattern: RegExp) => {
    pattern.lastIndex = i;
    return pattern.exec(s);
  };
  while (i < s.length) {
    const plain = at(PLAIN);
    if (plain) {
      out += plain[0];
      i += plain[0].length;
      continue;
    }
    const c = s[i]!;
    if (c === "\\" && i + 1 < s.length) {
      const next = s[i + 1]!;
      out += FORMATTING.has(next) ? `${next}${ZERO_WIDTH_SPACE}` : escapeEntities(next);
      i += 2;
      continue;
    }
    if (c === "`") {
      const end = s.indexOf("`", i + 1);
      if (end > i) {
        const code = escapeEntities(s.slice(i + 1, end));
        out += bare ? code : `\`${code}\``;
        i = end + 1;
        continue;
      }
    }
    if ((c === "*" || c === "~") && s[i + 1] === c) {
      out += bare ? "" : c;
      i += 2;
      continue;
    }
    if (c === "*") {
      out += bare ? "" : "_";
      i += 1;
      continue;
    }
    const link = c === "[" ? at(LINK) : null;
    if (link) {
      const label = escapeEntities(toPlainText(link[1]!)).replace(/\|/g, "¦");
      out += bare ? label : `<${link[2]!.replace(/[|>]/g, encodeURIComponent)}|${label}>`;
      i += link[0].length;
      continue;
    }
    const mention = c === "<" ? at(MENTION) : null;
    if (mention) {
      out += mention[1] === "@" ? slackMention(mention[2]!) : slackChannel(mention[2]!);
      i += mention[0].length;
      continue;
    }
    if (c === "-" && s[i + 1] === " " && (i === 0 || s[i - 1] === "\n")) {
      out += "• ";
      i += 2;
      continue;
    }
    out += escapeEntities(c);
    i += 1;
  }
  return out;
}

/** Neutral Markdown -> plain text (headers, button labels, notification text): markup removed. */
export function toPlainText(markdown: string): string {
  return markdown
    .replace(/\[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)/g, "$1")
    .replace(/<([@#])([^<>\s]+)>/g, (_m, sigil: string, ref: string) => {
      if (ref.startsWith("&")) return `@${ref.slice(1)}`;
      const decoded = decodeRef(ref);
      return decoded ? `${sigil}${decoded.id}` : `${sigil}?`;
    })
    .replace(/\*\*|~~/g, "")
    .replace(/(^|[^\\])[`*]/g, "$1")
    .replace(/\\(.)/g, "$1");
}

/**
 * Slack text typed by a user (slash command text, form input) -> neutral text: `<@U1|ada>` ->
 * `<@slack:T:U1>`, `<#C1|chat>` -> `#chat`, `<https://x|label>` -> `label (https://x)`, and the
 * entities Slack escaped back to & < >.
 * @see https://docs.slack.dev/interactivity/implementing-slash-commands (should_escape)
 */
export function fromSlackText(text: string, teamId: string): string {
  return text
    .replace(/<([^<>]+)>/g, (whole, inner: string) => {
      const [target = "", label] = inner.split("|", 2);
      if (target.startsWith("@")) return `<@${userRef(teamId, target.slice(1))}>`;
      if (target.startsWith("#")) return `#${label ?? target.slice(1)}`;
      // A user group: its id reaches the parser as a role mention (`team add @group`).
      if (target.startsWith("!subteam^")) return `<@&${target.slice("!subteam^".length)}>`;
      if (target.startsWith("!")) return `@${label ?? target.slice(1).split("^")[0]}`;
      if (/^(https?|mailto):/.test(target)) {
        if (!label || target.replace(/^(https?:\/\/|mailto:)/, "") === label) return target;
        return `${label} (${target})`;
      }
      return whole;
    })
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}
