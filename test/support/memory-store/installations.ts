import type { RefreshedTokens, StoredInstallation } from "../../../src/domain/installation.js";
import type { InstallationRepository } from "../../../src/ports.js";
import { copy, type MemoryDb } from "./tables.js";

export class MemoryInstallations implements InstallationRepository {
  constructor(private readonly db: MemoryDb) {}

  private row(teamId: string) {
    return this.db.t.installations.find((i) => i.teamId === teamId);
  }

  private out(row: NonNullable<ReturnType<MemoryInstallations["row"]>>): StoredInstallation {
    const { refreshOwner: _o, refreshUntil: _u, ...rest } = copy(row);
    return rest;
  }

  async save(installation: StoredInstallation): Promise<void> {
    const rows = this.db.t.installations.filter((i) => i.teamId !== installation.teamId);
    rows.push({ ...copy(installation), refreshOwner: null, refreshUntil: null });
    this.db.t.installations = rows;
  }

  async get(teamId: string): Promise<StoredInstallation | null> {
    const row = this.row(teamId);
    return row ? this.out(row) : null;
  }

  async delete(teamId: string): Promise<boolean> {
    const before = this.db.t.installations.length;
    this.db.t.installations = this.db.t.installations.filter((i) => i.teamId !== teamId);
    return this.db.t.installations.length < before;
  }

  async list(): Promise<StoredInstallation[]> {
    return [...this.db.t.installations]
      .sort((a, b) => (a.teamId < b.teamId ? -1 : 1))
      .map((r) => this.out(r));
  }

  async claimRefresh(teamId: string, owner: string, now: Date, until: Date): Promise<boolean> {
    const row = this.row(teamId);
    if (!row) return false;
    const free = row.refreshUntil === null || row.refreshUntil < now || row.refreshOwner === owner;
    if (!free) return false;
    row.refreshOwner = owner;
    row.refreshUntil = until;
    return true;
  }

  async saveRefreshed(teamId: string, owner: string, tokens: RefreshedTokens): Promise<boolean> {
    const row = this.row(teamId);
    if (!row || row.refreshOwner !== owner) return false;
    Object.assign(row, copy(tokens), { refreshOwner: null, refreshUntil: null });
    return true;
  }

  async releaseRefresh(teamId: string, owner: string): Promise<void> {
    const row = this.row(teamId);
    if (row?.refreshOwner === owner) Object.assign(row, { refreshOwner: null, refreshUntil: null });
  }
}
