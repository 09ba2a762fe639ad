/** The watch-list's messages: the list, the reminder before a watched chat, its mini-report. */

import type { Watch, WatchEdition, WatchSummary } from "../../domain/watch.js";
import { followLinks } from "../../domain/watch-links.js";
import { formatDate } from "../../i18n/dates.js";
import type { Translator } from "../../i18n/index.js";
import { escapeMarkdown, link, truncate } from "../markup.js";
import { type Block, type Message, message, sentence } from "../message.js";

const NETWORK_NAMES = { x: "X", bluesky: "Bluesky", mastodon: "Mastodon" } as const;

const hostsText = (hosts: readonly string[]) => hosts.map((h) => `@${escapeMarkdown(h)}`).join(", ");

export function watchListMessage(t: Translator, watches: readonly Watch[]): Message {
  if (watches.length === 0) return sentence(t.t("watch.empty"));
  const lines = watches.map((w) =>
    t.t("watch.line", {
      hashtag: escapeMarkdown(w.hashtag),
      schedule: w.cron
        ? t.t("watch.schedule", {
            cron: w.cron,
            zone: w.timeZone,
            minutes: w.durationMinutes,
            remind: w.remindMinutes,
          })
        : t.t("watch.noSchedule"),
      networks: w.networks.map((n) => NETWORK_NAMES[n]).join(", "),
      hosts: w.hosts.length ? t.t("watch.hosts", { hosts: hostsText(w.hosts) }) : "",
      note: w.note ? t.t("watch.note", { note: escapeMarkdown(w.note) }) : "",
    }),
  );
  const header = t.t("watch.listHeader");
  return message([header, ...lines].join("\n"), [
    { type: "header", text: header },
    { type: "section", text: lines.map((l) => `- ${l}`).join("\n") },
  ]);
}

/** Before the chat: who hosts it, its hashtag, where to follow it live; `dm`: the DM version (no button). */
export function watchReminderMessage(
  t: Translator,
  watch: Watch,
  edition: WatchEdition,
  dm = false,
): Message {
  const when = formatDate(edition.startsAt, t.locale, watch.timeZone);
  const header = t.t(dm ? "watch.reminder.dmHeader" : "watch.reminder.header", {
    hashtag: watch.hashtag,
    when,
  });
  const links = followLinks(watch)
    .map((l) => link(NETWORK_NAMES[l.network], l.url))
    .join(" · ");
  const lines = [
    watch.hosts.length
      ? t.t("watch.reminder.hosts", { hosts: hostsText(watch.hosts) })
      : t.t("watch.reminder.noHosts"),
    t.t("watch.reminder.follow", { links }),
    ...(watch.note ? [t.t("watch.reminder.note", { note: escapeMarkdown(watch.note) })] : []),
  ];
  const blocks: Block[] = [
    { type: "header", text: header },
    { type: "section", text: lines.join("\n") },
  ];
  if (!dm)
    blocks.push({
      type: "actions",
      elements: [{ action: "watch.remind", value: watch.id, label: t.t("watch.reminder.dm") }],
    });
  return message(`${header}\n${lines.join("\n")}`, blocks);
}

function figure(value: number | null, locale: string, digits = 0): string {
  if (value === null) return "–";
  return new Intl.NumberFormat(locale === "fr" ? "fr-FR" : "en-US", { maximumFractionDigits: digits }).format(
    value,
  );
}

/** After the chat: key figures, its questions with their answers, top posts, topics, our team. */
export function watchReportMessage(
  t: Translator,
  watch: Watch,
  edition: WatchEdition,
  summary: WatchSummary,
): Message {
  const date = formatDate(edition.startsAt, t.locale, watch.timeZone);
  const header = t.t("watch.report.header", { hashtag: watch.hashtag, date });
  const h = summary.headline;
  const n = (v: number | null, d = 0) => figure(v, t.locale, d);
  const blocks: Block[] = [{ type: "header", text: header }];
  const plain: string[] = [header];
  const add = (text: string) => {
    blocks.push({ type: "section", text });
    plain.push(text);
  };
  if (h.posts === 0) add(t.t("watch.report.empty", { hashtag: escapeMarkdown(watch.hashtag) }));
  else {
    add(
      [
        t.t("watch.report.figures", {
          posts: n(h.posts),
          contributors: n(h.contributors),
          engagement: n(h.engagement),
          perPost: n(summary.engagementPerPost, 1),
          questions: n(h.questions),
          answers: n(h.answers),
        }),
        ...(h.potentialReach !== null ? [t.t("watch.report.reach", { reach: n(h.potentialReach) })] : []),
      ].join("\n"),
    );
    if (summary.questions.length)
      add(
        [
          `**${t.t("watch.report.questions")}**`,
          ...summary.questions.map(
            (q) =>
              `- ${
                q.text
                  ? t.t("watch.report.question", {
                      number: q.number,
                      text: escapeMarkdown(truncate(q.text, 200)),
                      answers: q.answers,
                      answerers: q.answerers,
                    })
                  : t.t("watch.report.questionNoText", { number: q.number, answers: q.answers })
              }`,
          ),
        ].join("\n"),
      );
    if (summary.topPosts.length)
      add(
        [
          `**${t.t("watch.report.top")}**`,
          ...summary.topPosts.slice(0, 3).map((p) => {
            const text = t.t("watch.report.topLine", {
              handle: escapeMarkdown(p.authorHandle),
              text: escapeMarkdown(truncate(p.text.replace(/\s+/gu, " "), 140)),
              engagement: n(p.engagement),
            });
            return `- ${p.url ? `${text} ${link("↗", p.url)}` : text}`;
          }),
        ].join("\n"),
      );
    if (summary.topics.length)
      add(t.t("watch.report.topics", { topics: summary.topics.map(escapeMarkdown).join(", ") }));
    add(
      summary.teamMembers.length
        ? t.t("watch.report.team", {
            members: summary.teamMembers.map((m) => `@${escapeMarkdown(m.handle)} (${m.posts})`).join(", "),
          })
        : t.t("watch.report.teamNone"),
    );
  }
  if (summary.missing.length) {
    const text = t.t("watch.report.missing", {
      networks: summary.missing.map((m) => NETWORK_NAMES[m]).join(", "),
    });
    blocks.push({ type: "context", text });
    plain.push(text);
  }
  return message(plain.join("\n"), blocks);
}
