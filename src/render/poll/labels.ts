/** A poll question's wording in the reader's language: default ones are translated, custom ones as written. */
import type { Poll, PollQuestion } from "../../domain/poll.js";
import type { Translator } from "../../i18n/index.js";
import { escapeMarkdown } from "../markup.js";

export function questionLabel(t: Translator["t"], question: Pick<PollQuestion, "key" | "label">): string {
  return question.key ? t(`poll.questions.${question.key}`) : escapeMarkdown(question.label ?? "");
}

/** questionId -> wording, for the results chart. */
export function questionLabels(t: Translator["t"], poll: Pick<Poll, "questions">): Record<string, string> {
  return Object.fromEntries(
    poll.questions.map((q) => [q.id, q.key ? t(`poll.questions.${q.key}`) : (q.label ?? "")]),
  );
}

/** The poll's questions in display order. */
export function orderedQuestions(poll: Pick<Poll, "questions">): PollQuestion[] {
  return [...poll.questions].sort((a, b) => a.position - b.position);
}
