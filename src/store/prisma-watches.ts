/** The watch-list on Prisma: the WatchedChat and WatchReminder tables. */
import { NETWORKS } from "../domain/post.js";
import type { NewWatch, Watch, WatchPatch } from "../domain/watch.js";
import type { WatchRepository } from "../ports.js";
import type { DbOrTx } from "./database.js";
import { storeErrors } from "./errors.js";
import type { WatchedChatModel } from "./generated/sqlite/models.js";
import { isOneOf, isString, isUniqueViolation, jsonArray } from "./prisma-support.js";
import { compareText, normaliseHandle, normaliseHashtag } from "./rules.js";
import { compareWatches, normaliseWatch } from "./watch-rules.js";

const T = "WatchedChat";

export function toWatch(row: WatchedChatModel): Watch {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    channel: row.channel,
    hashtag: row.hashtag,
    hosts: jsonArray(row.hostHandles, isString, [T, "hostHandles"]),
    networks: jsonArray(row.networks, isOneOf(NETWORKS), [T, "networks"]),
    mastodonInstance: row.mastodonInstance,
    cron: row.cron,
    timeZone: row.timeZone,
    durationMinutes: row.durationMinutes,
    remindMinutes: row.remindMinutes,
    note: row.note,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
  };
}

function toColumns(patch: WatchPatch) {
  return {
    hostHandles: patch.hosts === undefined ? undefined : JSON.stringify(patch.hosts.map(normaliseHandle)),
    networks: patch.networks === undefined ? undefined : JSON.stringify(patch.networks),
    mastodonInstance: patch.mastodonInstance,
    cron: patch.cron,
    timeZone: patch.timeZone,
    durationMinutes: patch.durationMinutes,
    remindMinutes: patch.remindMinutes,
    note: patch.note,
  };
}

export class PrismaWatchRepository implements WatchRepository {
  constructor(private readonly db: DbOrTx) {}

  async add(input: NewWatch): Promise<{ watch: Watch; created: boolean }> {
    if (!(await this.db.workspace.findUnique({ where: { id: input.workspaceId }, select: { id: true } })))
      throw storeErrors.workspace(input.workspaceId);
    const w = normaliseWatch(input);
    const existing = await this.find(w.workspaceId, w.channel, w.hashtag);
    if (existing) return { watch: existing, created: false };
    try {
      const row = await this.db.watchedChat.create({
        data: {
          ...toColumns(w),
          workspaceId: w.workspaceId,
          channel: w.channel,
          hashtag: w.hashtag,
          createdBy: w.createdBy,
        },
      });
      return { watch: toWatch(row), created: true };
    } catch (error) {
      // Two adds raced: the other one won.
      if (!isUniqueViolation(error)) throw error;
      const won = await this.find(w.workspaceId, w.channel, w.hashtag);
      if (!won) throw error;
      return { watch: won, created: false };
    }
  }

  async get(workspaceId: string, id: string): Promise<Watch | null> {
    const row = await this.db.watchedChat.findFirst({ where: { workspaceId, id } });
    return row ? toWatch(row) : null;
  }

  async find(workspaceId: string, channel: string, hashtag: string): Promise<Watch | null> {
    const row = await this.db.watchedChat.findFirst({
      where: { workspaceId, channel, hashtag: normaliseHashtag(hashtag) },
    });
    return row ? toWatch(row) : null;
  }

  async list(workspaceId: string, channel?: string): Promise<Watch[]> {
    const rows = await this.db.watchedChat.findMany({
      where: { workspaceId, ...(channel === undefined ? {} : { channel }) },
    });
    return rows.map(toWatch).sort(compareWatches);
  }

  async update(workspaceId: string, id: string, patch: WatchPatch): Promise<Watch> {
    const { count } = await this.db.watchedChat.updateMany({
      where: { workspaceId, id },
      data: toColumns(patch),
    });
    if (count === 0) throw storeErrors.watch(id);
    const row = await this.db.watchedChat.findFirstOrThrow({ where: { workspaceId, id } });
    return toWatch(row);
  }

  async remove(workspaceId: string, id: string): Promise<boolean> {
    // Editions and reminders go with it (ON DELETE CASCADE).
    const { count } = await this.db.watchedChat.deleteMany({ where: { workspaceId, id } });
    return count > 0;
  }

  async listScheduledAcrossWorkspaces(): Promise<Watch[]> {
    const rows = await this.db.watchedChat.findMany({
      where: { cron: { not: null }, workspace: { retiredAt: null } },
    });
    return rows.map(toWatch).sort(compareWatches);
  }

  async getAcrossWorkspaces(id: string): Promise<Watch | null> {
    const row = await this.db.watchedChat.findUnique({ where: { id } });
    return row ? toWatch(row) : null;
  }

  async setReminder(workspaceId: string, watchId: string, userRef: string, on: boolean): Promise<boolean> {
    if (!on) {
      const { count } = await this.db.watchReminder.deleteMany({ where: { workspaceId, watchId, userRef } });
      return count > 0;
    }
    if (!(await this.get(workspaceId, watchId))) throw storeErrors.watch(watchId);
    try {
      await this.db.watchReminder.create({ data: { workspaceId, watchId, userRef } });
      return true;
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async reminded(workspaceId: string, watchId: string): Promise<string[]> {
    const rows = await this.db.watchReminder.findMany({
      where: { workspaceId, watchId },
      select: { userRef: true },
    });
    return rows.map((r) => r.userRef).sort(compareText);
  }
}
