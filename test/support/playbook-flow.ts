/**
 * The "playbook right after an import" story both platform flows drive (issue 13, point 13): last
 * Tuesday's chat is imported (test/support/edition-flow.ts), then a moderator runs `playbook`
 * before anyone asked for the stats. The invitation names the chat's top contributors (never
 * "import the chat first"), and the step about unanswered questions comes only when some are left.
 */
import { type Locale, translator } from "../../src/i18n/index.js";
import { listOf } from "../../src/render/roster/list-format.js";
import { lastTuesdayArchive } from "./edition-flow.js";

/**
 * Last Tuesday's chat where both A1 posts reply to the Q1 that asked (so no question is left
 * hanging); `withUnanswered` adds a Q2 nobody replied to.
 */
export function importedArchive(hashtag: string, withUnanswered: boolean): string {
  const page = JSON.parse(lastTuesdayArchive(hashtag)) as {
    data: Array<Record<string, unknown>>;
  };
  for (const answer of page.data.slice(1)) answer.referenced_tweets = [{ type: "replied_to", id: "1801" }];
  if (withUnanswered)
    page.data.push({
      ...page.data[0],
      id: "1804",
      author_id: "1",
      text: `Q2 What would you change? #${hashtag}`,
      created_at: "2026-12-01T17:20:00.000Z",
      conversation_id: "1804",
    });
  return `${JSON.stringify(page)}\n`;
}

/** The step titles the moderator may and may not read, in the series' language. */
export function playbookSteps(locale: Locale, hashtag: string) {
  const { t } = translator(locale);
  return {
    /** Three people posted last Tuesday, none of them a host. */
    inviteHandles: ["@user1", "@user2", "@user3"],
    inviteNamed: (handles: string[]) => t("playbook.steps.invite", { handles: listOf(handles, locale) }),
    inviteNoData: t("playbook.steps.inviteNoData"),
    unansweredOne: t("playbook.steps.unanswered", { count: 1, hashtag }),
    unansweredAny: [
      t("playbook.steps.unansweredUnknown", { hashtag }),
      ...[1, 2, 3].map((count) => t("playbook.steps.unanswered", { count, hashtag })),
    ],
    thank: t("playbook.steps.thank", { number: 1 }),
  };
}
