/**
 * An edition as content: the posts people may be quoted from (consent.ts), threaded under the
 * host's questions, with the best answers of each, ready for every artefact (recap, cards, story,
 * transcript, script, recycle). Pure: the posts, report and notes come in, nothing is read.
 *
 * Threading: a host post opening with "Qn" heads chapter n; a post carrying "An"/"Rn" goes under
 * question n (its first number); a reply goes under the chapter of the post it replies to (or of
 * its conversation's first post); anything else stays outside the chapters. Reposts carry no words
 * of their own and are left out.
 */
import { type Post, postKey } from "../post.js";
import { answerNumbers } from "../stats/answers.js";
import { createStatsAccumulator } from "../stats/index.js";
import { questionNumber } from "../stats/questions.js";
import type { Report } from "../stats/report.js";
import { normaliseHandle } from "../text.js";
import { type ConsentPolicy, isOptedOut, quotable } from "./consent.js";
import { postLink } from "./links.js";

export interface Quote {
  network: Post["network"];
  externalId: string;
  /** As the network spells it, without "@". */
  handle: string;
  name: string | null;
  text: string;
  /** The post's own link (the credit); null only for a Mastodon post whose source gave none. */
  url: string | null;
  createdAt: Date;
  engagement: number;
  byHost: boolean;
  /** The chapter (question number) it belongs to; null: outside the questions. */
  question: number | null;
}

export interface Chapter {
  number: number;
  /** The host's question; null when answers exist for a number no (quotable) host post asked. */
  question: Quote | null;
  /** Best answers first (engagement, then earliest), at most `bestAnswers`. */
  best: Quote[];
  /** Every quotable post of the chapter, in time order (answers and replies). */
  posts: Quote[];
}

export interface NextEdition {
  startsAt: Date;
  topic: string | null;
  hashtag: string;
}

export interface EditionContent {
  hashtag: string;
  title: string;
  number: number | null;
  /** The chat's start: the edition's, else the first post's; null with no posts. */
  date: Date | null;
  topic: string | null;
  hosts: string[];
  figures: { posts: number; contributors: number; questions: number; answers: number; engagement: number };
  chapters: Chapter[];
  /** Quotable posts outside the chapters, in time order. */
  outside: Quote[];
  /** Quotable non-host posts, most engagement first (the default quote cards). */
  top: Quote[];
  /** Recurring terms and phrases, as the report found them. */
  topics: string[];
  /** Insight notes the team chose for publication. */
  insights: string[];
  next: NextEdition | null;
  /** Posts left out because their author opted out or did not approve (never who). */
  withheld: number;
  /** The report's figures for charts (the timeline), without any post's words or author. */
  chart: Report;
}

export interface ContentInput {
  posts: readonly Post[];
  report: Report;
  hashtag: string;
  title: string;
  number?: number | null;
  startsAt?: Date | null;
  topic?: string | null;
  hosts: readonly string[];
  consent: ConsentPolicy;
  insights?: readonly string[];
  next?: NextEdition | null;
  /** Best answers per question (default 3). */
  bestAnswers?: number;
  /** Length of `top` (default 6). */
  topN?: number;
}

const byBest = (a: Quote, b: Quote) =>
  b.engagement - a.engagement || a.createdAt.getTime() - b.createdAt.getTime();

/** Host posts are the team's own words: opt-outs apply to them, approval does not. */
function allowed(post: Post, byHost: boolean, consent: ConsentPolicy): boolean {
  if (byHost) return !isOptedOut(post, consent.optOuts);
  return quotable(post, consent);
}

export function editionContent(input: ContentInput): EditionContent {
  const hosts = new Set(input.hosts.map(normaliseHandle));
  const chapterOf = new Map<string, number>();
  const chapters = new Map<number, Chapter>();
  const outside: Quote[] = [];
  const quotes: Quote[] = [];
  let withheld = 0;
  // Topics from the quotable posts only: a recurring word may be one opted-out person's.
  const topics = createStatsAccumulator({ hashtag: input.hashtag, hosts: [...input.hosts] });
  const ordered = [...input.posts]
    .filter((p) => p.kind !== "repost" && !Number.isNaN(p.createdAt.getTime()))
    .sort(
      (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.externalId.localeCompare(b.externalId),
    );
  const chapter = (n: number): Chapter => {
    let c = chapters.get(n);
    if (!c) {
      c = { number: n, question: null, best: [], posts: [] };
      chapters.set(n, c);
    }
    return c;
  };
  for (const post of ordered) {
    const byHost = hosts.has(normaliseHandle(post.authorHandle));
    const asked = byHost ? questionNumber(post.text) : null;
    const parent = (id: string | null) => (id === null ? undefined : chapterOf.get(`${post.network}:${id}`));
    const number =
      asked ?? answerNumbers(post.text)[0] ?? parent(post.replyToId) ?? parent(post.conversationId) ?? null;
    if (number !== null) chapterOf.set(postKey(post), number);
    if (!allowed(post, byHost, input.consent)) {
      withheld += 1;
      continue;
    }
    topics.add(post);
    const quote = toQuote(post, byHost, number);
    quotes.push(quote);
    if (asked !== null && chapter(asked).question === null) chapter(asked).question = quote;
    else if (number !== null) chapter(number).posts.push(quote);
    else outside.push(quote);
  }
  const bestN = input.bestAnswers ?? 3;
  for (const c of chapters.values())
    c.best = c.posts
      .filter((q) => !q.byHost)
      .sort(byBest)
      .slice(0, bestN);
  const report = input.report;
  return {
    hashtag: input.hashtag,
    title: input.title,
    number: input.number ?? null,
    date: input.startsAt ?? ordered[0]?.createdAt ?? null,
    topic: input.topic ?? null,
    hosts: [...hosts],
    figures: {
      posts: report.posts.total,
      contributors: report.contributors.unique,
      questions: report.questions.filter((q) => q.text !== null).length,
      answers: report.questions.reduce((sum, q) => sum + q.answers, 0),
      engagement: report.engagement.total,
    },
    chapters: [...chapters.values()].sort((a, b) => a.number - b.number),
    outside,
    top: quotes
      .filter((q) => !q.byHost)
      .sort(byBest)
      .slice(0, input.topN ?? 6),
    topics: topicsOf(topics.finish()),
    insights: [...(input.insights ?? [])],
    next: input.next ?? null,
    withheld,
    chart: wordless(report),
  };
}

/** A report with every list that quotes or names someone emptied: only counts stay. */
function wordless(report: Report): Report {
  return {
    ...report,
    topPosts: [],
    mentions: [],
    unanswered: [],
    topics: { terms: [], phrases: [] },
    contributors: { ...report.contributors, topByPosts: [], topByEngagement: [], topByFollowers: [] },
    questions: report.questions.map((q) => ({ ...q, text: null, externalId: null, url: null })),
  };
}

function topicsOf(report: Report): string[] {
  return [...report.topics.phrases.slice(0, 3), ...report.topics.terms.slice(0, 5)].map((t) => t.term);
}

function toQuote(post: Post, byHost: boolean, question: number | null): Quote {
  return {
    network: post.network,
    externalId: post.externalId,
    handle: post.authorHandle,
    name: post.authorName,
    text: post.text,
    url: postLink(post),
    createdAt: post.createdAt,
    engagement: post.likes + post.reposts + post.replies + post.quotes,
    byHost,
    question,
  };
}
