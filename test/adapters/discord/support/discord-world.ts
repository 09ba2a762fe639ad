/**
 * The real discord.js client started by startDiscord against the Discord fake, with the core's
 * real dispatcher and registries over the in-memory store. One guild: a debrief channel, an
 * after-party channel, a forum and a voice channel; a team role and a moderator role; Ada
 * (moderator role), Bob (team role) and Eve (no role).
 */
import { startDiscord } from "../../../../adapters/discord/index.js";
import type { DiscordPlatform } from "../../../../adapters/discord/platform.js";
import { createDispatcher } from "../../../../src/app/dispatch.js";
import type { Registry } from "../../../../src/app/handler.js";
import type { Services } from "../../../../src/app/services.js";
import { parseConfig } from "../../../../src/config.js";
import type { Series } from "../../../../src/domain/series.js";
import type { Workspace } from "../../../../src/domain/workspace.js";
import { silentLogger } from "../../../../src/log.js";
import { PlatformRouter } from "../../../../src/platforms.js";
import { type FakeDiscord, startFakeDiscord } from "../../../support/fake-discord.js";
import type { Json } from "../../../support/fake-discord-data.js";
import { RecordingPlatforms, testServices } from "../../../support/recording-responder.js";
import { ALL_REGISTRIES } from "../../../support/registries.js";
import { TrackingDispatcher } from "./tracking-dispatcher.js";

export const G = "910000000000000001";
export const CHAT = "910000000000000010";
export const PARTY = "910000000000000011";
export const FORUM = "910000000000000012";
export const VOICE = "910000000000000013";
export const TEAM_ROLE = "910000000000000020";
export const MOD_ROLE = "910000000000000021";
export const ADA = "910000000000000100";
export const BOB = "910000000000000101";
export const EVE = "910000000000000102";
export const TOKEN = "fake-discord-bot-token-0123456789";
/** Manage Server (1 << 5) on top of a regular member's permissions. */
export const MANAGE_GUILD = String(2248473465835073n | 32n);

export const CORE_REGISTRIES: Registry[] = ALL_REGISTRIES;

export interface DiscordWorldOptions {
  messageContent?: boolean;
  registries?: Registry[];
  now?: Date;
  /** The bot's role permissions (default Administrator). */
  botRolePermissions?: string;
}

export async function discordWorld(options: DiscordWorldOptions = {}) {
  const fake: FakeDiscord = await startFakeDiscord({
    guilds: [
      {
        id: G,
        name: "Café chat",
        channels: [
          { id: CHAT, name: "debrief" },
          { id: PARTY, name: "after-party" },
          { id: FORUM, name: "after-parties", type: 15 },
          { id: VOICE, name: "stage", type: 2 },
        ],
        roles: [
          { id: TEAM_ROLE, name: "team" },
          { id: MOD_ROLE, name: "hosts" },
        ],
        members: [
          { id: ADA, username: "ada", roles: [MOD_ROLE] },
          { id: BOB, username: "bob", roles: [TEAM_ROLE] },
          { id: EVE, username: "eve" },
        ],
      },
    ],
    ...(options.botRolePermissions ? { botRolePermissions: options.botRolePermissions } : {}),
  });
  const base = testServices({ now: options.now });
  const router = new PlatformRouter();
  const slack = new RecordingPlatforms();
  router.register(slack.for("slack:T1:C1")!);
  const services: Services = { ...base.services, platforms: router };
  const dispatcher = new TrackingDispatcher(
    createDispatcher(services, options.registries ?? CORE_REGISTRIES),
  );
  const config = parseConfig({
    DISCORD_TOKEN: TOKEN,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
    DISCORD_MESSAGE_CONTENT: options.messageContent ? "true" : "false",
  });
  const running = await startDiscord(
    { config, services, dispatcher, routes: [], log: silentLogger() },
    config.discord!,
    { retries: 0 },
  );
  router.register(running.platform);

  async function workspace(): Promise<Workspace> {
    return base.store.workspaces.ensure({ platform: "discord", externalId: G, name: "Café chat" });
  }

  /** #cafechat debriefed in CHAT, after-party in PARTY, team = the team role, moderators = the hosts role. */
  async function seedSeries(overrides: Partial<Series> = {}): Promise<Series> {
    const ws = await workspace();
    return base.store.series.create({
      workspaceId: ws.id,
      hashtag: "cafechat",
      title: "Café chat",
      hosts: ["ana"],
      networks: ["x"],
      mastodonInstance: null,
      cron: "0 18 * * 2",
      timeZone: "Europe/Paris",
      durationMinutes: 60,
      debriefChannel: `discord:${G}:${CHAT}`,
      afterPartyChannel: `discord:${G}:${PARTY}`,
      teamRoleIds: [TEAM_ROLE],
      moderatorRoleIds: [MOD_ROLE],
      locale: null,
      ...overrides,
    });
  }

  return {
    fake,
    services,
    store: base.store,
    clock: base.clock,
    slack,
    dispatcher,
    running,
    platform: running.platform as DiscordPlatform,
    workspace,
    seedSeries,
    async close() {
      await running.stop();
      await fake.close();
    },
  };
}

