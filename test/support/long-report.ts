/**
 * A long edition both platforms' report flows post (issue 13, point 1): 400 posts by 120 people,
 * 30 of them questions left hanging, long texts; the edition before had 300 posts and its figures
 * stored, so every headline figure has a change to show.
 */
import type { Post } from "../../src/domain/post.js";
import type { Series } from "../../src/domain/series.js";
import type { Store } from "../../src/ports.js";
import { post } from "../app/tasks/support/posts.js";

export const LONG_REPORT_STARTS = Date.UTC(2026, 2, 3, 19, 0);
const LONG = "a rather long answer that goes on about what the team learned this week and why it matters";

export function longChatPosts(): Post[] {
  const out: Post[] = [];
  for (let i = 0; i < 400; i += 1) {
    const question = i < 30;
    out.push(
      post(`person_with_a_long_handle_${i % 120}`, {
        externalId: String(5_000_000 + i),
        text: question ? `Q? Does anyone know ${LONG} number ${i}? #cafechat` : `A1 ${LONG} ${i} #cafechat`,
        createdAt: new Date(LONG_REPORT_STARTS + i * 8_000),
        likes: i % 17,
        url: `https://x.com/p/status/${5_000_000 + i}`,
      }),
    );
  }
  return out;
}

/** Edition 1 (300 posts, figures stored) and edition 2 (the 400 posts, imported, not reported yet). */
export async function seedLongReport(store: Store, series: Series): Promise<void> {
  const ws = series.workspaceId;
  const first = await store.editions.create({
    workspaceId: ws,
    seriesId: series.id,
    number: 1,
    startsAt: new Date(LONG_REPORT_STARTS - 7 * 86_400_000),
    endsAt: new Date(LONG_REPORT_STARTS - 7 * 86_400_000 + 3_600_000),
    status: "closed",
  });
  await store.editions.update(ws, first.id, {
    importedAt: new Date(LONG_REPORT_STARTS - 6 * 86_400_000),
    headline: {
      posts: 300,
      contributors: 100,
      engagement: 2000,
      potentialReach: null,
      impressions: null,
      questions: 0,
      answers: 0,
      unanswered: 40,
      newContributors: 10,
    },
  });
  const second = await store.editions.create({
    workspaceId: ws,
    seriesId: series.id,
    number: 2,
    startsAt: new Date(LONG_REPORT_STARTS),
    endsAt: new Date(LONG_REPORT_STARTS + 3_600_000),
    status: "debriefing",
  });
  await store.posts.upsertBatch(ws, second.id, longChatPosts());
  await store.editions.update(ws, second.id, { importedAt: new Date(LONG_REPORT_STARTS + 2 * 3_600_000) });
}
