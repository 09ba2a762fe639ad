/**
 * `npm run discord:register`: registers `/afterchat` with Discord, in DISCORD_GUILD_ID when set
 * (instant, for a test server) or globally. Reads the configuration like the bot does (.env, then
 * the environment) and never prints the token.
 */
import { inviteUrl } from "../adapters/discord/invite.js";
import { registerCommands } from "../adapters/discord/register.js";
import { ConfigError, loadConfig } from "../src/config.js";
import { maskSecrets } from "../src/log.js";

async function run(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`${error.message}\nSee .env.example for every variable.`);
      return 1;
    }
    throw error;
  }
  if (!config.discord) {
    console.error("DISCORD_TOKEN and DISCORD_APPLICATION_ID are needed to register the Discord command.");
    return 1;
  }
  const { token, applicationId, apiUrl, guildId } = config.discord;
  try {
    const done = await registerCommands({ token, applicationId, apiUrl, guildId });
    const where =
      done.scope === "guild" ? `in server ${done.guildId}` : "globally (it may take up to an hour to show)";
    console.log(
      `Registered /${done.commands.map((c) => c.name).join(", /")} with ${done.subcommands} sub-commands ${where}.`,
    );
    console.log(`Invite the bot with: ${inviteUrl(applicationId)}`);
    return 0;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(`Discord refused the registration: ${maskSecrets(detail).replaceAll(token, "[redacted]")}`);
    return 1;
  }
}

run().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(maskSecrets(error instanceof Error ? (error.stack ?? error.message) : String(error)));
    process.exit(1);
  },
);
