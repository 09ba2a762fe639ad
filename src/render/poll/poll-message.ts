/**
 * The poll as posted in the channel: per question a row of 1..5 buttons, then Comment, My votes /
 * results and Close. A named poll shows how many people voted (never who) and the tally only when
 * the series shows results before close. An anonymous poll shows neither while open (watching
 * either move tells who just answered what: docs/anonymity.md); it says that its answers are final
 * and from how many answers results are shown.
 */
import type { Poll, QuestionTally } from "../../domain/poll.js";
import { POLL_SCALE } from "../../domain/poll.js";
import { voteButtonValue } from "../../domain/polls.js";
import type { Translator } from "../../i18n/index.js";
import { confirmFor } from "../confirm.js";
import { type Block, type Message, message } from "../message.js";
import { orderedQuestions, questionLabel } from "./labels.js";
import type { PollHeading } from "./results.js";
import { pollTitle, tallyBlocks, votersLine } from "./results.js";

type T = Translator["t"];

export interface PollView {
  heading: PollHeading;
  poll: Poll;
  /** How many people voted so far; null when not shown (anonymous polls). */
  voters: number | null;
  /** When the poll closes, already written for the reader. */
  closes: string;
  /** The tally, passed only when it may be shown. */
  tallies: readonly QuestionTally[] | null;
}

export function pollMessage(t: T, locale: string, view: PollView): Message {
  const { poll, heading } = view;
  const title = pollTitle(t, heading, "poll");
  const blocks: Block[] = [
    { type: "header", text: title },
    {
      type: "section",
      text: t(poll.anonymous ? "poll.introAnonymous" : "poll.intro", { closes: view.closes }),
    },
    { type: "context", text: promise(t, poll) },
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
  const counter = view.voters === null ? null : t("poll.voters", { count: view.voters });
  if (counter) blocks.push({ type: "context", text: counter });
  if (view.tallies) blocks.push(...tallyBlocks(t, poll, view.tallies, locale));
  else blocks.push({ type: "context", text: t("poll.resultsLater") });
  blocks.push({
    type: "actions",
    elements: [
      { action: "poll.comment", value: poll.id, label: t("poll.buttons.comment") },
      { action: "poll.results", value: poll.id, label: t("poll.buttons.mine") },
      {
        action: "poll.close",
        value: poll.id,
        label: t("poll.buttons.close"),
        style: "danger",
        confirm: confirmFor(t, "poll.close"),
      },
    ],
  });
  return message(counter ? t("common.labelled", { label: title, value: counter }) : title, blocks);
}

/** What the poll promises about who sees what, and (anonymous) from how many answers. */
function promise(t: T, poll: Pick<Poll, "anonymous" | "minAnswers">): string {
  if (!poll.anonymous) return t("poll.named");
  return [
    t("poll.anonymous"),
    t("poll.anonymousFinal"),
    t("poll.threshold", { count: poll.minAnswers }),
  ].join("\n");
}

/** What the poll message becomes once closed: no buttons, a pointer to the results. */
export function closedPollMessage(
  t: T,
  heading: PollHeading,
  poll: Pick<Poll, "anonymous">,
  voters: number,
): Message {
  const title = pollTitle(t, heading, "poll");
  return message(t("common.labelled", { label: title, value: t("poll.closedBanner") }), [
    { type: "header", text: title },
    { type: "section", text: t("poll.closedBanner") },
    { type: "context", text: votersLine(t, poll, voters) },
  ]);
}
