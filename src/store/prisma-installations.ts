/**
 * Slack installations on Prisma. Token columns hold sealed values (the adapter seals and opens
 * them); the refresh lease is one conditional UPDATE, so two processes never both take it.
 */
import type { RefreshedTokens, StoredInstallation } from "../domain/installation.js";
import type { InstallationRepository } from "../ports.js";
import type { DbOrTx } from "./database.js";
import type { SlackInstallationModel } from "./generated/sqlite/models.js";

function toInstallation(row: SlackInstallationModel): StoredInstallation {
  return {
    teamId: row.teamId,
    teamName: row.teamName,
    enterpriseId: row.enterpriseId,
    appId: row.appId,
    botId: row.botId,
    botUserId: row.botUserId,
    botScopes: row.botScopes ? row.botScopes.split(",") : [],
    installerUserId: row.installerUserId,
    botToken: row.botToken,
    botRefreshToken: row.botRefreshToken,
    botExpiresAt: row.botExpiresAt,
  };
}

export class PrismaInstallationRepository implements InstallationRepository {
  constructor(private readonly db: DbOrTx) {}

  async save(installation: StoredInstallation): Promise<void> {
    const data = {
      teamName: installation.teamName,
      enterpriseId: installation.enterpriseId,
      appId: installation.appId,
      botId: installation.botId,
      botUserId: installation.botUserId,
      botScopes: installation.botScopes.join(","),
      installerUserId: installation.installerUserId,
      botToken: installation.botToken,
      botRefreshToken: installation.botRefreshToken,
      botExpiresAt: installation.botExpiresAt,
      refreshOwner: null,
      refreshUntil: null,
    };
    await this.db.slackInstallation.upsert({
      where: { teamId: installation.teamId },
      create: { teamId: installation.teamId, ...data },
      update: data,
    });
  }

  async get(teamId: string): Promise<StoredInstallation | null> {
    const row = await this.db.slackInstallation.findUnique({ where: { teamId } });
    return row ? toInstallation(row) : null;
  }

  async delete(teamId: string): Promise<boolean> {
    const { count } = await this.db.slackInstallation.deleteMany({ where: { teamId } });
    return count > 0;
  }

  async list(): Promise<StoredInstallation[]> {
    const rows = await this.db.slackInstallation.findMany({ orderBy: { teamId: "asc" } });
    return rows.map(toInstallation);
  }

  async claimRefresh(teamId: string, owner: string, now: Date, until: Date): Promise<boolean> {
    const { count } = await this.db.slackInstallation.updateMany({
      where: {
        teamId,
        OR: [{ refreshUntil: null }, { refreshUntil: { lt: now } }, { refreshOwner: owner }],
      },
      data: { refreshOwner: owner, refreshUntil: until },
    });
    return count === 1;
  }

  async saveRefreshed(teamId: string, owner: string, tokens: RefreshedTokens): Promise<boolean> {
    const { count } = await this.db.slackInstallation.updateMany({
      where: { teamId, refreshOwner: owner },
      data: { ...tokens, refreshOwner: null, refreshUntil: null },
    });
    return count === 1;
  }

  async releaseRefresh(teamId: string, owner: string): Promise<void> {
    await this.db.slackInstallation.updateMany({
      where: { teamId, refreshOwner: owner },
      data: { refreshOwner: null, refreshUntil: null },
    });
  }
}
