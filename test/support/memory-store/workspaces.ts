import type { Series } from "../../../src/domain/series.js";
import type { Workspace } from "../../../src/domain/workspace.js";
import type {
  SeriesLinkRepository,
  SeriesRepository,
  TeamRepository,
  TeamRole,
  WorkspaceRepository,
} from "../../../src/ports.js";
import { storeErrors } from "../../../src/store/errors.js";
import { compareText, normaliseHashtag, seriesSettings } from "../../../src/store/rules.js";
import { applyPatch, copy, type MemoryDb, newId } from "./tables.js";

function strip<T extends { createdAt: Date }>(row: T): Omit<T, "createdAt"> {
  const { createdAt: _, ...rest } = copy(row);
  return rest;
}

export class MemoryWorkspaces implements WorkspaceRepository {
  constructor(private readonly db: MemoryDb) {}

  async ensure(input: Parameters<WorkspaceRepository["ensure"]>[0]): Promise<Workspace> {
    // No await before the write: concurrent first contacts must see each other's row.
    const found = this.db.t.workspaces.find(
      (w) => w.platform === input.platform && w.externalId === input.externalId,
    );
    if (found) return strip(found);
    const row = {
      id: newId(),
      platform: input.platform,
      externalId: input.externalId,
      name: input.name,
      locale: input.locale ?? "en",
      createdAt: this.db.clock.now(),
    };
    this.db.t.workspaces.push(row);
    return strip(row);
  }

  async get(id: string): Promise<Workspace | null> {
    const row = this.db.t.workspaces.find((w) => w.id === id);
    return row ? strip(row) : null;
  }

  async findByExternal(platform: Workspace["platform"], externalId: string): Promise<Workspace | null> {
    const row = this.db.t.workspaces.find((w) => w.platform === platform && w.externalId === externalId);
    return row ? strip(row) : null;
  }

  async update(id: string, patch: Partial<Pick<Workspace, "name" | "locale">>): Promise<Workspace> {
    const row = this.db.t.workspaces.find((w) => w.id === id);
    if (!row) throw storeErrors.workspace(id);
    applyPatch(row, { name: patch.name, locale: patch.locale });
    return strip(row);
  }
}

const bySeriesOrder = (a: Series, b: Series) =>
  compareText(a.workspaceId, b.workspaceId) || compareText(a.hashtag, b.hashtag);

export class MemorySeries implements SeriesRepository {
  constructor(private readonly db: MemoryDb) {}

  private rows(workspaceId: string) {
    return this.db.t.series.filter((s) => s.workspaceId === workspaceId);
  }

  async create(input: Parameters<SeriesRepository["create"]>[0]): Promise<Series> {
    if (!this.db.t.workspaces.some((w) => w.id === input.workspaceId))
      throw storeErrors.workspace(input.workspaceId);
    const hashtag = normaliseHashtag(input.hashtag);
    if (this.rows(input.workspaceId).some((s) => s.hashtag === hashtag))
      throw storeErrors.seriesExists(hashtag);
    const row = {
      ...copy(input),
      id: newId(),
      hashtag,
      settings: seriesSettings(input.settings),
      active: true,
      createdAt: this.db.clock.now(),
    };
    this.db.t.series.push(row);
    return strip(row);
  }

  async get(workspaceId: string, id: string): Promise<Series | null> {
    const row = this.rows(workspaceId).find((s) => s.id === id);
    return row ? strip(row) : null;
  }

  async findByHashtag(workspaceId: string, hashtag: string): Promise<Series | null> {
    const tag = normaliseHashtag(hashtag);
    const row = this.rows(workspaceId).find((s) => s.hashtag === tag);
    return row ? strip(row) : null;
  }

  async findByChannel(workspaceId: string, channel: string): Promise<Series | null> {
    const found = (await this.list(workspaceId)).filter(
      (s) => s.debriefChannel === channel || s.afterPartyChannel === channel,
    );
    return found[0] ?? null;
  }

  async list(workspaceId: string): Promise<Series[]> {
    return this.rows(workspaceId).map(strip).sort(bySeriesOrder);
  }

  async update(
    workspaceId: string,
    id: string,
    patch: Partial<Omit<Series, "id" | "workspaceId">>,
  ): Promise<Series> {
    const row = this.rows(workspaceId).find((s) => s.id === id);
    if (!row) throw storeErrors.series(id);
    const next = copy(patch);
    if (next.hashtag !== undefined) {
      next.hashtag = normaliseHashtag(next.hashtag);
      if (this.rows(workspaceId).some((s) => s.id !== id && s.hashtag === next.hashtag))
        throw storeErrors.seriesExists(next.hashtag);
    }
    if (next.settings !== undefined) next.settings = seriesSettings(next.settings);
    applyPatch(row, next);
    return strip(row);
  }

  async listScheduledAcrossWorkspaces(): Promise<Series[]> {
    return this.db.t.series
      .filter((s) => s.active && s.cron !== null)
      .map(strip)
      .sort(bySeriesOrder);
  }

  async findByHashtagAcrossWorkspaces(hashtag: string): Promise<Series[]> {
    const tag = normaliseHashtag(hashtag);
    return this.db.t.series
      .filter((s) => s.hashtag === tag)
      .map(strip)
      .sort(bySeriesOrder);
  }

  async getAcrossWorkspaces(id: string): Promise<Series | null> {
    const row = this.db.t.series.find((s) => s.id === id);
    return row ? strip(row) : null;
  }
}

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
