/** One series on the App Home tab: its current edition and status, latest figures, open poll. */
import { type Edition, statusAt } from "../../domain/edition.js";
import type { Poll } from "../../domain/poll.js";
import type { Series } from "../../domain/series.js";
import type { Translator } from "../../i18n/index.js";
import { escapeMarkdown } from "../../render/markup.js";
import type { Block } from "../../render/message.js";
import { formatFor } from "../../render/report/format.js";

export interface SeriesFacts {
  series: Series;
  /** The live edition, else the last started, else the next scheduled one. */
  current: Edition | null;
  /** The newest edition with stored headline figures. */
  measured: Edition | null;
  openPoll: { poll: Poll; edition: Edition } | null;
}

export function seriesBlocks(facts: SeriesFacts, t: Translator, now: Date): Block[] {
  const { series, current, measured, openPoll } = facts;
  const format = formatFor(t.locale, series.timeZone);
  const title = t.t("home.series", { hashtag: series.hashtag, title: escapeMarkdown(series.title) });
  const editionLine = current
    ? t.t(current.topic ? "home.editionTopic" : "home.edition", {
        number: current.number,
        status: t.t(`home.status.${statusAt(current, now)}`),
        when: format.dateTime(current.startsAt.toISOString()),
        topic: current.topic ? escapeMarkdown(current.topic) : "",
      })
    : t.t("home.noEdition");
  const blocks: Block[] = [{ type: "section", text: `${title}\n${editionLine}` }];
  const headline = measured?.headline;
  if (measured && headline) {
    blocks.push({ type: "context", text: t.t("home.figuresOf", { number: measured.number }) });
    blocks.push({
      type: "fields",
      fields: [
        { label: t.t("home.figures.posts"), value: format.count(headline.posts) },
        { label: t.t("home.figures.contributors"), value: format.count(headline.contributors) },
        { label: t.t("home.figures.engagement"), value: format.count(headline.engagement) },
        {
          label: t.t("home.figures.answered"),
          value: t.t("home.figures.answeredValue", {
            answered: format.count(headline.questions - headline.unanswered),
            questions: format.count(headline.questions),
          }),
        },
      ],
    });
  }
  if (openPoll) {
    const closes = openPoll.poll.closesAt;
    blocks.push({
      type: "context",
      text: closes
        ? t.t("home.pollOpen", {
            number: openPoll.edition.number,
            closes: format.dateTime(closes.toISOString()),
          })
        : t.t("home.pollOpenNoEnd", { number: openPoll.edition.number }),
    });
  }
  return blocks;
}
