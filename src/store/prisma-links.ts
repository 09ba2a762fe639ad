import type { SeriesLinkRepository } from "../ports.js";
import type { DbOrTx } from "./database.js";
import { storeErrors } from "./errors.js";
import { oneOf } from "./prisma-support.js";

const ROLES = ["after_party", "debrief"] as const;
type LinkRole = (typeof ROLES)[number];

export class PrismaSeriesLinkRepository implements SeriesLinkRepository {
  constructor(private readonly db: DbOrTx) {}

  async createCode(input: Parameters<SeriesLinkRepository["createCode"]>[0]): Promise<void> {
    const series = await this.db.chatSeries.findUnique({
      where: { id: input.seriesId },
      select: { workspaceId: true },
    });
    if (!series) throw storeErrors.series(input.seriesId);
    await this.db.seriesLink.create({
      data: {
        // Until redeemed, the pending link belongs to the series' own workspace.
        workspaceId: series.workspaceId,
        seriesId: input.seriesId,
        role: input.role,
        codeHash: input.codeHash,
        expiresAt: input.expiresAt,
        createdBy: input.createdBy,
      },
    });
  }

  async redeem(
    codeHash: string,
    workspaceId: string,
    now: Date,
  ): Promise<{ seriesId: string; role: LinkRole } | null> {
    const link = await this.db.seriesLink.findUnique({ where: { codeHash } });
    if (!link) return null;
    // One statement decides: of two redeemers of one code, only one sees count = 1.
    const { count } = await this.db.seriesLink.updateMany({
      where: {
        id: link.id,
        codeHash,
        linkedAt: null,
        OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
      },
      data: { codeHash: null, linkedAt: now, workspaceId },
    });
    if (count === 0) return null;
    return { seriesId: link.seriesId, role: oneOf(ROLES, link.role, ["SeriesLink", "role"]) };
  }

  async linkedSeries(workspaceId: string): Promise<Array<{ seriesId: string; role: LinkRole }>> {
    const rows = await this.db.seriesLink.findMany({
      where: { workspaceId, linkedAt: { not: null } },
      orderBy: [{ linkedAt: "asc" }, { id: "asc" }],
    });
    const seen = new Set<string>();
    const out: Array<{ seriesId: string; role: LinkRole }> = [];
    for (const row of rows) {
      const key = `${row.seriesId}:${row.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ seriesId: row.seriesId, role: oneOf(ROLES, row.role, ["SeriesLink", "role"]) });
    }
    return out;
  }
}
