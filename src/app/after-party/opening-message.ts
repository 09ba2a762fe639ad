/** The after-party's first message: the host's goodbye, the invitation, the best posts, the next date. */
import type { Edition } from "../../domain/edition.js";
import type { Series } from "../../domain/series.js";
import type { Translator } from "../../i18n/index.js";
import { escapeMarkdown, isolate, link, truncate } from "../../render/markup.js";
import { type Block, type Message, message } from "../../render/message.js";
import { formatFor } from "../../render/report/format.js";
import type { BestPost } from "./best-posts.js";
import { hashtagUrl } from "./hashtag-url.js";
import type { NextEdition } from "./next-edition.js";

const POST_LABEL = 80;

export function threadTitle(t: Translator, series: Series, edition: Edition): string {
  return edition.topic
    ? t.t("afterparty.thread.titleTopic", { hashtag: series.hashtag, topic: edition.topic })
    : t.t("afterparty.thread.title", { hashtag: series.hashtag });
}

export function openingMessage(
  t: Translator,
  series: Series,
  edition: Edition,
  best: BestPost[],
  next: NextEdition | null,
): Message {
  const header = t.t("afterparty.open.header", { hashtag: series.hashtag });
  const goodbye = series.settings.goodbye
    ? escapeMarkdown(series.settings.goodbye)
    : t.t("afterparty.open.goodbye");
  const blocks: Block[] = [{ type: "header", text: header }];
  if (edition.topic)
    blocks.push({
      type: "section",
      text: t.t("afterparty.open.topic", { topic: escapeMarkdown(edition.topic) }),
    });
  blocks.push({ type: "section", text: goodbye });
  blocks.push({
    type: "section",
    text: t.t("afterparty.open.invite", {
      count: series.settings.afterPartyHours,
      tag: link(`#${series.hashtag}`, hashtagUrl(series)),
    }),
  });
  const format = formatFor(t.locale, series.timeZone);
  if (best.length > 0) {
    const lines = best.map(({ post, engagement }) =>
      t.t("afterparty.open.bestLine", {
        count: engagement,
        engagement: format.count(engagement),
        link: isolate(link(truncate(post.text.replace(/\s+/gu, " ").trim(), POST_LABEL), post.url ?? "")),
        author: isolate(escapeMarkdown(post.authorHandle)),
      }),
    );
    blocks.push({
      type: "section",
      text: [
        `**${t.t("afterparty.open.best", { count: best.length })}**`,
        ...lines.map((l) => `- ${l}`),
      ].join("\n"),
    });
  }
  if (next)
    blocks.push({
      type: "context",
      text: t.t("afterparty.open.next", { when: format.dateTime(next.startsAt.toISOString()) }),
    });
  return message(`${header}. ${goodbye}`, blocks);
}
