/**
 * Answers carrying a number that no host question in the data asked ("orphans") are shown apart from the
 * questions table: listed under a question they are not about, they read as that question's answers.
 */
import type { QuestionStat, Report } from "../../domain/stats/report.js";
import type { RenderContext } from "./context.js";
import { fitLines } from "./lists.js";

/** The numbers a host asked, in order. */
export function askedQuestions(report: Report): QuestionStat[] {
  return report.questions.filter((question) => question.text !== null);
}

/**
 * No host question in the data: when someone's posts open with Q1, Q2… (the host, not named as such), who
 * to name as host to get the questions table; else that none was found.
 */
export function noQuestionLine(report: Pick<Report, "likelyHost">, ctx: RenderContext): string {
  return report.likelyHost
    ? ctx.t("report.questions.likelyHost", { handle: report.likelyHost })
    : ctx.t("report.questions.none");
}

/**
 * "Answers numbered for questions no host post in this data asks: A7 (3 answers, 2 people), A12 (…).", or
 * null when there is none; the list is cut with "and N more" past `budget` characters.
 */
export function orphanAnswersLine(report: Report, ctx: RenderContext, budget = Number.POSITIVE_INFINITY) {
  const { t, fmt } = ctx;
  const orphans = report.questions.filter((question) => question.text === null);
  if (orphans.length === 0) return null;
  const items = orphans.map((orphan) => {
    const answers = t("report.count.answers", { count: orphan.answers, n: fmt.count(orphan.answers) });
    const people = t("report.count.people", { count: orphan.answerers, n: fmt.count(orphan.answerers) });
    return `A${orphan.number} (${answers}, ${people})`;
  });
  const list = fitLines(items, budget, ctx, ", ").join(", ");
  return t("report.questions.orphans", { count: orphans.length, list });
}
