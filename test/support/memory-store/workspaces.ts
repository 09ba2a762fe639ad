import type { WorkspaceStanding } from "../../../src/domain/installation.js";
import type { Workspace } from "../../../src/domain/workspace.js";
import type { WorkspaceRepository } from "../../../src/ports.js";
import { storeErrors } from "../../../src/store/errors.js";
import { applyPatch, copy, isRetired, type MemoryDb, newId } from "./tables.js";

export function strip<T extends { createdAt: Date }>(row: T): Omit<T, "createdAt"> {
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
      creatorRoleIds: [],
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

  async update(
    id: string,
    patch: Partial<Pick<Workspace, "name" | "locale" | "creatorRoleIds">>,
  ): Promise<Workspace> {
    const row = this.db.t.workspaces.find((w) => w.id === id);
    if (!row) throw storeErrors.workspace(id);
    applyPatch(row, { name: patch.name, locale: patch.locale, creatorRoleIds: patch.creatorRoleIds });
    return strip(row);
  }

  async standing(id: string): Promise<WorkspaceStanding | null> {
    if (!this.db.t.workspaces.some((w) => w.id === id)) return null;
    const found = this.db.t.retired.find((r) => r.workspaceId === id);
    return found
      ? { retiredAt: found.retiredAt, purgeAfter: found.purgeAfter, purgedAt: found.purgedAt }
      : { retiredAt: null, purgeAfter: null, purgedAt: null };
  }

  async retire(id: string, at: Date, purgeAfter: Date): Promise<void> {
    if (isRetired(this.db, id) || !this.db.t.workspaces.some((w) => w.id === id)) return;
    this.db.t.retired.push({ workspaceId: id, retiredAt: at, purgeAfter, purgedAt: null });
  }

  async reactivate(id: string): Promise<void> {
    this.db.t.retired = this.db.t.retired.filter((r) => r.workspaceId !== id);
  }

  async purgeDue(now: Date): Promise<string[]> {
    return this.db.t.retired
      .filter((s) => s.purgedAt === null && s.purgeAfter !== null && s.purgeAfter <= now)
      .sort((a, b) => (a.purgeAfter?.getTime() ?? 0) - (b.purgeAfter?.getTime() ?? 0))
      .map((s) => s.workspaceId);
  }

  async purge(id: string, at: Date): Promise<void> {
    const t = this.db.t;
    const polls = new Set(t.polls.filter((p) => p.workspaceId === id).map((p) => p.id));
    const questions = new Set(t.questions.filter((q) => polls.has(q.pollId)).map((q) => q.id));
    const editions = new Set(t.editions.filter((e) => e.workspaceId === id).map((e) => e.id));
    const series = new Set(t.series.filter((s) => s.workspaceId === id).map((s) => s.id));
    const participants = new Set(t.participants.filter((p) => p.workspaceId === id).map((p) => p.id));
    const notMine = <T extends { workspaceId?: string | null }>(rows: T[]) =>
      rows.filter((r) => r.workspaceId !== id);
    t.posts = notMine(t.posts);
    t.participants = notMine(t.participants);
    t.handles = t.handles.filter((h) => !participants.has(h.participantId));
    t.participations = t.participations.filter(
      (p) => !participants.has(p.participantId) && !editions.has(p.editionId),
    );
    t.daily = notMine(t.daily);
    t.imports = notMine(t.imports);
    t.tasks = notMine(t.tasks);
    t.notes = notMine(t.notes);
    t.polls = notMine(t.polls);
    t.questions = t.questions.filter((q) => !polls.has(q.pollId));
    t.votes = t.votes.filter((v) => !questions.has(v.questionId));
    t.turnout = t.turnout.filter((v) => !polls.has(v.pollId));
    t.ballotBoxes = t.ballotBoxes.filter((b) => !polls.has(b.pollId));
    t.afterParty = notMine(t.afterParty);
    t.team = t.team.filter((m) => m.workspaceId !== id && !series.has(m.seriesId));
    t.links = t.links.filter((l) => l.workspaceId !== id && !series.has(l.seriesId));
    t.editions = notMine(t.editions);
    t.series = notMine(t.series);
    t.jobs = notMine(t.jobs);
    t.watches = notMine(t.watches);
    t.watchEditions = notMine(t.watchEditions);
    t.watchReminders = notMine(t.watchReminders);
    const row = t.workspaces.find((w) => w.id === id);
    if (row) Object.assign(row, { name: "", creatorRoleIds: [] });
    const standing = t.retired.find((r) => r.workspaceId === id);
    if (standing) standing.purgedAt = at;
  }
}
