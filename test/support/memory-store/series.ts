import type { Series } from "../../../src/domain/series.js";
import type { SeriesRepository } from "../../../src/ports.js";
import { storeErrors } from "../../../src/store/errors.js";
import { compareText, normaliseHashtag, seriesSettings } from "../../../src/store/rules.js";
import { applyPatch, copy, isRetired, type MemoryDb, newId } from "./tables.js";
import { strip } from "./workspaces.js";

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
      .filter((s) => s.active && s.cron !== null && !isRetired(this.db, s.workspaceId))
      .map(strip)
      .sort(bySeriesOrder);
  }

  async listAcrossWorkspaces(): Promise<Series[]> {
    return this.db.t.series.map(strip).sort(bySeriesOrder);
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
