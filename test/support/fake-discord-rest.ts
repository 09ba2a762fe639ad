import { commandLimitProblem } from "./fake-discord-command-limits.js";
import type { Json } from "./fake-discord-data.js";
import { eventProblem, isUpcoming, statusProblem, UPCOMING_EVENTS_MAX } from "./fake-discord-events.js";
import { messageLimitProblem } from "./fake-discord-limits.js";
import type { DiscordWorld, KnownInteraction } from "./fake-discord-state.js";
import type { FormFile } from "./net.js";

/**
 * The REST routes of the Discord fake (paths after /api/v10), answered from a DiscordWorld.
 * @see https://discord.com/developers/docs/interactions/receiving-and-responding
 * @see https://discord.com/developers/docs/resources/message#create-message
 */
export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  /** JSON body, or the payload_json part of a multipart body. */
  body: Json;
  files: FormFile[];
}
export interface RouteAnswer {
  status: number;
  body?: unknown;
}
export interface Route {
  method: string;
  pattern: string;
  /** "bot": needs `Authorization: Bot ...`; interaction callbacks and webhooks need none. */
  auth: "bot" | "none";
  handle(ctx: RouteContext): RouteAnswer;
}

/** Discord's JSON error body: {message, code}. @see https://discord.com/developers/docs/topics/opcodes-and-status-codes#json */
export const discordError = (status: number, code: number, message: string): RouteAnswer => ({
  status,
  body: { message, code },
});
const ok = (body: unknown): RouteAnswer => ({ status: 200, body });
const noContent: RouteAnswer = { status: 204 };
const unknownMessage = discordError(404, 10008, "Unknown Message");
/** Routes whose body is a message (checked against Discord's limits). */
const MESSAGE_BODIES = new Set([
  "POST /interactions/:id/:token/callback",
  "PATCH /webhooks/:app/:token/messages/@original",
  "POST /webhooks/:app/:token",
  "PATCH /webhooks/:app/:token/messages/:mid",
  "POST /channels/:cid/messages",
  "PATCH /channels/:cid/messages/:mid",
  "POST /channels/:cid/threads",
]);

