import { PLATFORMS, type Platform, type Workspace } from "../domain/workspace.js";
import { LOCALES } from "../i18n/index.js";
import type { WorkspaceRepository } from "../ports.js";
import type { DbOrTx } from "./database.js";
import { storeErrors } from "./errors.js";
import type { WorkspaceModel } from "./generated/sqlite/models.js";
import { isString, isUniqueViolation, jsonArray, oneOf } from "./prisma-support.js";

export function toWorkspace(row: WorkspaceModel): Workspace {
  return {
    id: row.id,
    platform: oneOf(PLATFORMS, row.platform, ["Workspace", "platform"]),
    externalId: row.externalId,
    name: row.name,
    locale: oneOf(LOCALES, row.locale, ["Workspace", "locale"]),
    creatorRoleIds: jsonArray(row.creatorRoleIds, isString, ["Workspace", "creatorRoleIds"]),
  };
}

export class PrismaWorkspaceRepository implements WorkspaceRepository {
  constructor(private readonly db: DbOrTx) {}

  async ensure(input: Parameters<WorkspaceRepository["ensure"]>[0]): Promise<Workspace> {
    const found = await this.findByExternal(input.platform, input.externalId);
    if (found) return found;
    try {
      const row = await this.db.workspace.create({
        data: {
          platform: input.platform,
          externalId: input.externalId,
          name: input.name,
          locale: input.locale ?? "en",
        },
      });
      return toWorkspace(row);
    } catch (error) {
      // Two first contacts at once: the other one created it.
      if (!isUniqueViolation(error)) throw error;
      const row = await this.findByExternal(input.platform, input.externalId);
      if (!row) throw error;
      return row;
    }
  }

  async get(id: string): Promise<Workspace | null> {
    const row = await this.db.workspace.findUnique({ where: { id } });
    return row ? toWorkspace(row) : null;
  }

  async findByExternal(platform: Platform, externalId: string): Promise<Workspace | null> {
    const row = await this.db.workspace.findUnique({
      where: { platform_externalId: { platform, externalId } },
    });
    return row ? toWorkspace(row) : null;
  }

  async update(
    id: string,
    patch: Partial<Pick<Workspace, "name" | "locale" | "creatorRoleIds">>,
  ): Promise<Workspace> {
    const { count } = await this.db.workspace.updateMany({
      where: { id },
      data: {
        name: patch.name,
        locale: patch.locale,
        creatorRoleIds: patch.creatorRoleIds === undefined ? undefined : JSON.stringify(patch.creatorRoleIds),
      },
    });
    if (count === 0) throw storeErrors.workspace(id);
    return (await this.get(id))!;
  }
}
