import type { OptOut, QuoteApproval } from "../../../src/domain/content/consent.js";
import type { Network } from "../../../src/domain/post.js";
import type { ConsentRepository } from "../../../src/ports.js";
import { storeErrors } from "../../../src/store/errors.js";
import { compareOptOuts, compareText } from "../../../src/store/rules.js";
import { copy, type MemoryDb } from "./tables.js";

export class MemoryConsent implements ConsentRepository {
  constructor(private readonly db: MemoryDb) {}

  private requireSeries(workspaceId: string, seriesId: string): void {
    if (!this.db.t.series.some((s) => s.id === seriesId && s.workspaceId === workspaceId))
      throw storeErrors.series(seriesId);
  }

  async addOptOut(
    workspaceId: string,
    seriesId: string,
    optOut: OptOut,
    createdBy: string,
  ): Promise<boolean> {
    this.requireSeries(workspaceId, seriesId);
    const row = this.db.t.optOuts.find(
      (o) => o.seriesId === seriesId && o.network === optOut.network && o.handle === optOut.handle,
    );
    if (row) {
      if (optOut.source === "moderator" && row.source === "reply") {
        row.source = "moderator";
        row.createdBy = createdBy;
      }
      return false;
    }
    this.db.t.optOuts.push({ ...copy(optOut), workspaceId, seriesId, createdBy });
    return true;
  }

  async removeOptOut(
    workspaceId: string,
    seriesId: string,
    handle: string,
    network: Network | null,
  ): Promise<boolean> {
    const before = this.db.t.optOuts.length;
    this.db.t.optOuts = this.db.t.optOuts.filter(
      (o) =>
        !(
          o.workspaceId === workspaceId &&
          o.seriesId === seriesId &&
          o.handle === handle &&
          o.network === network
        ),
    );
    return this.db.t.optOuts.length < before;
  }

  async optOuts(workspaceId: string, seriesId: string): Promise<OptOut[]> {
    return this.db.t.optOuts
      .filter((o) => o.workspaceId === workspaceId && o.seriesId === seriesId)
      .map((o) => ({ network: o.network, handle: o.handle, source: o.source }))
      .sort(compareOptOuts);
  }

  async requestQuotes(
    workspaceId: string,
    seriesId: string,
    quotes: ReadonlyArray<Omit<QuoteApproval, "status">>,
    at: Date,
  ): Promise<number> {
    this.requireSeries(workspaceId, seriesId);
    let created = 0;
    for (const q of quotes) {
      const known = this.db.t.approvals.some(
        (a) => a.seriesId === seriesId && a.network === q.network && a.externalId === q.externalId,
      );
      if (known) continue;
      this.db.t.approvals.push({ ...copy(q), status: "pending", workspaceId, seriesId, requestedAt: at });
      created += 1;
    }
    return created;
  }

  async approve(
    workspaceId: string,
    seriesId: string,
    which: { network: Network; externalId: string } | { handle: string },
    _at: Date,
  ): Promise<number> {
    let changed = 0;
    for (const a of this.db.t.approvals) {
      if (a.workspaceId !== workspaceId || a.seriesId !== seriesId || a.status !== "pending") continue;
      const hit =
        "handle" in which
          ? a.authorHandle === which.handle
          : a.network === which.network && a.externalId === which.externalId;
      if (!hit) continue;
      a.status = "approved";
      changed += 1;
    }
    return changed;
  }

  async approvals(workspaceId: string, seriesId: string): Promise<QuoteApproval[]> {
    return this.db.t.approvals
      .filter((a) => a.workspaceId === workspaceId && a.seriesId === seriesId)
      .sort(
        (x, y) =>
          x.requestedAt.getTime() - y.requestedAt.getTime() ||
          compareText(x.network, y.network) ||
          compareText(x.externalId, y.externalId),
      )
      .map((a) => ({
        network: a.network,
        externalId: a.externalId,
        authorHandle: a.authorHandle,
        status: a.status,
      }));
  }
}
