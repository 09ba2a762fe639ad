/**
 * The recording script (issue 14 point 5): the evening's lessons in spoken sentences for the host to
 * record, drawn from the questions, their best answer, the recurring topics and the insight notes.
 * Extractive and templated (no model): each answer is cleaned for the voice (links, mentions, emoji
 * and the "A1" label dropped) and cut at a word boundary; questions are dropped from the end until
 * the script fits in MAX_SECONDS. Reading time at WORDS_PER_MINUTE, the usual pace of a recorded
 * voice-over in English and French (docs/content.md says what it gets wrong).
 */
import type { EditionContent, Quote } from "../../domain/content/edition-content.js";
import type { Translator } from "../../i18n/index.js";
import { formatFor } from "../report/format.js";
import { questionText } from "./credit.js";

export const WORDS_PER_MINUTE = 150;
export const MAX_SECONDS = 180;
/** Longest spoken answer, in words. */
const ANSWER_WORDS = 28;

export interface RecordingScript {
  title: string;
  paragraphs: string[];
  words: number;
  seconds: number;
}

/** Text as it is read aloud: no links, mentions, emoji, answer labels, trailing hashtags; a hashtag inside a sentence stays as its word. */
export function spoken(text: string, maxWords = Number.POSITIVE_INFINITY): string {
  const clean = text
    .replace(/(?:https?:\/\/|www\.)\S+/giu, " ")
    .replace(/(?:\s*#[\p{L}\p{N}_]+)+\s*$/u, "")
    .replace(/(?<![\p{L}\p{N}_])@[\p{L}\p{N}_.@-]+/gu, " ")
    .replace(/\p{Extended_Pictographic}|\u200d|\ufe0f/gu, " ")
    .replace(/(?<![\p{L}\p{N}])[ar]\s?\d{1,2}\s*[:.)\-–—]?\s/giu, " ")
    .replace(/#/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const words = clean.split(" ").filter(Boolean);
  if (words.length <= maxWords) return clean;
  return `${words
    .slice(0, maxWords)
    .join(" ")
    .replace(/[,;:]$/, "")}…`;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function speaker(q: Quote): string {
  return q.name?.trim() || q.handle;
}

export function recordingScript(
  c: EditionContent,
  options: { t: Translator; timeZone: string },
): RecordingScript {
  const { t } = options;
  const f = formatFor(t.locale, options.timeZone);
  const day = (d: Date) => f.dateTime(d.toISOString());
  const head = [t.t("content.script.intro", { hashtag: c.hashtag, title: c.title })];
  if (c.date) head.push(t.t("content.script.introDate", { date: day(c.date) }));
  head.push(
    t.t("content.script.figures", {
      contributors: f.count(c.figures.contributors),
      posts: f.count(c.figures.posts),
      questions: f.count(c.figures.questions),
    }),
  );
  const chapters = c.chapters
    .filter((ch) => ch.question !== null)
    .map((ch) => {
      const lines = [
        t.t("content.script.question", { number: ch.number, text: spoken(questionText(ch.question!)) }),
      ];
      const best = ch.best[0];
      if (best)
        lines.push(
          t.t("content.script.answer", { name: speaker(best), text: spoken(best.text, ANSWER_WORDS) }),
        );
      return lines.join(" ");
    });
  const tail: string[] = [];
  if (c.topics.length) tail.push(t.t("content.script.topics", { topics: c.topics.slice(0, 5).join(", ") }));
  for (const insight of c.insights.slice(0, 3))
    tail.push(t.t("content.script.insight", { text: spoken(insight, 40) }));
  if (c.next) {
    const next = [t.t("content.script.next", { date: day(c.next.startsAt), hashtag: c.next.hashtag })];
    if (c.next.topic) next.push(t.t("content.script.nextTopic", { topic: c.next.topic }));
    tail.push(next.join(" "));
  }
  tail.push(t.t("content.script.outro"));
  let paragraphs = [head.join(" "), ...chapters, ...tail];
  while (secondsOf(paragraphs) > MAX_SECONDS && chapters.length > 1) {
    chapters.pop();
    paragraphs = [head.join(" "), ...chapters, ...tail];
  }
  const words = countWords(paragraphs.join(" "));
  return {
    title: t.t("content.script.title", { hashtag: c.hashtag }),
    paragraphs,
    words,
    seconds: Math.round((words / WORDS_PER_MINUTE) * 60),
  };
}

function secondsOf(paragraphs: string[]): number {
  return (countWords(paragraphs.join(" ")) / WORDS_PER_MINUTE) * 60;
}

export function scriptMarkdown(script: RecordingScript, t: Translator): string {
  const minutes = Math.floor(script.seconds / 60);
  const seconds = String(script.seconds % 60).padStart(2, "0");
  const reading = t.t("content.script.reading", {
    time: `${minutes}:${seconds}`,
    words: script.words,
    wpm: WORDS_PER_MINUTE,
  });
  return [`# ${script.title}`, "", `_${reading}_`, "", ...script.paragraphs.flatMap((p) => [p, ""])].join(
    "\n",
  );
}
