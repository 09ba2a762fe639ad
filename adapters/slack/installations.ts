/**
 * Bolt's InstallationStore on the project's database (InstallationRepository), tokens sealed with
 * SecretBox. Bolt stores an installation at the end of the OAuth flow and fetches it to authorize
 * every incoming request; the scheduler fetches it (through clients.ts) before each send.
 *
 * Token rotation (12-hour access tokens, single-use refresh tokens). Bolt's InstallProvider
 * refreshes inside authorize() when a fetched installation carries a refresh token expiring within
 * 2 hours, with nothing stopping two processes from spending the same refresh token. So this store
 * refreshes itself, serialised per team through a lease in the database (one process calls
 * oauth.v2.access, the others wait for its result), and hands Bolt the fresh access token without
 * the refresh token: Bolt never refreshes on its own.
 * @see https://docs.slack.dev/authentication/using-token-rotation
 * @see https://docs.slack.dev/tools/bolt-js/concepts/token-rotation
 * @see https://docs.slack.dev/reference/methods/oauth.v2.access (grant_type=refresh_token)
 */
import type { Installation, InstallationQuery, InstallationStore, webApi } from "@slack/bolt";
import type { StoredInstallation } from "../../src/domain/installation.js";
import type { InstallationRepository } from "../../src/ports.js";
import type { SecretBox } from "../../src/secret-box.js";

/** Bolt's own window: a token expiring within 2 hours is refreshed before use. */
export const REFRESH_BEFORE_SECONDS = 2 * 60 * 60;
const LEASE_MS = 30_000;
const WAIT_STEP_MS = 100;

export class EnterpriseInstallRefused extends Error {
  constructor() {
    super("Enterprise Grid organisation-wide installs are not supported: install per workspace");
    this.name = "EnterpriseInstallRefused";
  }
}

export interface InstallationsOptions {
  repository: InstallationRepository;
  box: SecretBox;
  /** A client without a token for oauth.v2.access (the installer's options: API URL, retries). */
  oauthClient: webApi.WebClient;
  clientId: string;
  clientSecret: string;
  /** This process, as the refresh lease names it. */
  owner: string;
  refreshBeforeSeconds?: number;
  now?: () => number;
}

/** An installation with its tokens opened. */
export type OpenInstallation = StoredInstallation;

export class SlackInstallations implements InstallationStore {
  readonly #refreshBeforeMs: number;
  /** One look-up per team at a time in this process; the lease orders processes. */
  readonly #inFlight = new Map<string, Promise<OpenInstallation | null>>();
  readonly #now: () => number;

  constructor(private readonly o: InstallationsOptions) {
    this.#refreshBeforeMs = (o.refreshBeforeSeconds ?? REFRESH_BEFORE_SECONDS) * 1000;
    this.#now = o.now ?? Date.now;
  }

  async storeInstallation<V extends "v1" | "v2">(installation: Installation<V, boolean>): Promise<void> {
    if (installation.isEnterpriseInstall || !installation.team?.id) throw new EnterpriseInstallRefused();
    const bot = installation.bot;
    if (!bot) throw new Error("the installation has no bot token (is the bot scope list empty?)");
    const box = this.o.box;
    await this.o.repository.save({
      teamId: installation.team.id,
      teamName: installation.team.name ?? "",
      enterpriseId: installation.enterprise?.id ?? null,
      appId: installation.appId ?? null,
      botId: bot.id,
      botUserId: bot.userId,
      botScopes: bot.scopes ?? [],
      installerUserId: installation.user?.id ?? null,
      botToken: box.seal(bot.token),
      botRefreshToken: bot.refreshToken ? box.seal(bot.refreshToken) : null,
      botExpiresAt: bot.expiresAt ? new Date(bot.expiresAt * 1000) : null,
    });
  }

  async fetchInstallation(query: InstallationQuery<boolean>): Promise<Installation<"v2", false>> {
    if (query.isEnterpriseInstall || !query.teamId) throw new EnterpriseInstallRefused();
    const found = await this.fresh(query.teamId);
    if (!found) throw new Error(`no installation for team ${query.teamId}`);
    return {
      team: { id: found.teamId, name: found.teamName },
      enterprise: found.enterpriseId ? { id: found.enterpriseId } : undefined,
      user: { token: undefined, scopes: undefined, id: found.installerUserId ?? "" },
      // No refreshToken / expiresAt: the refresh happened here, under the lease (see above).
      bot: { token: found.botToken, scopes: found.botScopes, id: found.botId, userId: found.botUserId },
      appId: found.appId ?? "",
      isEnterpriseInstall: false,
      authVersion: "v2",
    };
  }

