import type { Workspace } from "../../../src/domain/workspace.js";
import type { WorkspaceRepository } from "../../../src/ports.js";
import { storeErrors } from "../../../src/store/errors.js";
import { applyPatch, copy, type MemoryDb, newId } from "./tables.js";

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
}
