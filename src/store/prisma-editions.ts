import { EDITION_STATUSES, type Edition, type EditionStatus, numberByDate } from "../domain/edition.js";
import type { Headline } from "../domain/stats/report.js";
import type { EditionRepository } from "../ports.js";
import type { DbOrTx } from "./database.js";
import { storeErrors } from "./errors.js";
import type { EditionModel } from "./generated/sqlite/models.js";
import { isUniqueViolation, jsonObject, oneOf } from "./prisma-support.js";

export function toEdition(row: EditionModel): Edition {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    seriesId: row.seriesId,
    number: row.number,
    topic: row.topic,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    status: oneOf(EDITION_STATUSES, row.status, ["Edition", "status"]),
    importedAt: row.importedAt,
    headline: row.headline === null ? null : jsonObject<Headline>(row.headline, ["Edition", "headline"]),
    afterPartyThread: row.afterPartyThread,
    afterPartyEndsAt: row.afterPartyEndsAt,
  };
}

type EditionPatch = Parameters<EditionRepository["update"]>[2];

/** Far above any real edition number: the parking offset of a renumbering. */
const SHIFT = 1_000_000;

export class PrismaEditionRepository implements EditionRepository {
  constructor(private readonly db: DbOrTx) {}

  async create(input: Parameters<EditionRepository["create"]>[0]): Promise<Edition> {
    if (input.number !== undefined) return this.insert(this.db, { ...input, number: input.number });
    // Numbers follow dates: shift the later editions and insert in one transaction.
    if ("$transaction" in this.db) return this.db.$transaction((tx) => this.insertByDate(tx, input));
    return this.insertByDate(this.db, input);
  }

  private async insertByDate(
    db: DbOrTx,
    input: Parameters<EditionRepository["create"]>[0],
  ): Promise<Edition> {
    const where = { workspaceId: input.workspaceId, seriesId: input.seriesId };
    const existing = await db.edition.findMany({ where, select: { number: true, startsAt: true } });
    const number = numberByDate(existing, input.startsAt);
    if (existing.some((e) => e.number >= number)) {
      // Two steps so the unique (series, number) key never sees two rows with one number.
      await db.edition.updateMany({
        where: { ...where, number: { gte: number } },
        data: { number: { increment: SHIFT } },
      });
      await db.edition.updateMany({
        where: { ...where, number: { gte: SHIFT } },
        data: { number: { decrement: SHIFT - 1 } },
      });
    }
    return this.insert(db, { ...input, number });
  }

  private async insert(
    db: DbOrTx,
    input: Parameters<EditionRepository["create"]>[0] & { number: number },
  ): Promise<Edition> {
    const series = await db.chatSeries.findFirst({
      where: { id: input.seriesId, workspaceId: input.workspaceId },
      select: { id: true },
    });
    if (!series) throw storeErrors.series(input.seriesId);
    try {
      const row = await db.edition.create({
        data: {
          workspaceId: input.workspaceId,
          seriesId: input.seriesId,
          number: input.number,
          topic: input.topic ?? null,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          status: input.status ?? "scheduled",
        },
      });
      return toEdition(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw storeErrors.editionExists(input.number);
      throw error;
    }
  }

  async get(workspaceId: string, id: string): Promise<Edition | null> {
    const row = await this.db.edition.findFirst({ where: { workspaceId, id } });
    return row ? toEdition(row) : null;
  }

  async byNumber(workspaceId: string, seriesId: string, number: number): Promise<Edition | null> {
    const row = await this.db.edition.findFirst({ where: { workspaceId, seriesId, number } });
    return row ? toEdition(row) : null;
  }

  async list(workspaceId: string, seriesId: string, options: { limit?: number } = {}): Promise<Edition[]> {
    const rows = await this.db.edition.findMany({
      where: { workspaceId, seriesId },
      orderBy: { number: "desc" },
      take: options.limit,
    });
    return rows.map(toEdition);
  }

  async current(workspaceId: string, seriesId: string, now: Date): Promise<Edition | null> {
    const orderBy = [{ startsAt: "desc" as const }, { number: "desc" as const }];
    const live = await this.db.edition.findFirst({
      where: { workspaceId, seriesId, startsAt: { lte: now }, endsAt: { gt: now } },
      orderBy,
    });
    const row =
      live ??
      (await this.db.edition.findFirst({ where: { workspaceId, seriesId, startsAt: { lt: now } }, orderBy }));
    return row ? toEdition(row) : null;
  }

  async previous(workspaceId: string, edition: Edition): Promise<Edition | null> {
    const row = await this.db.edition.findFirst({
      where: { workspaceId, seriesId: edition.seriesId, number: { lt: edition.number } },
      orderBy: { number: "desc" },
    });
    return row ? toEdition(row) : null;
  }

  async nextNumber(workspaceId: string, seriesId: string): Promise<number> {
    const { _max } = await this.db.edition.aggregate({
      where: { workspaceId, seriesId },
      _max: { number: true },
    });
    return (_max.number ?? 0) + 1;
  }

  async update(workspaceId: string, id: string, patch: EditionPatch): Promise<Edition> {
    const { headline, ...rest } = patch;
    const { count } = await this.db.edition.updateMany({
      where: { workspaceId, id },
      data: {
        ...rest,
        headline: headline === undefined ? undefined : headline === null ? null : JSON.stringify(headline),
      },
    });
    if (count === 0) throw storeErrors.edition(id);
    return (await this.get(workspaceId, id))!;
  }

  async getAcrossWorkspaces(id: string): Promise<Edition | null> {
    const row = await this.db.edition.findUnique({ where: { id } });
    return row ? toEdition(row) : null;
  }

  async listByStatusAcrossWorkspaces(statuses: EditionStatus[]): Promise<Edition[]> {
    const rows = await this.db.edition.findMany({
      where: { status: { in: statuses }, workspace: { retiredAt: null } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    });
    return rows.map(toEdition);
  }
}
