import type { WorkspaceStanding } from "../domain/installation.js";
import { PLATFORMS, type Platform, type Workspace } from "../domain/workspace.js";
import { LOCALES } from "../i18n/index.js";
import type { WorkspaceRepository } from "../ports.js";
import type { DbOrTx } from "./database.js";
import { storeErrors } from "./errors.js";
import type { WorkspaceModel } from "./generated/sqlite/models.js";
import { inTransaction, isString, isUniqueViolation, jsonArray, oneOf } from "./prisma-support.js";

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

  async standing(id: string): Promise<WorkspaceStanding | null> {
    return this.db.workspace.findUnique({
      where: { id },
      select: { retiredAt: true, purgeAfter: true, purgedAt: true },
    });
  }

  async retire(id: string, at: Date, purgeAfter: Date): Promise<void> {
    // A second uninstall event (Slack sends app_uninstalled and tokens_revoked) keeps the first date.
    await this.db.workspace.updateMany({
      where: { id, retiredAt: null },
      data: { retiredAt: at, purgeAfter },
    });
  }

  async reactivate(id: string): Promise<void> {
    await this.db.workspace.updateMany({
      where: { id },
      data: { retiredAt: null, purgeAfter: null, purgedAt: null },
    });
  }

  async purgeDue(now: Date): Promise<string[]> {
    const rows = await this.db.workspace.findMany({
      where: { retiredAt: { not: null }, purgedAt: null, purgeAfter: { lte: now } },
      select: { id: true },
      orderBy: { purgeAfter: "asc" },
    });
    return rows.map((r) => r.id);
  }

  async purge(id: string, at: Date): Promise<void> {
    await inTransaction(this.db, async (tx) => {
      const mine = { where: { workspaceId: id } };
      // Children first where a relation would refuse; the rest cascade (questions, votes, handles).
      await tx.post.deleteMany(mine);
      await tx.participant.deleteMany(mine);
      await tx.dailyMetric.deleteMany(mine);
      await tx.importRun.deleteMany(mine);
      await tx.task.deleteMany(mine);
      await tx.note.deleteMany(mine);
      await tx.poll.deleteMany(mine);
      await tx.afterPartyMessage.deleteMany(mine);
      await tx.teamMember.deleteMany(mine);
      await tx.seriesLink.deleteMany(mine);
      await tx.edition.deleteMany(mine);
      await tx.chatSeries.deleteMany(mine);
      await tx.job.deleteMany(mine);
      await tx.watchedChat.deleteMany(mine);
      await tx.workspace.updateMany({
        where: { id },
        data: { purgedAt: at, name: "", creatorRoleIds: "[]" },
      });
    });
  }
}
