/**
 * `npm run discord:register`: registers `/afterchat` with Discord, in DISCORD_GUILD_ID when set
 * (instant, for a test server) or globally. Reads the configuration like the bot does (.env, then
 * the environment), speaks DEFAULT_LOCALE (the cli.register sentences) and never prints the token.
 */
import { inviteUrl } from "../adapters/discord/invite.js";
import { registerCommands } from "../adapters/discord/register.js";
import { ConfigError, loadConfig } from "../src/config.js";
import { translator } from "../src/i18n/index.js";
import { maskSecrets } from "../src/log.js";

async function run(): Promise<number> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`${error.message}\n${translator("en").t("cli.register.seeExample")}`);
      return 1;
    }
    throw error;
  }
  const { t } = translator(config.defaultLocale);
  if (!config.discord) {
    console.error(t("cli.register.needsDiscord"));
    return 1;
  }
  const { token, applicationId, apiUrl, guildId } = config.discord;
  try {
    const done = await registerCommands({ token, applicationId, apiUrl, guildId });
    const what = { commands: done.commands.map((c) => c.name).join(", /"), count: done.subcommands };
    console.log(
      done.scope === "guild"
        ? t("cli.register.inServer", { ...what, guild: done.guildId })
        : t("cli.register.globally", what),
    );
    console.log(t("cli.register.invite", { url: inviteUrl(applicationId) }));
    return 0;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    console.error(t("cli.register.refused", { detail: maskSecrets(detail).replaceAll(token, "[redacted]") }));
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
