/**
 * The recap post (issue 14 point 1): Markdown and HTML ready to paste into a blog or a CMS. Title
 * and date, topic, key figures (labelled as the report labels them), each question with its best
 * answers quoted and credited (name, exact handle, link to the original post), recurring topics,
 * the insight notes chosen for publication, the next edition. Only quotable posts are in it.
 */
import type { EditionContent, Quote } from "../../domain/content/edition-content.js";
import type { Translator } from "../../i18n/index.js";
import { escapeMarkdown } from "../markup.js";
import { formatFor } from "../report/format.js";
import { fileText, maybeLink } from "../report/text.js";
import { creditLine, questionLabel, questionText } from "./credit.js";
import { type EmbedStyle, embedQuote, embedScripts } from "./embeds.js";
import { esc, safeHref } from "./html.js";

export interface RecapOptions {
  t: Translator;
  timeZone: string;
  /** Official embed markup (default) or plain quotes. */
  embeds?: EmbedStyle;
}

export function recapTitle(c: EditionContent, t: Translator): string {
  return c.number === null
    ? t.t("content.recap.title", { hashtag: c.hashtag, title: c.title })
    : t.t("content.recap.titleNumbered", { hashtag: c.hashtag, number: c.number, title: c.title });
}

function figureLines(
  c: EditionContent,
  t: Translator,
  count: (n: number) => string,
): Array<[string, string]> {
  return [
    [t.t("report.figure.posts"), count(c.figures.posts)],
    [t.t("report.figure.contributors"), count(c.figures.contributors)],
    [t.t("report.figure.questions"), count(c.figures.questions)],
    [t.t("report.figure.answers"), count(c.figures.answers)],
    [t.t("report.figure.engagement"), count(c.figures.engagement)],
  ];
}

function dateOf(options: RecapOptions) {
  const f = formatFor(options.t.locale, options.timeZone);
  return { f, when: (d: Date) => f.dateTime(d.toISOString()) };
}

function mdQuote(q: Quote, t: Translator, when: string): string {
  const credit = `— ${fileText(creditLine(q, t))}, ${escapeMarkdown(when)}`;
  const source = safeHref(q.url) ? ` · ${maybeLink(t.t("content.recap.source"), q.url)}` : "";
  return `> ${fileText(q.text)}\n>\n> ${credit}${source}\n`;
}

export function recapMarkdown(c: EditionContent, options: RecapOptions): string {
  const { t } = options;
  const { f, when } = dateOf(options);
  const style = options.embeds ?? "official";
  const out: string[] = [`# ${fileText(recapTitle(c, t))}`, ""];
  if (c.date) out.push(t.t("content.recap.date", { date: escapeMarkdown(when(c.date)) }), "");
  if (c.topic) out.push(t.t("content.recap.topic", { topic: fileText(c.topic) }), "");
  out.push(`## ${t.t("content.recap.figures")}`, "");
  for (const [label, value] of figureLines(c, t, f.count))
    out.push(`- ${t.t("common.labelled", { label, value })}`);
  out.push("", `## ${t.t("content.recap.questions")}`, "");
  for (const chapter of c.chapters) {
    const head = questionLabel(chapter.number);
    const text = chapter.question ? `: ${fileText(questionText(chapter.question))}` : "";
    out.push(`### ${maybeLink(head, chapter.question?.url ?? null)}${text}`, "");
    if (chapter.best.length === 0) out.push(t.t("content.recap.noAnswers"), "");
    for (const q of chapter.best)
      out.push(
        style === "official" && safeHref(q.url)
          ? embedQuote(q, t, when(q.createdAt), style)
          : mdQuote(q, t, when(q.createdAt)),
        "",
      );
  }
  if (c.topics.length)
    out.push(`## ${t.t("content.recap.topics")}`, "", c.topics.map((x) => fileText(x)).join(", "), "");
  if (c.insights.length) {
    out.push(`## ${t.t("content.recap.insights")}`, "");
    for (const insight of c.insights) out.push(`- ${fileText(insight)}`);
    out.push("");
  }
  if (c.next) {
    out.push(`## ${t.t("content.recap.next")}`, "");
    out.push(
      t.t("content.recap.nextLine", { date: escapeMarkdown(when(c.next.startsAt)), hashtag: c.next.hashtag }),
    );
    if (c.next.topic) out.push("", t.t("content.recap.nextTopic", { topic: fileText(c.next.topic) }));
    out.push("");
  }
  out.push(t.t("content.recap.thanks"), "");
  if (c.withheld > 0) out.push(`_${t.t("content.recap.withheld", { count: c.withheld })}_`, "");
  const scripts = embedScripts(
    c.chapters.flatMap((ch) => ch.best),
    style,
  );
  if (scripts) out.push(scripts, "");
  return out.join("\n");
}

export function recapHtml(c: EditionContent, options: RecapOptions): string {
  const { t } = options;
  const { f, when } = dateOf(options);
  const style = options.embeds ?? "official";
  const out: string[] = [
    `<article class="afterchat-recap" lang="${t.locale}">`,
    `<h1>${esc(recapTitle(c, t))}</h1>`,
  ];
  if (c.date) out.push(`<p>${esc(t.t("content.recap.date", { date: when(c.date) }))}</p>`);
  if (c.topic) out.push(`<p>${esc(t.t("content.recap.topic", { topic: c.topic }))}</p>`);
  out.push(`<h2>${esc(t.t("content.recap.figures"))}</h2>`, "<ul>");
  for (const [label, value] of figureLines(c, t, f.count))
    out.push(`<li>${esc(label)}: <strong>${esc(value)}</strong></li>`);
  out.push("</ul>", `<h2>${esc(t.t("content.recap.questions"))}</h2>`);
  for (const chapter of c.chapters) {
    const head = esc(questionLabel(chapter.number));
    const href = safeHref(chapter.question?.url ?? null);
    const label = href ? `<a href="${esc(href)}">${head}</a>` : head;
    const text = chapter.question ? `: <span dir="auto">${esc(questionText(chapter.question))}</span>` : "";
    out.push(`<h3>${label}${text}</h3>`);
    if (chapter.best.length === 0) out.push(`<p>${esc(t.t("content.recap.noAnswers"))}</p>`);
    for (const q of chapter.best) out.push(embedQuote(q, t, when(q.createdAt), style));
  }
  if (c.topics.length)
    out.push(`<h2>${esc(t.t("content.recap.topics"))}</h2>`, `<p>${c.topics.map(esc).join(", ")}</p>`);
  if (c.insights.length)
    out.push(
      `<h2>${esc(t.t("content.recap.insights"))}</h2>`,
      `<ul>${c.insights.map((i) => `<li dir="auto">${esc(i)}</li>`).join("")}</ul>`,
    );
  if (c.next) {
    out.push(`<h2>${esc(t.t("content.recap.next"))}</h2>`);
    out.push(
      `<p>${esc(t.t("content.recap.nextLine", { date: when(c.next.startsAt), hashtag: c.next.hashtag }))}</p>`,
    );
    if (c.next.topic) out.push(`<p>${esc(t.t("content.recap.nextTopic", { topic: c.next.topic }))}</p>`);
  }
  out.push(`<p>${esc(t.t("content.recap.thanks"))}</p>`);
  if (c.withheld > 0)
    out.push(`<p><small>${esc(t.t("content.recap.withheld", { count: c.withheld }))}</small></p>`);
  out.push(
    embedScripts(
      c.chapters.flatMap((ch) => ch.best),
      style,
    ),
    "</article>",
    "",
  );
  return out.filter((line) => line !== "").join("\n");
}
