import type { DailyMetricRepository, UpsertResult } from "../ports.js";
import type { DailyMetrics } from "../sources/types.js";
import type { DbOrTx } from "./database.js";
import { storeErrors } from "./errors.js";
import { countOf, inTransaction, jsonObject } from "./prisma-support.js";

export class PrismaDailyMetricRepository implements DailyMetricRepository {
  constructor(private readonly db: DbOrTx) {}

  /** A few hundred days at most per export: one upsert per day, in one transaction. */
  async upsertMany(workspaceId: string, account: string, days: DailyMetrics[]): Promise<UpsertResult> {
    const byDate = new Map(days.map((d) => [d.date, d]));
    return inTransaction(this.db, async (tx) => {
      const ws = await tx.workspace.findUnique({ where: { id: workspaceId }, select: { id: true } });
      if (!ws) throw storeErrors.workspace(workspaceId);
      const known = await tx.dailyMetric.count({
        where: { workspaceId, account, date: { in: [...byDate.keys()] } },
      });
      for (const day of byDate.values()) {
        const values = {
          postsPublished: day.postsPublished,
          impressions: day.impressions,
          engagements: day.engagements,
          likes: day.likes,
          reposts: day.reposts,
          replies: day.replies,
          extra: JSON.stringify(day.extra),
        };
        await tx.dailyMetric.upsert({
          where: { workspaceId_account_date: { workspaceId, account, date: day.date } },
          create: { workspaceId, account, date: day.date, ...values },
          update: values,
        });
      }
      return { inserted: byDate.size - known, updated: known };
    });
  }

  async list(workspaceId: string, account: string, from: string, to: string): Promise<DailyMetrics[]> {
    const rows = await this.db.dailyMetric.findMany({
      where: { workspaceId, account, date: { gte: from, lte: to } },
      orderBy: { date: "asc" },
    });
    return rows.map((r) => ({
      date: r.date,
      postsPublished: countOf(r.postsPublished),
      impressions: countOf(r.impressions),
      engagements: countOf(r.engagements),
      likes: countOf(r.likes),
      reposts: countOf(r.reposts),
      replies: countOf(r.replies),
      extra: jsonObject<Record<string, number>>(r.extra, ["DailyMetric", "extra"]),
    }));
  }
}
