/**
 * The transcript (issue 14 point 4): every quotable post of the edition (reposts carry no words of
 * their own), as CSV in time order with its question, and as Markdown threaded by question (the
 * question, then its answers and replies in order; posts outside the questions last).
 */
import type { EditionContent, Quote } from "../../domain/content/edition-content.js";
import type { Translator } from "../../i18n/index.js";
import { csvHead, csvRow } from "../csv.js";
import { escapeMarkdown } from "../markup.js";
import { formatFor } from "../report/format.js";
import { fileText, maybeLink } from "../report/text.js";
import { creditLine, questionLabel } from "./credit.js";

function kindOf(q: Quote, c: EditionContent): "question" | "answer" | "post" {
  if (q.question !== null && c.chapters.some((ch) => ch.question === q)) return "question";
  return q.question !== null ? "answer" : "post";
}

/** Every quote of the content, in time order. */
export function allQuotes(c: EditionContent): Quote[] {
  const all = [
    ...c.chapters.flatMap((ch) => (ch.question ? [ch.question, ...ch.posts] : ch.posts)),
    ...c.outside,
  ];
  return all.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}

export function transcriptCsv(c: EditionContent, t: Translator): string {
  const columns = ["question", "time", "network", "handle", "name", "kind", "text", "link"] as const;
  let out = csvHead(columns.map((k) => t.t(`content.transcript.column.${k}`)));
  for (const q of allQuotes(c))
    out += csvRow([
      q.question,
      q.createdAt.toISOString(),
      q.network,
      q.handle,
      q.name,
      t.t(`content.transcript.kind.${kindOf(q, c)}`),
      q.text,
      q.url,
    ]);
  return out;
}

export function transcriptMarkdown(c: EditionContent, options: { t: Translator; timeZone: string }): string {
  const { t } = options;
  const f = formatFor(t.locale, options.timeZone);
  const line = (q: Quote) =>
    `- ${escapeMarkdown(f.time(q.createdAt.toISOString()))} ${t.t("common.labelled", { label: maybeLink(creditLine(q, t), q.url), value: fileText(q.text) })}`;
  const out: string[] = [`# ${fileText(t.t("content.transcript.title", { hashtag: c.hashtag }))}`, ""];
  for (const chapter of c.chapters) {
    out.push(`## ${questionLabel(chapter.number)}`, "");
    if (chapter.question) out.push(line(chapter.question));
    for (const q of chapter.posts) out.push(`  ${line(q)}`);
    out.push("");
  }
  if (c.outside.length) {
    out.push(`## ${t.t("content.transcript.outside")}`, "");
    for (const q of c.outside) out.push(line(q));
    out.push("");
  }
  if (c.withheld > 0) out.push(`_${t.t("content.recap.withheld", { count: c.withheld })}_`, "");
  return out.join("\n");
}
