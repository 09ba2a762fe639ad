/** The chat message's sections, each kept under a section's character limit. */
import { headlineOf } from "../../domain/stats/headline.js";
import type { Report } from "../../domain/stats/report.js";
import { recurringTopics } from "../../domain/stats/topics.js";
import type { Block } from "../message.js";
import type { RenderContext } from "./context.js";
import { CHAT_TOP, SECTION_CHARS } from "./limits.js";
import { countedList, fitLines } from "./lists.js";
import { HEADLINE_ORDER } from "./markdown-figures.js";
import { contributorLabel } from "./markdown-people.js";
import { questionLabel } from "./markdown-questions.js";
import { askedQuestions, noQuestionLine, orphanAnswersLine } from "./orphans.js";
import { chatText, handleText, maybeLink } from "./text.js";
import { trendText } from "./trend.js";

const POST_EXCERPT = 140;
const QUESTION_EXCERPT = 70;
/** Room kept for the orphan answers' line under the questions. */
const ORPHANS_CHARS = 400;

/** Key figures with their change since the last edition: at most 10 fields (Slack's limit per section). */
export function figuresBlock(report: Report, ctx: RenderContext): Block {
  const { t, fmt } = ctx;
  const headline = headlineOf(report);
  const fields: Array<{ label: string; value: string }> = [];
  for (const key of HEADLINE_ORDER) {
    const value = headline[key];
    if (value === null) continue;
    const figure = report.trend?.[key];
    const change = figure && figure.change !== null ? ` · ${trendText(figure, ctx)}` : "";
    fields.push({ label: t(`report.figure.${key}`), value: `${fmt.count(value)}${change}` });
  }
  if (report.engagement.rate !== null) {
    fields.push({ label: t("report.figure.engagementRate"), value: fmt.percent(report.engagement.rate) });
  }
  if (report.engagement.xRate !== null) {
    fields.push({ label: t("report.figure.xRate"), value: fmt.percent(report.engagement.xRate) });
  }
  return { type: "fields", fields };
}

export function topContributorsBlock(report: Report, ctx: RenderContext): Block | null {
  const { t, fmt } = ctx;
  const entries = report.contributors.topByPosts.slice(0, CHAT_TOP);
  if (entries.length === 0) return null;
  const lines = entries.map((entry, index) => {
    const posts = t("report.count.posts", { count: entry.posts, n: fmt.count(entry.posts) });
    const interactions = t("report.count.interactions", {
      count: entry.engagement,
      n: fmt.count(entry.engagement),
    });
    return `${index + 1}. ${t("common.labelled", { label: contributorLabel(entry, chatText), value: `${posts} · ${interactions}` })}`;
  });
  return section(t("report.section.topContributors"), lines, ctx);
}

export function topPostsBlock(report: Report, ctx: RenderContext): Block | null {
  const { t, fmt } = ctx;
  const posts = report.topPosts.slice(0, CHAT_TOP);
  if (posts.length === 0) return null;
  const lines = posts.map((post, index) => {
    const interactions = t("report.count.interactions", {
      count: post.engagement,
      n: fmt.count(post.engagement),
    });
    const tail = post.url === null ? "" : ` (${maybeLink(t("report.view"), post.url)})`;
    return `${index + 1}. ${t("common.labelled", { label: `${handleText(post.authorHandle, chatText)} · ${interactions}`, value: chatText(post.text, POST_EXCERPT) })}${tail}`;
  });
  return section(t("report.section.topPosts"), lines, ctx);
}

/** One compact line per question: "Q1 · 10 answers · 5 people · 40 interactions: text". */
export function questionsBlock(report: Report, ctx: RenderContext): Block {
  const { t, fmt } = ctx;
  const asked = askedQuestions(report);
  const orphans = orphanAnswersLine(report, ctx, ORPHANS_CHARS);
  const after = orphans === null ? [] : [orphans];
  if (asked.length === 0)
    return section(t("report.section.questions"), [noQuestionLine(report, ctx), ...after], ctx);
  const lines = asked.map((q) => {
    const figures = [
      t("report.count.answers", { count: q.answers, n: fmt.count(q.answers) }),
      t("report.count.people", { count: q.answerers, n: fmt.count(q.answerers) }),
      t("report.count.interactions", { count: q.engagement, n: fmt.count(q.engagement) }),
    ].join(" · ");
    return t("common.labelled", {
      label: `**${questionLabel(q)}** · ${figures}`,
      value: chatText(q.text ?? "", QUESTION_EXCERPT),
    });
  });
  return section(
    t("report.section.questions"),
    [...fitLines(lines, SECTION_CHARS - ORPHANS_CHARS - 200, ctx), ...after],
    ctx,
  );
}

/** Words and phrases, each list cut to half a section so both always show. */
export function topicsBlock(report: Report, ctx: RenderContext): Block {
  const { t } = ctx;
  const { terms, phrases } = recurringTopics(report.topics);
  const half = Math.floor((SECTION_CHARS - 100) / 2);
  const list = (items: typeof terms) =>
    fitLines(
      countedList(
        items.map((item) => ({ label: chatText(item.term), count: item.count })),
        ctx,
      ),
      half,
      ctx,
      ", ",
    ).join(", ");
  const lines: string[] = [];
  if (terms.length > 0) lines.push(t("report.topics.terms", { list: list(terms) }));
  if (phrases.length > 0) lines.push(t("report.topics.phrases", { list: list(phrases) }));
  if (lines.length === 0) lines.push(t("report.topics.none"));
  return { type: "section", text: [`**${t("report.section.topics")}**`, ...lines].join("\n") };
}

/** A titled section whose lines are cut with "and N more" to stay under the section limit. */
function section(title: string, lines: string[], ctx: RenderContext): Block {
  const head = `**${title}**`;
  const body = fitLines(lines, SECTION_CHARS - head.length - 1, ctx);
  return { type: "section", text: [head, ...body].join("\n") };
}
