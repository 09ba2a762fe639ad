import type { SeriesLinkRepository, TeamRepository, TeamRole } from "../../../src/ports.js";
import { storeErrors } from "../../../src/store/errors.js";
import { compareText } from "../../../src/store/rules.js";
import { type MemoryDb, newId } from "./tables.js";

export class MemoryTeam implements TeamRepository {
  constructor(private readonly db: MemoryDb) {}

  private find(workspaceId: string, seriesId: string, userRef: string) {
    return this.db.t.team.find(
      (m) => m.workspaceId === workspaceId && m.seriesId === seriesId && m.userRef === userRef,
    );
  }

  async set(workspaceId: string, seriesId: string, userRef: string, role: TeamRole): Promise<boolean> {
    if (!this.db.t.series.some((s) => s.id === seriesId && s.workspaceId === workspaceId))
      throw storeErrors.series(seriesId);
    const row = this.find(workspaceId, seriesId, userRef);
    if (row) {
      if (row.role === role) return false;
      row.role = role;
      return true;
    }
    this.db.t.team.push({
      id: newId(),
      workspaceId,
      seriesId,
      userRef,
      role,
      createdAt: this.db.clock.now(),
    });
    return true;
  }

  async remove(workspaceId: string, seriesId: string, userRef: string): Promise<boolean> {
    const row = this.find(workspaceId, seriesId, userRef);
    if (!row) return false;
    this.db.t.team = this.db.t.team.filter((m) => m !== row);
    return true;
  }

  async list(workspaceId: string, seriesId: string): Promise<Array<{ userRef: string; role: TeamRole }>> {
    return this.db.t.team
      .filter((m) => m.workspaceId === workspaceId && m.seriesId === seriesId)
      .map((m) => ({ userRef: m.userRef, role: m.role }))
      .sort((a, b) => compareText(a.userRef, b.userRef));
  }

  async roleOf(workspaceId: string, seriesId: string, userRef: string): Promise<TeamRole | null> {
    return this.find(workspaceId, seriesId, userRef)?.role ?? null;
  }
}

type LinkRole = "after_party" | "debrief";

export class MemoryLinks implements SeriesLinkRepository {
  constructor(private readonly db: MemoryDb) {}

  async createCode(input: Parameters<SeriesLinkRepository["createCode"]>[0]): Promise<void> {
    const series = this.db.t.series.find((s) => s.id === input.seriesId);
    if (!series) throw storeErrors.series(input.seriesId);
    if (this.db.t.links.some((l) => l.codeHash === input.codeHash))
      throw new Error("link code hash collision");
    this.db.t.links.push({
      id: newId(),
      // Until redeemed, the pending link belongs to the series' own workspace.
      workspaceId: series.workspaceId,
      seriesId: input.seriesId,
      role: input.role,
      codeHash: input.codeHash,
      expiresAt: input.expiresAt,
      linkedAt: null,
      createdBy: input.createdBy,
      createdAt: this.db.clock.now(),
    });
  }

  async redeem(
    codeHash: string,
    workspaceId: string,
    now: Date,
  ): Promise<{ seriesId: string; role: LinkRole } | null> {
    const row = this.db.t.links.find(
      (l) => l.codeHash === codeHash && l.linkedAt === null && (l.expiresAt === null || l.expiresAt > now),
    );
    if (!row) return null;
    row.codeHash = null;
    row.linkedAt = now;
    row.workspaceId = workspaceId;
    return { seriesId: row.seriesId, role: row.role };
  }

  async linkedSeries(workspaceId: string): Promise<Array<{ seriesId: string; role: LinkRole }>> {
    const rows = this.db.t.links
      .filter((l) => l.workspaceId === workspaceId && l.linkedAt !== null)
      .sort((a, b) => a.linkedAt!.getTime() - b.linkedAt!.getTime());
    const seen = new Set<string>();
    const out: Array<{ seriesId: string; role: LinkRole }> = [];
    for (const row of rows) {
      const key = `${row.seriesId}:${row.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ seriesId: row.seriesId, role: row.role });
    }
    return out;
  }
}
