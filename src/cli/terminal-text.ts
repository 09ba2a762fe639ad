/**
 * Neutral Markdown (what Slack and Discord get) as a terminal shows it: no backslash escapes
 * (`\#kpop` reads `#kpop`), no `**` around bold text, mentions and channels as readable names.
 * Only for a terminal: files written with `--out` keep valid Markdown.
 */
import type { Message } from "../render/message.js";

/** `<#cli:local:mychat>` -> `#mychat`; `<@slack:T1:U2>` -> `@U2`; `<@&role>` -> `@role`. */
function reference(kind: string, ref: string): string {
  const last = ref.slice(ref.lastIndexOf(":") + 1);
  return kind === "#" ? `#${last}` : `@${last}`;
}

export function plainText(markdown: string): string {
  return markdown
    .replace(/<(#|@&?)([^<>\s|]+)>/gu, (_all, kind: string, ref: string) => reference(kind, ref))
    .replace(/\*\*(.+?)\*\*/gu, "$1")
    .replace(/\\([\\`*_~[\]()|<>#.!+\-{}])/gu, "$1");
}

/** A message's blocks as lines of text (buttons and images left out). */
export function messageText(message: Message): string {
  const lines: string[] = [];
  for (const block of message.blocks) {
    switch (block.type) {
      case "header":
      case "section":
      case "context":
        lines.push(plainText(block.text));
        break;
      case "fields":
        for (const field of block.fields) lines.push(`${plainText(field.label)}: ${plainText(field.value)}`);
        break;
      case "copy":
        lines.push(block.text);
        break;
      default:
        break;
    }
  }
  return lines.length > 0 ? lines.join("\n") : plainText(message.text);
}
