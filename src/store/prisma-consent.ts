/** Consent to quote on Prisma: the QuoteOptOut and QuoteApproval tables (network "*" = every network). */
import type { OptOut, QuoteApproval } from "../domain/content/consent.js";
import { NETWORKS, type Network } from "../domain/post.js";
import type { ConsentRepository } from "../ports.js";
import type { DbOrTx } from "./database.js";
import { storeErrors } from "./errors.js";
import { isUniqueViolation, oneOf } from "./prisma-support.js";
import { compareOptOuts, EVERY_NETWORK } from "./rules.js";

const SOURCES = ["moderator", "reply"] as const;
const STATUSES = ["pending", "approved"] as const;

function toOptOut(row: { network: string; handle: string; source: string }): OptOut {
  return {
    network: row.network === EVERY_NETWORK ? null : oneOf(NETWORKS, row.network, ["QuoteOptOut", "network"]),
    handle: row.handle,
    source: oneOf(SOURCES, row.source, ["QuoteOptOut", "source"]),
  };
}

export class PrismaConsentRepository implements ConsentRepository {
  constructor(private readonly db: DbOrTx) {}

  private async requireSeries(workspaceId: string, seriesId: string): Promise<void> {
    const found = await this.db.chatSeries.findFirst({
      where: { id: seriesId, workspaceId },
      select: { id: true },
    });
    if (!found) throw storeErrors.series(seriesId);
  }

  async addOptOut(
    workspaceId: string,
    seriesId: string,
    optOut: OptOut,
    createdBy: string,
  ): Promise<boolean> {
    await this.requireSeries(workspaceId, seriesId);
    const network = optOut.network ?? EVERY_NETWORK;
    const key = { workspaceId, seriesId, network, handle: optOut.handle };
    if (optOut.source === "moderator") {
      const { count } = await this.db.quoteOptOut.updateMany({
        where: { ...key, source: "reply" },
        data: { source: "moderator", createdBy },
      });
      if (count > 0) return false;
    }
    try {
      await this.db.quoteOptOut.create({ data: { ...key, source: optOut.source, createdBy } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async removeOptOut(
    workspaceId: string,
    seriesId: string,
    handle: string,
    network: Network | null,
  ): Promise<boolean> {
    const { count } = await this.db.quoteOptOut.deleteMany({
      where: { workspaceId, seriesId, handle, network: network ?? EVERY_NETWORK },
    });
    return count > 0;
  }

  async optOuts(workspaceId: string, seriesId: string): Promise<OptOut[]> {
    const rows = await this.db.quoteOptOut.findMany({ where: { workspaceId, seriesId } });
    return rows.map(toOptOut).sort(compareOptOuts);
  }

  async requestQuotes(
    workspaceId: string,
    seriesId: string,
    quotes: ReadonlyArray<Omit<QuoteApproval, "status">>,
    at: Date,
  ): Promise<number> {
    await this.requireSeries(workspaceId, seriesId);
    let created = 0;
    for (const q of quotes) {
      try {
        await this.db.quoteApproval.create({
          data: {
            workspaceId,
            seriesId,
            network: q.network,
            externalId: q.externalId,
            authorHandle: q.authorHandle,
            requestedAt: at,
          },
        });
        created += 1;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    return created;
  }

  async approve(
    workspaceId: string,
    seriesId: string,
    which: { network: Network; externalId: string } | { handle: string },
    at: Date,
  ): Promise<number> {
    const match = "handle" in which ? { authorHandle: which.handle } : which;
    const { count } = await this.db.quoteApproval.updateMany({
      where: { workspaceId, seriesId, status: "pending", ...match },
      data: { status: "approved", decidedAt: at },
    });
    return count;
  }

  async approvals(workspaceId: string, seriesId: string): Promise<QuoteApproval[]> {
    const rows = await this.db.quoteApproval.findMany({
      where: { workspaceId, seriesId },
      orderBy: [{ requestedAt: "asc" }, { network: "asc" }, { externalId: "asc" }],
    });
    return rows.map((r) => ({
      network: oneOf(NETWORKS, r.network, ["QuoteApproval", "network"]),
      externalId: r.externalId,
      authorHandle: r.authorHandle,
      status: oneOf(STATUSES, r.status, ["QuoteApproval", "status"]),
    }));
  }
}