export type DiscordWorld = Awaited<ReturnType<typeof discordWorld>>;

/** Sends `/afterchat <subcommand>` as this person, waits until the bot has handled it; the interaction id. */
export async function sendCommand(
  w: DiscordWorld,
  who: { userId: string; locale: string },
  subcommand: string,
  options: Record<string, string> = {},
): Promise<string> {
  const sent = w.fake.sendChatInput({ subcommand, options, ...who });
  await w.dispatcher.handled(String(sent.id));
  return String(sent.id);
}

/** The JSON body of an interaction's first callback (reply, modal, update...). */
export async function firstAnswer(w: DiscordWorld, interactionId: string) {
  const call = await w.fake.waitFor(
    "POST",
    "/interactions/:id/:token/callback",
    (c) => c.params.id === interactionId,
    5000,
  );
  return call.body as { type: number; data: Record<string, unknown> };
}

/** Every message text (content and embed text) the bot sent for an interaction, in order. */
export function answerTexts(w: DiscordWorld, interactionId: string): string[] {
  return w.fake.interactionReplies(interactionId).map((c) => {
    const body = c.body as { data?: Record<string, unknown> } & Record<string, unknown>;
    const data = (body.data ?? body) as { content?: string; embeds?: Array<Record<string, unknown>> };
    const embeds = (data.embeds ?? []).map((e) => JSON.stringify(e));
    return [data.content ?? "", ...embeds].join("\n");
  });
}

/**
 * A click on a control that asks "Are you sure?" first (Close the poll, Delete, Drop): sends the
 * click, reads the private question, answers Confirm ("yes") or Cancel ("no"), and waits until
 * the answer is handled. Returns the question's text and the answer's interaction id.
 */
export async function clickConfirming(
  w: DiscordWorld,
  click: () => Json,
  who: { userId: string; locale: string },
  answer: "yes" | "no" = "yes",
): Promise<{ question: string; questionFlags: number; answerId: string }> {
  const first = click();
  const asked = await firstAnswer(w, String(first.id));
  const data = asked.data as { content: string; flags?: number; components: Json[] };
  const buttons = (data.components[0] as { components: Array<{ custom_id: string }> }).components;
  const customId = buttons[answer === "yes" ? 0 : 1]!.custom_id;
  // The private question as the fake stored it (an interaction reply is a message there too).
  const message = [...w.fake.world.messages.values()].find((m) =>
    JSON.stringify(m.components ?? []).includes(customId),
  );
  const sent = w.fake.sendButton({ customId, message, ...who });
  if (answer === "yes") await w.dispatcher.handled(String(sent.id));
  else await firstAnswer(w, String(sent.id));
  return { question: data.content, questionFlags: data.flags ?? 0, answerId: String(sent.id) };
}
