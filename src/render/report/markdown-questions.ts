/** Markdown sections about the chat's questions: the per-question table and the questions left hanging. */
import type { QuestionStat, Report } from "../../domain/stats/report.js";
import type { RenderContext } from "./context.js";
import { table } from "./markdown-table.js";
import { noneKey } from "./message-unanswered.js";
import { askedQuestions, noQuestionLine, orphanAnswersLine } from "./orphans.js";
import { fileText, handleText, maybeLink } from "./text.js";

const QUESTION_EXCERPT = 80;
const UNANSWERED_EXCERPT = 200;

/** "Q3", linked to the host's post when known. */
export function questionLabel(question: QuestionStat): string {
  return maybeLink(`Q${question.number}`, question.url);
}

export function questionsSection(report: Report, ctx: RenderContext): string[] {
  const { t, fmt } = ctx;
  const title = `## ${t("report.section.questions")}`;
  const asked = askedQuestions(report);
  const orphans = orphanAnswersLine(report, ctx);
  const after = orphans === null ? [] : ["", orphans];
  if (asked.length === 0) return [title, "", noQuestionLine(report, ctx), ...after];
  const header = [
    "Q",
    t("report.column.question"),
    t("report.column.answers"),
    t("report.column.answerers"),
    t("report.column.engagement"),
  ];
  const rows = asked.map((question) => [
    questionLabel(question),
    fileText(question.text ?? "", QUESTION_EXCERPT),
    fmt.count(question.answers),
    fmt.count(question.answerers),
    fmt.count(question.engagement),
  ]);
  return [title, "", ...table(header, rows, ["left", "left", "right", "right", "right"]), ...after];
}

/** Every question left hanging (the file has no length limit), oldest first, each with its link. */
export function unansweredSection(report: Report, ctx: RenderContext): string[] {
  const { t, fmt } = ctx;
  const title = `## ${t(report.repliesKnown ? "report.section.unanswered" : "report.section.askedRepliesUnknown")}`;
  const count = report.unanswered.length;
  if (count === 0) return [title, "", t(noneKey(report))];
  const lines = report.unanswered.map((post) => {
    const head = `${handleText(post.authorHandle, fileText)}, ${ctx.when(post.createdAt)}`;
    const tail = post.url === null ? "" : ` (${maybeLink(t("report.view"), post.url)})`;
    return `- ${t("common.labelled", { label: head, value: fileText(post.text, UNANSWERED_EXCERPT) })}${tail}`;
  });
  const intro = report.repliesKnown ? "report.unanswered.intro" : "report.unanswered.introRepliesUnknown";
  return [title, "", t(intro, { count, n: fmt.count(count) }), "", ...lines];
}
