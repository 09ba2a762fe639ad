/**
 * The bot's Web API client for one Slack team. One workspace: the token from the environment,
 * always. Several (OAuth install): the team's installation, refreshed first when token rotation
 * says it expires soon (installations.ts), so a scheduled send never uses an expired token.
 * Clients are kept per token: a rotated token gets a new client.
 */
import { webApi } from "@slack/bolt";
import { AfterchatError } from "../../src/errors.js";

export interface TeamBot {
  token: string;
  botUserId: string;
}

export interface SlackClients {
  /** The client carrying this team's bot token. */
  forTeam(teamId: string): Promise<webApi.WebClient>;
  /** This team's bot token and bot user (file downloads, "is this the bot?"). */
  bot(teamId: string): Promise<TeamBot>;
}

/** One workspace: every team gets the environment's token (Bolt's own client). */
export function singleTeamClients(client: webApi.WebClient, bot: TeamBot): SlackClients {
  return { forTeam: async () => client, bot: async () => bot };
}

/** Several workspaces: each team's bot token from its installation. */
export class InstalledClients implements SlackClients {
  readonly #byTeam = new Map<string, { token: string; client: webApi.WebClient }>();

  constructor(
    /** The team's current bot token (refreshed when due); null when it is not installed. */
    private readonly authorize: (teamId: string) => Promise<TeamBot | null>,
    private readonly options: webApi.WebClientOptions,
  ) {}

  async bot(teamId: string): Promise<TeamBot> {
    const bot = await this.authorize(teamId);
    if (!bot)
      throw new AfterchatError("platform_failed", {
        platform: "Slack",
        detailKey: "slack.failure.rejected",
        code: "not_installed",
      });
    return bot;
  }

  async forTeam(teamId: string): Promise<webApi.WebClient> {
    const { token } = await this.bot(teamId);
    const known = this.#byTeam.get(teamId);
    if (known?.token === token) return known.client;
    // A rotated token replaces the team's client: the old token is never used again.
    const client = new webApi.WebClient(token, { ...this.options, teamId });
    this.#byTeam.set(teamId, { token, client });
    return client;
  }
}
