import { NETWORKS } from "../domain/post.js";
import type { Series, SeriesSettings } from "../domain/series.js";
import { LOCALES } from "../i18n/index.js";
import type { SeriesRepository } from "../ports.js";
import type { DbOrTx } from "./database.js";
import { storeErrors } from "./errors.js";
import type { ChatSeriesModel } from "./generated/sqlite/models.js";
import {
  isOneOf,
  isString,
  isUniqueViolation,
  jsonArray,
  jsonObject,
  nullableOneOf,
} from "./prisma-support.js";
import { compareText, normaliseHashtag, seriesSettings } from "./rules.js";

const T = "ChatSeries";

export function toSeries(row: ChatSeriesModel): Series {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    hashtag: row.hashtag,
    title: row.title,
    hosts: jsonArray(row.hostHandles, isString, [T, "hostHandles"]),
    networks: jsonArray(row.networks, isOneOf(NETWORKS), [T, "networks"]),
    mastodonInstance: row.mastodonInstance,
    cron: row.cron,
    timeZone: row.timeZone,
    durationMinutes: row.durationMinutes,
    debriefChannel: row.debriefChannel,
    afterPartyChannel: row.afterPartyChannel,
    teamRoleIds: jsonArray(row.teamRoleIds, isString, [T, "teamRoleIds"]),
    moderatorRoleIds: jsonArray(row.moderatorRoleIds, isString, [T, "moderatorRoleIds"]),
    locale: nullableOneOf(LOCALES, row.locale, [T, "locale"]),
    settings: seriesSettings(jsonObject<Partial<SeriesSettings>>(row.settings, [T, "settings"])),
    active: row.active,
  };
}

type SeriesPatch = Partial<Omit<Series, "id" | "workspaceId">>;

/** Domain fields -> columns; undefined stays undefined (Prisma leaves the column as it is). */
function toColumns(s: SeriesPatch) {
  const json = (v: unknown) => (v === undefined ? undefined : JSON.stringify(v));
  return {
    hashtag: s.hashtag === undefined ? undefined : normaliseHashtag(s.hashtag),
    title: s.title,
    hostHandles: json(s.hosts),
    networks: json(s.networks),
    mastodonInstance: s.mastodonInstance,
    cron: s.cron,
    timeZone: s.timeZone,
    durationMinutes: s.durationMinutes,
    debriefChannel: s.debriefChannel,
    afterPartyChannel: s.afterPartyChannel,
    teamRoleIds: json(s.teamRoleIds),
    moderatorRoleIds: json(s.moderatorRoleIds),
    locale: s.locale,
    settings: s.settings === undefined ? undefined : JSON.stringify(seriesSettings(s.settings)),
    active: s.active,
  };
}

const bySeriesOrder = (a: Series, b: Series) =>
  compareText(a.workspaceId, b.workspaceId) || compareText(a.hashtag, b.hashtag);

export class PrismaSeriesRepository implements SeriesRepository {
  constructor(private readonly db: DbOrTx) {}

  async create(input: Parameters<SeriesRepository["create"]>[0]): Promise<Series> {
    if (!(await this.db.workspace.findUnique({ where: { id: input.workspaceId }, select: { id: true } })))
      throw storeErrors.workspace(input.workspaceId);
    const { settings, ...rest } = input;
    const data = { ...toColumns(rest), settings: JSON.stringify(seriesSettings(settings)) };
    try {
      const row = await this.db.chatSeries.create({
        data: { ...data, workspaceId: input.workspaceId, hashtag: data.hashtag!, title: input.title },
      });
      return toSeries(row);
    } catch (error) {
      if (isUniqueViolation(error)) throw storeErrors.seriesExists(normaliseHashtag(input.hashtag));
      throw error;
    }
  }

  async get(workspaceId: string, id: string): Promise<Series | null> {
    const row = await this.db.chatSeries.findFirst({ where: { workspaceId, id } });
    return row ? toSeries(row) : null;
  }

  async findByHashtag(workspaceId: string, hashtag: string): Promise<Series | null> {
    const row = await this.db.chatSeries.findFirst({
      where: { workspaceId, hashtag: normaliseHashtag(hashtag) },
    });
    return row ? toSeries(row) : null;
  }

  async findByChannel(workspaceId: string, channel: string): Promise<Series | null> {
    const rows = await this.db.chatSeries.findMany({
      where: { workspaceId, OR: [{ debriefChannel: channel }, { afterPartyChannel: channel }] },
    });
    return rows.map(toSeries).sort(bySeriesOrder)[0] ?? null;
  }

  async list(workspaceId: string): Promise<Series[]> {
    const rows = await this.db.chatSeries.findMany({ where: { workspaceId } });
    return rows.map(toSeries).sort(bySeriesOrder);
  }

  async update(workspaceId: string, id: string, patch: SeriesPatch): Promise<Series> {
    try {
      const { count } = await this.db.chatSeries.updateMany({
        where: { workspaceId, id },
        data: toColumns(patch),
      });
      if (count === 0) throw storeErrors.series(id);
    } catch (error) {
      if (isUniqueViolation(error)) throw storeErrors.seriesExists(normaliseHashtag(patch.hashtag ?? ""));
      throw error;
    }
    return (await this.get(workspaceId, id))!;
  }

  async listScheduledAcrossWorkspaces(): Promise<Series[]> {
    const rows = await this.db.chatSeries.findMany({
      where: { active: true, cron: { not: null }, workspace: { retiredAt: null } },
    });
    return rows.map(toSeries).sort(bySeriesOrder);
  }

  async findByHashtagAcrossWorkspaces(hashtag: string): Promise<Series[]> {
    const rows = await this.db.chatSeries.findMany({ where: { hashtag: normaliseHashtag(hashtag) } });
    return rows.map(toSeries).sort(bySeriesOrder);
  }

  async listAcrossWorkspaces(): Promise<Series[]> {
    const rows = await this.db.chatSeries.findMany();
    return rows.map(toSeries).sort(bySeriesOrder);
  }

  async getAcrossWorkspaces(id: string): Promise<Series | null> {
    const row = await this.db.chatSeries.findUnique({ where: { id } });
    return row ? toSeries(row) : null;
  }
}