/** Matches "/channels/:id/messages" against a path; returns the params or null. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split("/");
  const got = path.split("/");
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of want.entries()) {
    const actual = decodeURIComponent(got[i] ?? "");
    if (segment.startsWith(":")) params[segment.slice(1)] = actual;
    else if (segment !== actual) return null;
  }
  return params;
}

export function discordRoutes(world: DiscordWorld, gatewayUrl: string, recommendedShards = 1): Route[] {
  const byToken = (token: string | undefined) =>
    [...world.interactions.values()].find((i) => i.token === token);
  const route = (method: string, pattern: string, auth: Route["auth"], handle: Route["handle"]): Route => ({
    method,
    pattern,
    auth,
    // A message Discord would refuse is refused here too, before anything is stored.
    handle: (ctx) => {
      const posted = MESSAGE_BODIES.has(`${method} ${pattern}`)
        ? pattern.endsWith("/callback")
          ? ((ctx.body.data as Json | undefined) ?? {})
          : ctx.body
        : null;
      const problem = posted && messageLimitProblem(posted);
      return problem ? discordError(400, 50035, `Invalid Form Body: ${problem}`) : handle(ctx);
    },
  });
  const original = (ctx: RouteContext) => byToken(ctx.params.token)?.original;

  return [
    route("GET", "/gateway/bot", "bot", () =>
      ok({
        url: gatewayUrl,
        shards: recommendedShards,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      }),
    ),
    route("GET", "/gateway", "none", () => ok({ url: gatewayUrl })),
    route("POST", "/interactions/:id/:token/callback", "none", (ctx) => {
      const interaction = world.interactions.get(ctx.params.id ?? "");
      if (!interaction || interaction.token !== ctx.params.token)
        return discordError(404, 10062, "Unknown interaction");
      if (interaction.acknowledged)
        return discordError(400, 40060, "Interaction has already been acknowledged.");
      interaction.acknowledged = true;
      respond(world, interaction, ctx);
      if (ctx.query.get("with_response") !== "true") return noContent;
      return ok(callbackResponse(interaction, ctx.body));
    }),
    route("GET", "/webhooks/:app/:token/messages/@original", "none", (ctx) => {
      const found = original(ctx);
      return found ? ok(found) : unknownMessage;
    }),
    route("PATCH", "/webhooks/:app/:token/messages/@original", "none", (ctx) => {
      const interaction = byToken(ctx.params.token);
      const edited =
        interaction?.original && world.editMessage(String(interaction.original.id), ctx.body, ctx.files);
      if (!interaction || !edited) return unknownMessage;
      interaction.original = edited;
      return ok(edited);
    }),
    route("DELETE", "/webhooks/:app/:token/messages/@original", "none", (ctx) =>
      original(ctx) ? noContent : unknownMessage,
    ),
    route("POST", "/webhooks/:app/:token", "none", (ctx) => {
      const interaction = byToken(ctx.params.token);
      if (!interaction) return discordError(404, 10015, "Unknown Webhook");
      const followUp = world.postMessage(interaction.channelId ?? "0", ctx.body, ctx.files);
      return ctx.query.get("wait") === "true" ? ok(followUp) : noContent;
    }),
    route("GET", "/webhooks/:app/:token/messages/:mid", "none", (ctx) =>
      messageOr404(world.messages.get(ctx.params.mid ?? "")),
    ),
    route("PATCH", "/webhooks/:app/:token/messages/:mid", "none", (ctx) =>
      messageOr404(world.editMessage(ctx.params.mid ?? "", ctx.body, ctx.files)),
    ),
    route("DELETE", "/webhooks/:app/:token/messages/:mid", "none", () => noContent),
    route("POST", "/channels/:cid/messages", "bot", (ctx) =>
      ok(world.postMessage(ctx.params.cid ?? "", ctx.body, ctx.files)),
    ),
    route("GET", "/channels/:cid/messages/:mid", "bot", (ctx) =>
      messageOr404(world.messages.get(ctx.params.mid ?? "")),
    ),
    route("PATCH", "/channels/:cid/messages/:mid", "bot", (ctx) =>
      messageOr404(world.editMessage(ctx.params.mid ?? "", ctx.body, ctx.files)),
    ),
    route("DELETE", "/channels/:cid/messages/:mid", "bot", () => noContent),
    route("PUT", "/channels/:cid/messages/:mid/reactions/:emoji/@me", "bot", () => noContent),
    route("POST", "/channels/:cid/messages/:mid/threads", "bot", (ctx) =>
      ok(world.createThread(ctx.params.cid ?? "", ctx.body, ctx.params.mid)),
    ),
    route("POST", "/channels/:cid/threads", "bot", (ctx) =>
      ok(world.createThread(ctx.params.cid ?? "", ctx.body)),
    ),
    route("GET", "/channels/:cid", "bot", (ctx) => {
      const found = world.channels.get(ctx.params.cid ?? "");
      return found ? ok(found) : discordError(404, 10003, "Unknown Channel");
    }),
    route("POST", "/channels/:cid/polls/:mid/expire", "bot", (ctx) => {
      const found = world.messages.get(ctx.params.mid ?? "");
      const poll = found?.poll as Json | undefined;
      if (!found || !poll) return unknownMessage;
      poll.results = { is_finalized: true, answer_counts: (poll.results as Json).answer_counts };
      return ok(found);
    }),
    route("GET", "/channels/:cid/polls/:mid/answers/:aid", "bot", (ctx) =>
      ok({ users: world.pollVoters.get(`${ctx.params.mid}:${ctx.params.aid}`) ?? [] }),
    ),
    route("GET", "/guilds/:gid/scheduled-events", "bot", (ctx) =>
      ok(world.guildEvents(ctx.params.gid ?? "")),
    ),
    route("POST", "/guilds/:gid/scheduled-events", "bot", (ctx) => {
      const gid = ctx.params.gid ?? "";
      if (world.guildEvents(gid).filter(isUpcoming).length >= UPCOMING_EVENTS_MAX)
        return discordError(400, 30038, "Maximum number of uncompleted guild scheduled events reached (100)");
      const problem = eventProblem({ privacy_level: 2, ...ctx.body });
      return problem
        ? discordError(400, 50035, `Invalid Form Body: ${problem}`)
        : ok(world.createScheduledEvent(gid, ctx.body));
    }),
    route("PATCH", "/guilds/:gid/scheduled-events/:eid", "bot", (ctx) => {
      const found = world.scheduledEvents.get(ctx.params.eid ?? "");
      if (!found || found.guild_id !== ctx.params.gid)
        return discordError(404, 10070, "Unknown Guild Scheduled Event");
      const refused = statusProblem(found, ctx.body);
      if (refused) return discordError(400, refused.code, refused.message);
      const problem = eventProblem({ ...found, ...ctx.body });
      return problem
        ? discordError(400, 50035, `Invalid Form Body: ${problem}`)
        : ok(world.editScheduledEvent(found, ctx.body));
    }),
    route("DELETE", "/guilds/:gid/scheduled-events/:eid", "bot", (ctx) =>
      world.scheduledEvents.delete(ctx.params.eid ?? "")
        ? noContent
        : discordError(404, 10070, "Unknown Guild Scheduled Event"),
    ),
    route("GET", "/guilds/:gid/scheduled-events/:eid", "bot", (ctx) => {
      const found = world.scheduledEvents.get(ctx.params.eid ?? "");
      return found ? ok(found) : discordError(404, 10070, "Unknown Guild Scheduled Event");
    }),
    route("GET", "/guilds/:gid", "bot", (ctx) => {
      const guild = world.guilds.get(ctx.params.gid ?? "");
      if (!guild) return discordError(404, 10004, "Unknown Guild");
      const { members: _m, channels: _c, ...rest } = guild;
      return ok(rest);
    }),
    route("GET", "/guilds/:gid/channels", "bot", (ctx) =>
      ok([...world.channels.values()].filter((c) => c.guild_id === ctx.params.gid)),
    ),
    route("GET", "/guilds/:gid/roles", "bot", (ctx) =>
      ok(world.guilds.get(ctx.params.gid ?? "")?.roles ?? []),
    ),
    route("GET", "/guilds/:gid/members/:uid", "bot", (ctx) => {
      const found = world.member(ctx.params.gid ?? "", ctx.params.uid ?? "");
      return found ? ok(found) : discordError(404, 10007, "Unknown Member");
    }),
    route(
      "PUT",
      "/applications/:app/guilds/:gid/commands",
      "bot",
      (ctx) =>
        commandsOr400(ctx.body) ?? ok(world.overwriteCommands(ctx.params.gid ?? "", asArray(ctx.body))),
    ),
    route("GET", "/applications/:app/guilds/:gid/commands", "bot", (ctx) =>
      ok(world.commands.get(ctx.params.gid ?? "") ?? []),
    ),
    route(
      "PUT",
      "/applications/:app/commands",
      "bot",
      (ctx) => commandsOr400(ctx.body) ?? ok(world.overwriteCommands("global", asArray(ctx.body))),
    ),
    route("GET", "/applications/:app/commands", "bot", () => ok(world.commands.get("global") ?? [])),
    route("GET", "/applications/@me", "bot", () =>
      ok({ id: world.applicationId, name: world.bot.username, flags: 0, bot_public: true, bot: world.bot }),
    ),
    route("POST", "/users/@me/channels", "bot", (ctx) => ok(world.openDm(String(ctx.body.recipient_id)))),
    route("GET", "/users/@me", "bot", () => ok(world.bot)),
    route("GET", "/users/:uid", "bot", (ctx) => {
      const found = world.users.get(ctx.params.uid ?? "");
      return found ? ok(found) : discordError(404, 10013, "Unknown User");
    }),
  ];
}

function messageOr404(found: Json | undefined): RouteAnswer {
  return found ? ok(found) : unknownMessage;
}

/** A bulk overwrite Discord would refuse: 400 50035, like real Discord. */
function commandsOr400(body: unknown): RouteAnswer | null {
  for (const command of asArray(body)) {
    const problem = commandLimitProblem(command);
    if (problem) return discordError(400, 50035, `Invalid Form Body: ${problem}`);
  }
  return null;
}