  async deleteInstallation(query: InstallationQuery<boolean>): Promise<void> {
    if (query.teamId) await this.o.repository.delete(query.teamId);
  }

  /**
   * The team's installation with a token that is not about to expire (refreshed under the lease
   * when it is), opened; null when the team has not installed the app.
   */
  fresh(teamId: string): Promise<OpenInstallation | null> {
    const running = this.#inFlight.get(teamId);
    if (running) return running;
    const started = this.freshOnce(teamId).finally(() => this.#inFlight.delete(teamId));
    this.#inFlight.set(teamId, started);
    return started;
  }

  private async freshOnce(teamId: string): Promise<OpenInstallation | null> {
    const { repository, owner } = this.o;
    const deadline = this.#now() + LEASE_MS;
    for (;;) {
      const row = await repository.get(teamId);
      if (!row) return null;
      if (!this.due(row)) return this.open(row);
      const now = this.#now();
      if (await repository.claimRefresh(teamId, owner, new Date(now), new Date(now + LEASE_MS))) {
        try {
          return await this.refreshHeld(teamId);
        } catch (error) {
          await repository.releaseRefresh(teamId, owner);
          throw error;
        }
      }
      // Another process is refreshing: its new token will be in the row shortly.
      if (this.#now() > deadline) throw new Error(`token refresh for team ${teamId} did not finish`);
      await new Promise((resolve) => setTimeout(resolve, WAIT_STEP_MS));
    }
  }

  /** Seals every stored token again under the current key (after a key rotation). */
  async reseal(): Promise<number> {
    const { repository, box, owner } = this.o;
    let count = 0;
    for (const row of await repository.list()) {
      if (!box.isStale(row.botToken) && !(row.botRefreshToken && box.isStale(row.botRefreshToken))) continue;
      const now = this.#now();
      if (!(await repository.claimRefresh(row.teamId, owner, new Date(now), new Date(now + LEASE_MS))))
        continue; // being refreshed: sealed under the current key by that refresh
      const current = await repository.get(row.teamId);
      if (!current) continue;
      const saved = await repository.saveRefreshed(row.teamId, owner, {
        botToken: box.seal(box.open(current.botToken)),
        botRefreshToken: current.botRefreshToken ? box.seal(box.open(current.botRefreshToken)) : null,
        botExpiresAt: current.botExpiresAt,
      });
      if (saved) count += 1;
    }
    return count;
  }

  private due(row: StoredInstallation): boolean {
    return (
      row.botRefreshToken !== null &&
      row.botExpiresAt !== null &&
      row.botExpiresAt.getTime() - this.#now() <= this.#refreshBeforeMs
    );
  }

  private open(row: StoredInstallation): OpenInstallation {
    const box = this.o.box;
    return {
      ...row,
      botToken: box.open(row.botToken),
      botRefreshToken: row.botRefreshToken ? box.open(row.botRefreshToken) : null,
    };
  }

  /** Under the lease: refreshes unless another process just did, stores, frees the lease. */
  private async refreshHeld(teamId: string): Promise<OpenInstallation | null> {
    const { repository, box, owner } = this.o;
    const row = await repository.get(teamId);
    if (!row) return null;
    if (!this.due(row) || !row.botRefreshToken) {
      await repository.releaseRefresh(teamId, owner);
      return this.open(row);
    }
    const answer = await this.o.oauthClient.oauth.v2.access({
      client_id: this.o.clientId,
      client_secret: this.o.clientSecret,
      grant_type: "refresh_token",
      refresh_token: box.open(row.botRefreshToken),
    });
    if (!answer.access_token || !answer.refresh_token || !answer.expires_in)
      throw new Error("oauth.v2.access did not return a rotated token");
    const tokens = {
      botToken: box.seal(answer.access_token),
      botRefreshToken: box.seal(answer.refresh_token),
      botExpiresAt: new Date(this.#now() + answer.expires_in * 1000),
    };
    if (!(await repository.saveRefreshed(teamId, owner, tokens)))
      throw new Error(`lost the refresh lease of team ${teamId}`);
    return this.open({ ...row, ...tokens });
  }
}
