/**
 * "Learn from their format": a watched chat's questions (what they asked, how many answers each got) with a
 * select to copy one into our next edition's tasks. The select sits on a message the whole channel sees;
 * the copy itself is for moderators (the dispatcher checks, src/app/permission-table.ts).
 */
import type { WatchQuestion } from "../../domain/watch.js";
import type { Locale } from "../../i18n/index.js";
import { editionDate } from "../edition-date.js";
import { truncate } from "../markup.js";
import { type Block, type Message, message } from "../message.js";
import { renderContext } from "../report/context.js";
import { SECTION_CHARS } from "../report/limits.js";
import { fitLines } from "../report/lists.js";
import { chatText, oneLine } from "../report/text.js";

/** Options a select may hold (Discord: 25). */
export const COPY_OPTIONS = 25;
/** Characters of a question shown in its line and in its option label (Slack shows 75). */
const LINE_EXCERPT = 160;
const LABEL_EXCERPT = 70;

export interface WatchQuestionsView {
  /** The watched chat's hashtag, without `#`. */
  hashtag: string;
  /** The series the copied tasks go to, and the watched edition the questions come from. */
  seriesId: string;
  editionId: string;
  startsAt: Date;
  questions: readonly WatchQuestion[];
}

/** "<seriesId>:<watchEditionId>:<number>": 55 characters for two cuids, within a select value's 100. */
export function copyValue(seriesId: string, editionId: string, number: number): string {
  return `${seriesId}:${editionId}:${number}`;
}

export function parseCopyValue(
  value: string,
): { seriesId: string; editionId: string; number: number } | null {
  const match = /^([^:\s]+):([^:\s]+):(\d{1,6})$/u.exec(value);
  return match ? { seriesId: match[1]!, editionId: match[2]!, number: Number(match[3]) } : null;
}

/** The questions a host asked (a number answered but never asked has no text to copy), in order. */
export function askedWatchQuestions(questions: readonly WatchQuestion[]): WatchQuestion[] {
  return questions.filter((q) => q.text !== null).sort((a, b) => a.number - b.number);
}

export function watchQuestionsMessage(
  view: WatchQuestionsView,
  options: { locale: Locale; timeZone: string },
): Message {
  const ctx = renderContext({ window: null }, options.locale, options.timeZone);
  const { t, fmt } = ctx;
  const date = editionDate(view.startsAt, options.timeZone, options.locale);
  const header = `**${t("compare.questions.header", { hashtag: view.hashtag, date })}**`;
  const asked = askedWatchQuestions(view.questions);
  if (asked.length === 0) {
    const text = [header, t("compare.questions.none", { hashtag: view.hashtag })].join("\n");
    return message(text, [{ type: "section", text }]);
  }
  const lines = asked.map((q) =>
    t("compare.questions.line", {
      number: q.number,
      count: q.answers,
      n: fmt.count(q.answers),
      text: chatText(q.text ?? "", LINE_EXCERPT),
    }),
  );
  const body = fitLines(lines, SECTION_CHARS - header.length - 1, ctx);
  const blocks: Block[] = [
    { type: "section", text: [header, ...body].join("\n") },
    { type: "context", text: t("compare.questions.copyHint") },
    {
      type: "actions",
      elements: [
        {
          type: "select",
          action: "compare.copy",
          placeholder: t("compare.questions.copyPlaceholder"),
          options: asked.slice(0, COPY_OPTIONS).map((q) => ({
            label: `Q${q.number} · ${truncate(oneLine(q.text ?? ""), LABEL_EXCERPT)}`,
            value: copyValue(view.seriesId, view.editionId, q.number),
          })),
        },
      ],
    },
  ];
  return message(t("compare.questions.header", { hashtag: view.hashtag, date }), blocks);
}
