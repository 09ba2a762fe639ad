/** Watched editions on Prisma: the WatchedEdition table, its summary a JSON column. */
import { WATCH_EDITION_STATUSES, type WatchEdition, type WatchSummary } from "../domain/watch.js";
import type { WatchEditionRepository } from "../ports.js";
import type { DbOrTx } from "./database.js";
import { storeErrors } from "./errors.js";
import type { WatchedEditionModel } from "./generated/sqlite/models.js";
import { isUniqueViolation, jsonObject, oneOf } from "./prisma-support.js";

const T = "WatchedEdition";

function toEdition(row: WatchedEditionModel): WatchEdition {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    watchId: row.watchId,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    status: oneOf(WATCH_EDITION_STATUSES, row.status, [T, "status"]),
    reportedAt: row.reportedAt,
    summary: row.summary === null ? null : jsonObject<WatchSummary>(row.summary, [T, "summary"]),
  };
}

export class PrismaWatchEditionRepository implements WatchEditionRepository {
  constructor(private readonly db: DbOrTx) {}

  async ensure(
    workspaceId: string,
    watchId: string,
    window: { startsAt: Date; endsAt: Date },
  ): Promise<WatchEdition> {
    const key = { watchId, startsAt: window.startsAt };
    const found = await this.db.watchedEdition.findFirst({ where: { ...key, workspaceId } });
    if (found) return toEdition(found);
    const watch = await this.db.watchedChat.findFirst({
      where: { workspaceId, id: watchId },
      select: { id: true },
    });
    if (!watch) throw storeErrors.watch(watchId);
    try {
      return toEdition(
        await this.db.watchedEdition.create({ data: { ...key, workspaceId, endsAt: window.endsAt } }),
      );
    } catch (error) {
      // Two processes planned the same edition: one row, whoever wrote it.
      if (!isUniqueViolation(error)) throw error;
      return toEdition(await this.db.watchedEdition.findFirstOrThrow({ where: { ...key, workspaceId } }));
    }
  }

  async get(workspaceId: string, id: string): Promise<WatchEdition | null> {
    const row = await this.db.watchedEdition.findFirst({ where: { workspaceId, id } });
    return row ? toEdition(row) : null;
  }

  async list(
    workspaceId: string,
    watchId: string,
    options: { limit?: number; status?: WatchEdition["status"] } = {},
  ): Promise<WatchEdition[]> {
    const rows = await this.db.watchedEdition.findMany({
      where: { workspaceId, watchId, ...(options.status ? { status: options.status } : {}) },
      orderBy: { startsAt: "desc" },
      ...(options.limit === undefined ? {} : { take: options.limit }),
    });
    return rows.map(toEdition);
  }

  async record(
    workspaceId: string,
    id: string,
    outcome: { status: "reported" | "failed"; summary: WatchSummary | null; at: Date },
  ): Promise<WatchEdition> {
    const { count } = await this.db.watchedEdition.updateMany({
      where: { workspaceId, id },
      data: {
        status: outcome.status,
        reportedAt: outcome.at,
        summary: outcome.summary === null ? null : JSON.stringify(outcome.summary),
      },
    });
    if (count === 0) throw storeErrors.watchEdition(id);
    return toEdition(await this.db.watchedEdition.findFirstOrThrow({ where: { workspaceId, id } }));
  }
}
