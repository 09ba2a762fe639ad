/**
 * Guilds joining and leaving, as Slack's installs and uninstalls: a guild the bot is added to gets
 * its workspace record (or resumes it, if it was retired within the retention period); a guild
 * that removes the bot is retired (scheduled jobs stopped, data kept, then purged). An outage
 * (GUILD_DELETE with `unavailable`) is not a removal: discord.js reports it as GuildUnavailable.
 * At start, guilds that re-added the bot while no process was connected resume.
 * @see https://discord.com/developers/docs/events/gateway-events#guild-create
 * @see https://discord.com/developers/docs/events/gateway-events#guild-delete
 */
import { type Client, Events, type Guild } from "discord.js";
import type { WorkspaceLifecycle } from "../../src/app/workspaces/lifecycle.js";
import type { Logger } from "../../src/log.js";

export function watchGuilds(client: Client, workspaces: WorkspaceLifecycle, log: Logger): void {
  const failed = (what: string, guild: Guild) => (error: unknown) =>
    log.error({ err: error, guild: guild.id }, `${what} not recorded`);
  client.on(Events.GuildCreate, (guild) => {
    workspaces
      .installed({
        platform: "discord",
        externalId: guild.id,
        name: guild.name,
        locale: guild.preferredLocale,
      })
      .catch(failed("guild joined", guild));
  });
  client.on(Events.GuildDelete, (guild) => {
    workspaces
      .removed({ platform: "discord", externalId: guild.id }, "guild_delete")
      .catch(failed("guild left", guild));
  });
  client.once(Events.ClientReady, (ready) => {
    for (const guild of ready.guilds.cache.values())
      workspaces.resumed({ platform: "discord", externalId: guild.id }).catch(failed("guild resumed", guild));
  });
}
