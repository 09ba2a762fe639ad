/** The questions left hanging in chat: the first ten each with an "Assign a follow-up" button, the rest as text. */
import type { Report, UnansweredPost } from "../../domain/stats/report.js";
import type { Block } from "../message.js";
import type { RenderContext } from "./context.js";
import { FULL_REPORT_FILE } from "./full-report-file.js";
import { SECTION_CHARS, UNANSWERED_BUTTONS } from "./limits.js";
import { fitLines } from "./lists.js";
import { chatText, handleText, maybeLink } from "./text.js";
import { unansweredValue } from "./unanswered-value.js";

const WITH_BUTTON_EXCERPT = 280;
const LISTED_EXCERPT = 100;

export function unansweredBlocks(report: Report, ctx: RenderContext): Block[] {
  const { t, fmt } = ctx;
  const posts = report.unanswered;
  const title = `**${t(report.repliesKnown ? "report.section.unanswered" : "report.section.askedRepliesUnknown")}**`;
  if (posts.length === 0) return [{ type: "section", text: `${title}\n${t(noneKey(report))}` }];
  const count = posts.length;
  const intro = t(report.repliesKnown ? "report.unanswered.intro" : "report.unanswered.introRepliesUnknown", {
    count,
    n: fmt.count(count),
  });
  const blocks: Block[] = [{ type: "section", text: `${title}\n${intro}` }];
  for (const post of posts.slice(0, UNANSWERED_BUTTONS)) {
    blocks.push({
      type: "section",
      text: line(post, ctx, WITH_BUTTON_EXCERPT),
      accessory: {
        action: "unanswered.assign",
        value: unansweredValue(post).value,
        label: t("report.unanswered.assign"),
      },
    });
  }
  const rest = posts.slice(UNANSWERED_BUTTONS);
  if (rest.length > 0) {
    const lines = rest.map((post) => `- ${line(post, ctx, LISTED_EXCERPT)}`);
    blocks.push({ type: "section", text: fitLines(lines, SECTION_CHARS, ctx).join("\n") });
    blocks.push({
      type: "context",
      text: t("report.unanswered.fullList", { file: `\`${FULL_REPORT_FILE}\`` }),
    });
  }
  return blocks;
}

/**
 * Nothing left hanging: "every question participants asked got an answer" only when some did ask;
 * "no participant asked anything" when none did, or when the data cannot tell replies.
 */
export function noneKey(report: Pick<Report, "repliesKnown" | "participantQuestions">) {
  return report.repliesKnown && report.participantQuestions > 0
    ? "report.unanswered.none"
    : "report.unanswered.noneAsked";
}

function line(post: UnansweredPost, ctx: RenderContext, max: number): string {
  const head = `${handleText(post.authorHandle, chatText)}, ${ctx.when(post.createdAt)}`;
  const tail = post.url === null ? "" : ` (${maybeLink(ctx.t("report.view"), post.url)})`;
  return `${ctx.t("common.labelled", { label: head, value: chatText(post.text, max) })}${tail}`;
}
