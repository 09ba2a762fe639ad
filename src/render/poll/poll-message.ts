/**
 * The poll as posted in the channel: per question a row of 1..5 buttons, then Comment, My votes /
 * results and Close. It shows how many people voted (never who) and the tally only when the
 * series shows results before close.
 */
import type { Poll, QuestionTally } from "../../domain/poll.js";
import { POLL_SCALE } from "../../domain/poll.js";
import { voteButtonValue } from "../../domain/polls.js";
import type { Translator } from "../../i18n/index.js";
import { escapeMarkdown } from "../markup.js";
import { type Block, type Message, message } from "../message.js";
import { orderedQuestions, questionLabel } from "./labels.js";
import type { PollHeading } from "./results.js";
import { tallyBlocks } from "./results.js";

type T = Translator["t"];

export interface PollView {
  heading: PollHeading;
  poll: Poll;
  voters: number;
  /** When the poll closes, already written for the reader. */
  closes: string;
  /** The tally, passed only when it may be shown. */
  tallies: readonly QuestionTally[] | null;
}

export function pollMessage(t: T, locale: string, view: PollView): Message {
  const { poll, heading } = view;
  const title = t("poll.title", { hashtag: escapeMarkdown(heading.hashtag), number: heading.editionNumber });
  const blocks: Block[] = [
    { type: "header", text: title },
    { type: "section", text: t("poll.intro", { closes: view.closes }) },
    { type: "context", text: t(poll.anonymous ? "poll.anonymous" : "poll.named") },
  ];
  for (const question of orderedQuestions(poll)) {
    blocks.push({ type: "section", text: `**${questionLabel(t, question)}**` });
    blocks.push({
      type: "actions",
      elements: POLL_SCALE.map((value) => ({
        action: "poll.vote" as const,
        value: voteButtonValue({ pollId: poll.id, questionId: question.id, value }),
        label: String(value),
      })),
    });
  }
  blocks.push({ type: "context", text: t("poll.voters", { count: view.voters }) });
  if (view.tallies) blocks.push(...tallyBlocks(t, poll, view.tallies, locale));
  else blocks.push({ type: "context", text: t("poll.resultsLater") });
  blocks.push({
    type: "actions",
    elements: [
      { action: "poll.comment", value: poll.id, label: t("poll.buttons.comment") },
      { action: "poll.results", value: poll.id, label: t("poll.buttons.mine") },
      { action: "poll.close", value: poll.id, label: t("poll.buttons.close"), style: "danger" },
    ],
  });
  return message(`${title}: ${t("poll.voters", { count: view.voters })}`, blocks);
}

/** What the poll message becomes once closed: no buttons, a pointer to the results. */
export function closedPollMessage(t: T, heading: PollHeading, voters: number): Message {
  const title = t("poll.title", { hashtag: escapeMarkdown(heading.hashtag), number: heading.editionNumber });
  return message(`${title}: ${t("poll.closedBanner")}`, [
    { type: "header", text: title },
    { type: "section", text: t("poll.closedBanner") },
    { type: "context", text: t("poll.results.voters", { count: voters }) },
  ]);
}
