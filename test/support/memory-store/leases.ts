import type { Lease, LeaseRepository } from "../../../src/ports.js";
import { compareText } from "../../../src/store/rules.js";
import { copy, type MemoryDb } from "./tables.js";

export class MemoryLeases implements LeaseRepository {
  constructor(private readonly db: MemoryDb) {}

  async take(name: string, owner: string, until: Date, now: Date): Promise<boolean> {
    const row = this.db.t.leases.find((l) => l.name === name);
    if (!row) {
      this.db.t.leases.push({ name, owner, until: new Date(until) });
      return true;
    }
    if (row.owner !== owner && row.until.getTime() >= now.getTime()) return false;
    Object.assign(row, { owner, until: new Date(until) });
    return true;
  }

  async release(name: string, owner: string): Promise<void> {
    this.db.t.leases = this.db.t.leases.filter((l) => !(l.name === name && l.owner === owner));
  }

  async live(prefix: string, now: Date): Promise<Lease[]> {
    return this.db.t.leases
      .filter((l) => l.name.startsWith(prefix) && l.until.getTime() > now.getTime())
      .sort((a, b) => compareText(a.name, b.name))
      .map(copy);
  }
}
