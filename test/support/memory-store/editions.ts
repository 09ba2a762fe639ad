import { type Edition, type EditionStatus, numberByDate } from "../../../src/domain/edition.js";
import type { EditionRepository } from "../../../src/ports.js";
import { storeErrors } from "../../../src/store/errors.js";
import { compareText } from "../../../src/store/rules.js";
import { applyPatch, type Created, copy, isRetired, type MemoryDb, newId } from "./tables.js";

function strip(row: Edition & Created): Edition {
  const { createdAt: _, ...rest } = copy(row);
  return rest;
}

type EditionPatch = Parameters<EditionRepository["update"]>[2];

export class MemoryEditions implements EditionRepository {
  constructor(private readonly db: MemoryDb) {}

  private rows(workspaceId: string, seriesId: string) {
    return this.db.t.editions.filter((e) => e.workspaceId === workspaceId && e.seriesId === seriesId);
  }

  async create(input: Parameters<EditionRepository["create"]>[0]): Promise<Edition> {
    const series = this.db.t.series.find(
      (s) => s.id === input.seriesId && s.workspaceId === input.workspaceId,
    );
    if (!series) throw storeErrors.series(input.seriesId);
    const rows = this.rows(input.workspaceId, input.seriesId);
    if (input.number !== undefined && rows.some((e) => e.number === input.number))
      throw storeErrors.editionExists(input.number);
    let number = input.number;
    if (number === undefined) {
      const byDate = numberByDate(rows, input.startsAt);
      for (const later of rows.filter((e) => e.number >= byDate)) later.number += 1;
      number = byDate;
    }
    const row = {
      id: newId(),
      workspaceId: input.workspaceId,
      seriesId: input.seriesId,
      number,
      topic: input.topic ?? null,
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      status: input.status ?? "scheduled",
      importedAt: null,
      headline: null,
      afterPartyThread: null,
      afterPartyEndsAt: null,
      createdAt: this.db.clock.now(),
    };
    this.db.t.editions.push(copy(row));
    return strip(row);
  }

  async get(workspaceId: string, id: string): Promise<Edition | null> {
    const row = this.db.t.editions.find((e) => e.workspaceId === workspaceId && e.id === id);
    return row ? strip(row) : null;
  }

  async byNumber(workspaceId: string, seriesId: string, number: number): Promise<Edition | null> {
    const row = this.rows(workspaceId, seriesId).find((e) => e.number === number);
    return row ? strip(row) : null;
  }

  async list(workspaceId: string, seriesId: string, options: { limit?: number } = {}): Promise<Edition[]> {
    const rows = this.rows(workspaceId, seriesId).sort((a, b) => b.number - a.number);
    return rows.slice(0, options.limit ?? rows.length).map(strip);
  }

  async current(workspaceId: string, seriesId: string, now: Date): Promise<Edition | null> {
    const started = this.rows(workspaceId, seriesId)
      .filter((e) => e.startsAt <= now)
      .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime() || b.number - a.number);
    const live = started.find((e) => e.endsAt > now);
    const before = started.find((e) => e.startsAt < now);
    const row = live ?? before;
    return row ? strip(row) : null;
  }

  async previous(workspaceId: string, edition: Edition): Promise<Edition | null> {
    const row = this.rows(workspaceId, edition.seriesId)
      .filter((e) => e.number < edition.number)
      .sort((a, b) => b.number - a.number)[0];
    return row ? strip(row) : null;
  }

  async nextNumber(workspaceId: string, seriesId: string): Promise<number> {
    return Math.max(0, ...this.rows(workspaceId, seriesId).map((e) => e.number)) + 1;
  }

  async update(workspaceId: string, id: string, patch: EditionPatch): Promise<Edition> {
    const row = this.db.t.editions.find((e) => e.workspaceId === workspaceId && e.id === id);
    if (!row) throw storeErrors.edition(id);
    applyPatch(row, copy(patch));
    return strip(row);
  }

  async getAcrossWorkspaces(id: string): Promise<Edition | null> {
    const row = this.db.t.editions.find((e) => e.id === id);
    return row ? strip(row) : null;
  }

  async listByStatusAcrossWorkspaces(statuses: EditionStatus[]): Promise<Edition[]> {
    return this.db.t.editions
      .filter((e) => statuses.includes(e.status) && !isRetired(this.db, e.workspaceId))
      .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || compareText(a.id, b.id))
      .map(strip);
  }
}
