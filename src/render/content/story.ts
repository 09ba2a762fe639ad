/**
 * The story page (issue 14 point 3, what Storify and X Moments were): one self-contained HTML file
 * of the edition in order: questions as chapter heads, their answers and replies, the quote cards
 * and the timeline chart as inline images. No external request (a Content-Security-Policy allows
 * only inline styles and data: images, so even a pasted link cannot load anything), readable on a
 * phone (fluid layout), accessible (landmarks, one h1, headings per question, alt text, a skip link,
 * colours above WCAG AA contrast). Quotes are plain: the networks' embeds would need their scripts.
 */
import type { EditionContent, Quote } from "../../domain/content/edition-content.js";
import type { Translator } from "../../i18n/index.js";
import type { OutboundFile } from "../message.js";
import { formatFor } from "../report/format.js";
import { creditLine, questionLabel, questionText } from "./credit.js";
import { esc, postBody, safeHref } from "./html.js";
import { recapTitle } from "./recap.js";

export interface StoryImages {
  cards: OutboundFile[];
  timeline: { png: Uint8Array; alt: string } | null;
}

const CSS = `
:root{--bg:#ffffff;--text:#1b1b1b;--muted:#4a4a4a;--accent:#0b5cad;--quote:#f3f5f8;--bar:#1d3557}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--text);font:1.05rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif}
main,header,footer{max-width:44rem;margin:0 auto;padding:0 1rem}
header{padding-top:2rem}
h1{font-size:1.9rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.35rem;line-height:1.3;margin:2rem 0 .75rem}
a{color:var(--accent)}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem}
.meta{color:var(--muted)}
blockquote{margin:1rem 0;padding:.75rem 1rem;background:var(--quote);border-left:4px solid var(--bar);border-radius:4px;overflow-wrap:anywhere}
blockquote p{margin:0 0 .5rem}
blockquote footer{color:var(--muted);font-size:.95rem;padding:0;margin:0}
.question{border-left-color:var(--accent)}
img{max-width:100%;height:auto;display:block;margin:1rem 0}
figure{margin:0}
ol.toc{padding-left:1.25rem}
`;

function quoteHtml(q: Quote, t: Translator, when: (d: Date) => string, extraClass = ""): string {
  const href = safeHref(q.url);
  const source = href ? ` · <a href="${esc(href)}">${esc(t.t("content.recap.source"))}</a>` : "";
  return `<blockquote class="${extraClass}">${postBody(q.text)}<footer>— ${esc(creditLine(q, t))}, <time datetime="${q.createdAt.toISOString()}">${esc(when(q.createdAt))}</time>${source}</footer></blockquote>`;
}

const dataUri = (mime: string, bytes: Uint8Array) =>
  `data:${mime};base64,${Buffer.from(bytes).toString("base64")}`;

export function storyHtml(
  c: EditionContent,
  options: { t: Translator; timeZone: string; images: StoryImages },
): string {
  const { t } = options;
  const f = formatFor(t.locale, options.timeZone);
  const when = (d: Date) => f.dateTime(d.toISOString());
  const title = recapTitle(c, t);
  const body: string[] = [];
  body.push(`<a class="skip" href="#questions">${esc(t.t("content.story.skip"))}</a>`);
  body.push("<header>", `<p class="meta">${esc(t.t("content.story.title", { hashtag: c.hashtag }))}</p>`);
  body.push(`<h1>${esc(title)}</h1>`);
  if (c.date) body.push(`<p class="meta">${esc(t.t("content.recap.date", { date: when(c.date) }))}</p>`);
  if (c.topic) body.push(`<p>${esc(t.t("content.recap.topic", { topic: c.topic }))}</p>`);
  body.push(
    `<p>${esc(t.t("content.story.intro", { posts: f.count(c.figures.posts), contributors: f.count(c.figures.contributors) }))}</p>`,
    "</header>",
    "<main>",
  );
  if (c.chapters.length) {
    body.push(
      `<nav aria-labelledby="toc"><h2 id="toc">${esc(t.t("content.story.contents"))}</h2><ol class="toc">`,
    );
    for (const ch of c.chapters)
      body.push(
        `<li><a href="#q${ch.number}">${esc(questionLabel(ch.number))}${ch.question ? ` ${esc(questionText(ch.question))}` : ""}</a></li>`,
      );
    body.push("</ol></nav>");
  }
  if (options.images.timeline)
    body.push(
      `<section aria-labelledby="timeline"><h2 id="timeline">${esc(t.t("content.story.timeline"))}</h2>`,
      `<img src="${dataUri("image/png", options.images.timeline.png)}" alt="${esc(options.images.timeline.alt)}" width="800" height="400"></section>`,
    );
  body.push(`<section id="questions" aria-label="${esc(t.t("content.recap.questions"))}">`);
  for (const ch of c.chapters) {
    const head = ch.question
      ? t.t("common.labelled", { label: questionLabel(ch.number), value: questionText(ch.question) })
      : questionLabel(ch.number);
    body.push(
      `<article id="q${ch.number}" aria-labelledby="q${ch.number}h"><h2 id="q${ch.number}h" dir="auto">${esc(head)}</h2>`,
    );
    if (ch.question) body.push(quoteHtml(ch.question, t, when, "question"));
    for (const q of ch.posts) body.push(quoteHtml(q, t, when));
    if (ch.posts.length === 0) body.push(`<p>${esc(t.t("content.recap.noAnswers"))}</p>`);
    body.push("</article>");
  }
  if (c.outside.length) {
    body.push(
      `<article aria-labelledby="others"><h2 id="others">${esc(t.t("content.transcript.outside"))}</h2>`,
    );
    for (const q of c.outside) body.push(quoteHtml(q, t, when));
    body.push("</article>");
  }
  body.push("</section>");
  if (options.images.cards.length) {
    body.push(`<section aria-labelledby="cards"><h2 id="cards">${esc(t.t("content.story.cards"))}</h2>`);
    for (const card of options.images.cards)
      body.push(
        `<figure><img src="${dataUri(card.mime, card.bytes)}" alt="${esc(card.title)}" width="1200" height="675"></figure>`,
      );
    body.push("</section>");
  }
  body.push("</main>", `<footer><p class="meta">${esc(t.t("content.story.credits"))}</p>`);
  if (c.withheld > 0)
    body.push(`<p class="meta">${esc(t.t("content.recap.withheld", { count: c.withheld }))}</p>`);
  body.push("</footer>");
  return [
    "<!doctype html>",
    `<html lang="${t.locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'">`,
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    "</head>",
    "<body>",
    ...body,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}
