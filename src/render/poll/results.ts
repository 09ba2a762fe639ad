/**
 * A poll's results as a neutral message: per question the 1..5 distribution, the average and the
 * number of votes, then the comments. No names, ever, even for named polls: the channel learns
 * what the team thinks, not who thought it. Tallies arrive already cut to what may be shown
 * (publishableTallies, src/domain/polls.ts): a withheld question or set of comments says so.
 * Charts are not drawn here: whoever posts the results may add the PNG from src/render/charts
 * (pollChart) to `files`.
 */
import type { Poll, QuestionTally } from "../../domain/poll.js";
import { tallyInOrder } from "../../domain/polls.js";
import type { Translator } from "../../i18n/index.js";
import { escapeMarkdown } from "../markup.js";
import { type Block, type Message, message } from "../message.js";
import { orderedQuestions, questionLabel } from "./labels.js";

type T = Translator["t"];

export interface PollHeading {
  hashtag: string;
  editionNumber: number;
  /** The poll's rank in its edition: from the second on, the title says "poll 2" so two polls read apart. */
  ordinal: number;
}

/** The poll's title, or its results' title: "poll 2" added from an edition's second poll on. */
export function pollTitle(t: T, heading: PollHeading, what: "poll" | "results"): string {
  const params = { hashtag: escapeMarkdown(heading.hashtag), number: heading.editionNumber };
  if (heading.ordinal > 1) {
    const nth = { ...params, ordinal: heading.ordinal };
    return what === "poll" ? t("poll.titleNth", nth) : t("poll.results.titleNth", nth);
  }
  return what === "poll" ? t("poll.title", params) : t("poll.results.title", params);
}

/** How many answered; an anonymous poll says too that who answered is not kept. */
export function votersLine(t: T, poll: Pick<Poll, "anonymous">, voters: number): string {
  return t(poll.anonymous ? "poll.results.anonymousVoters" : "poll.results.voters", { count: voters });
}

/** "4.2" / "4,2". */
export function formatAverage(average: number, locale: string): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    average,
  );
}

/** One question's figures: summary line and a bar per value, 5 at the top. */
export function tallyLines(t: T, tally: QuestionTally, locale: string, minAnswers = 1): string[] {
  if (tally.withheld) return [t("poll.results.withheld", { count: minAnswers })];
  if (tally.votes === 0 || tally.average === null) return [t("poll.results.noVotes")];
  const most = Math.max(...tally.counts, 1);
  const bars = [5, 4, 3, 2, 1].map((value) => {
    const count = tally.counts[value - 1] ?? 0;
    return `\`${value}\` ${"█".repeat(Math.round((count / most) * 10)) || "·"} ${count}`;
  });
  return [
    t("poll.results.summary", { count: tally.votes, average: formatAverage(tally.average, locale) }),
    ...bars,
  ];
}

/** Blocks for every question's figures (used by the results and by visible-before-close polls). */
export function tallyBlocks(
  t: T,
  poll: Pick<Poll, "questions" | "minAnswers">,
  tallies: readonly QuestionTally[],
  locale: string,
): Block[] {
  const ordered = tallyInOrder(poll, tallies);
  return orderedQuestions(poll).map((question, index) => ({
    type: "section" as const,
    text: [
      `**${questionLabel(t, question)}**`,
      ...tallyLines(t, ordered[index]!, locale, poll.minAnswers),
    ].join("\n"),
  }));
}

export function pollResultsMessage(
  t: T,
  locale: string,
  heading: PollHeading,
  poll: Pick<Poll, "questions" | "minAnswers" | "anonymous">,
  tallies: readonly QuestionTally[],
  voters: number,
): Message {
  const title = pollTitle(t, heading, "results");
  const blocks: Block[] = [
    { type: "header", text: title },
    { type: "context", text: votersLine(t, poll, voters) },
    ...tallyBlocks(t, poll, tallies, locale),
  ];
  const comments = tallyInOrder(poll, tallies).flatMap((tally) => tally.comments);
  if (comments.length > 0)
    blocks.push({
      type: "section",
      text: [`**${t("poll.results.comments")}**`, ...comments.map((c) => `- “${escapeMarkdown(c)}”`)].join(
        "\n",
      ),
    });
  if (tallies.some((tally) => tally.commentsWithheld))
    blocks.push({ type: "context", text: t("poll.results.commentsWithheld", { count: poll.minAnswers }) });
  return message(t("common.labelled", { label: title, value: votersLine(t, poll, voters) }), blocks);
}