function asArray(body: unknown): Json[] {
  return Array.isArray(body) ? (body as Json[]) : [];
}

/** Applies an interaction callback: 4 reply, 5 deferred reply, 6 deferred update, 7 update, 9 modal. */
function respond(world: DiscordWorld, interaction: KnownInteraction, { body, files }: RouteContext): void {
  const data = (body.data as Json | undefined) ?? {};
  const channelId = interaction.channelId ?? "0";
  const flags = Number(data.flags ?? 0);
  if (body.type === 4) interaction.original = world.postMessage(channelId, data, files);
  // A deferred reply is a "thinking..." message (flag 128 LOADING) that editReply fills in later.
  if (body.type === 5)
    interaction.original = world.postMessage(channelId, { content: "", flags: 128 | (flags & 64) });
  const componentMessage = interaction.messageId ? world.messages.get(interaction.messageId) : undefined;
  if (body.type === 6 && componentMessage) interaction.original = componentMessage;
  if (body.type === 7 && interaction.messageId)
    interaction.original = world.editMessage(interaction.messageId, data, files);
}

function callbackResponse(interaction: KnownInteraction, body: Json): Json {
  const message = interaction.original;
  return {
    interaction: {
      id: interaction.id,
      type: interaction.type,
      activity_instance_id: null,
      response_message_id: message?.id ?? null,
      response_message_loading: body.type === 5,
      response_message_ephemeral: (Number(message?.flags ?? 0) & 64) === 64,
    },
    resource: { type: body.type, ...(message ? { message } : {}) },
  };
}
