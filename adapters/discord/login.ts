/**
 * Logging in, with Discord's refusals turned into the setting to change.
 */
import { type Client, Events, type RESTGetAPIGatewayBotResult, Routes } from "discord.js";
import { AfterchatError } from "../../src/errors.js";

/** Discord's refusals at login, as the setting to change (see src/main.ts: one line, no stack). */
const refused = (detailKey: string) => new AfterchatError("config_invalid", { detailKey });

/**
 * Logs in and waits for READY. A bad token fails the login (401 on /gateway/bot, or close 4004); a
 * privileged intent not enabled for the app closes the gateway with 4014, after which discord.js
 * waits forever: both become the sentence naming what to change.
 * @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes
 */
export async function login(client: Client, token: string): Promise<void> {
  const ready = new Promise<void>((resolve, reject) => {
    client.once(Events.ClientReady, () => resolve());
    client.on(Events.ShardDisconnect, (event) => {
      if (event.code === 4014) reject(refused("discord.login.disallowedIntents"));
      if (event.code === 4004) reject(refused("discord.login.badToken"));
    });
  });
  ready.catch(() => undefined);
  try {
    await client.login(token);
  } catch (error) {
    if ((error as { code?: string }).code === "TokenInvalid") throw refused("discord.login.badToken");
    // @discordjs/ws rejects the login with its own error on close code 4014.
    if (error instanceof Error && /disallowed intents/i.test(error.message))
      throw refused("discord.login.disallowedIntents");
    throw error;
  }
  await ready;
}

/**
 * How many shards Discord recommends for this bot (GET /gateway/bot `shards`), which also checks
 * the token before any session opens.
 * @see https://discord.com/developers/docs/events/gateway#get-gateway-bot
 */
export async function recommendedShards(client: Client, token: string): Promise<number> {
  client.rest.setToken(token);
  try {
    const answer = (await client.rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    return Math.max(1, answer.shards);
  } catch (error) {
    if ((error as { status?: number }).status === 401) throw refused("discord.login.badToken");
    throw error;
  }
}
