import type { NewWatch, Watch, WatchEdition, WatchPatch, WatchSummary } from "../../../src/domain/watch.js";
import type { WatchEditionRepository, WatchRepository } from "../../../src/ports.js";
import { storeErrors } from "../../../src/store/errors.js";
import { compareText, normaliseHandle, normaliseHashtag } from "../../../src/store/rules.js";
import { compareWatchEditions, compareWatches, normaliseWatch } from "../../../src/store/watch-rules.js";
import { applyPatch, copy, isRetired, type MemoryDb, newId } from "./tables.js";

export class MemoryWatches implements WatchRepository {
  constructor(private readonly db: MemoryDb) {}

  private row(workspaceId: string, id: string) {
    return this.db.t.watches.find((w) => w.workspaceId === workspaceId && w.id === id);
  }

  async add(input: NewWatch): Promise<{ watch: Watch; created: boolean }> {
    if (!this.db.t.workspaces.some((w) => w.id === input.workspaceId))
      throw storeErrors.workspace(input.workspaceId);
    const w = normaliseWatch(input);
    const existing = await this.find(w.workspaceId, w.channel, w.hashtag);
    if (existing) return { watch: existing, created: false };
    const row: Watch = { ...copy(w), id: newId(), createdAt: this.db.clock.now() };
    this.db.t.watches.push(row);
    return { watch: copy(row), created: true };
  }

  async get(workspaceId: string, id: string): Promise<Watch | null> {
    const row = this.row(workspaceId, id);
    return row ? copy(row) : null;
  }

  async find(workspaceId: string, channel: string, hashtag: string): Promise<Watch | null> {
    const tag = normaliseHashtag(hashtag);
    const row = this.db.t.watches.find(
      (w) => w.workspaceId === workspaceId && w.channel === channel && w.hashtag === tag,
    );
    return row ? copy(row) : null;
  }

  async list(workspaceId: string, channel?: string): Promise<Watch[]> {
    return this.db.t.watches
      .filter((w) => w.workspaceId === workspaceId && (channel === undefined || w.channel === channel))
      .map(copy)
      .sort(compareWatches);
  }

  async update(workspaceId: string, id: string, patch: WatchPatch): Promise<Watch> {
    const row = this.row(workspaceId, id);
    if (!row) throw storeErrors.watch(id);
    applyPatch(row, { ...copy(patch), hosts: patch.hosts?.map(normaliseHandle) });
    return copy(row);
  }

  async remove(workspaceId: string, id: string): Promise<boolean> {
    if (!this.row(workspaceId, id)) return false;
    const t = this.db.t;
    t.watches = t.watches.filter((w) => w.id !== id);
    t.watchEditions = t.watchEditions.filter((e) => e.watchId !== id);
    t.watchReminders = t.watchReminders.filter((r) => r.watchId !== id);
    return true;
  }

  async listScheduledAcrossWorkspaces(): Promise<Watch[]> {
    return this.db.t.watches
      .filter((w) => w.cron !== null && !isRetired(this.db, w.workspaceId))
      .map(copy)
      .sort(compareWatches);
  }

  async getAcrossWorkspaces(id: string): Promise<Watch | null> {
    const row = this.db.t.watches.find((w) => w.id === id);
    return row ? copy(row) : null;
  }

  async setReminder(workspaceId: string, watchId: string, userRef: string, on: boolean): Promise<boolean> {
    const t = this.db.t;
    const mine = (r: { workspaceId: string; watchId: string; userRef: string }) =>
      r.workspaceId === workspaceId && r.watchId === watchId && r.userRef === userRef;
    if (!on) {
      const before = t.watchReminders.length;
      t.watchReminders = t.watchReminders.filter((r) => !mine(r));
      return t.watchReminders.length < before;
    }
    if (!this.row(workspaceId, watchId)) throw storeErrors.watch(watchId);
    if (t.watchReminders.some(mine)) return false;
    t.watchReminders.push({ workspaceId, watchId, userRef, createdAt: this.db.clock.now() });
    return true;
  }

  async reminded(workspaceId: string, watchId: string): Promise<string[]> {
    return this.db.t.watchReminders
      .filter((r) => r.workspaceId === workspaceId && r.watchId === watchId)
      .map((r) => r.userRef)
      .sort(compareText);
  }
}

export class MemoryWatchEditions implements WatchEditionRepository {
  constructor(private readonly db: MemoryDb) {}

  async ensure(
    workspaceId: string,
    watchId: string,
    window: { startsAt: Date; endsAt: Date },
  ): Promise<WatchEdition> {
    const found = this.db.t.watchEditions.find(
      (e) => e.watchId === watchId && e.startsAt.getTime() === window.startsAt.getTime(),
    );
    if (found && found.workspaceId === workspaceId) return copy(found);
    if (!this.db.t.watches.some((w) => w.workspaceId === workspaceId && w.id === watchId))
      throw storeErrors.watch(watchId);
    const row: WatchEdition = {
      id: newId(),
      workspaceId,
      watchId,
      startsAt: new Date(window.startsAt),
      endsAt: new Date(window.endsAt),
      status: "scheduled",
      reportedAt: null,
      summary: null,
    };
    this.db.t.watchEditions.push(row);
    return copy(row);
  }

  async get(workspaceId: string, id: string): Promise<WatchEdition | null> {
    const row = this.db.t.watchEditions.find((e) => e.workspaceId === workspaceId && e.id === id);
    return row ? copy(row) : null;
  }

  async list(
    workspaceId: string,
    watchId: string,
    options: { limit?: number; status?: WatchEdition["status"] } = {},
  ): Promise<WatchEdition[]> {
    const rows = this.db.t.watchEditions
      .filter(
        (e) =>
          e.workspaceId === workspaceId &&
          e.watchId === watchId &&
          (options.status === undefined || e.status === options.status),
      )
      .map(copy)
      .sort(compareWatchEditions);
    return options.limit === undefined ? rows : rows.slice(0, options.limit);
  }

  async record(
    workspaceId: string,
    id: string,
    outcome: { status: "reported" | "failed"; summary: WatchSummary | null; at: Date },
  ): Promise<WatchEdition> {
    const row = this.db.t.watchEditions.find((e) => e.workspaceId === workspaceId && e.id === id);
    if (!row) throw storeErrors.watchEdition(id);
    row.status = outcome.status;
    row.summary = copy(outcome.summary);
    row.reportedAt = new Date(outcome.at);
    return copy(row);
  }
}
