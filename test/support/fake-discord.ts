import type { IncomingMessage, ServerResponse } from "node:http";
import { CallLog } from "./call-log.js";
import { type FakeGuildInput, type FakeUserInput, type Json, snowflake } from "./fake-discord-data.js";
import { FakeDiscordGateway } from "./fake-discord-gateway.js";
import {
  type ButtonInput,
  buttonInteraction,
  type ChatInputInput,
  chatInputInteraction,
  type ModalSubmitInput,
  modalSubmitInteraction,
  type SelectInput,
  selectInteraction,
} from "./fake-discord-interactions.js";
import { discordError, discordRoutes, matchPath, type RouteAnswer } from "./fake-discord-rest.js";
import { DiscordWorld } from "./fake-discord-state.js";
import { type FormFile, listenLocal, parseMultipart, readRawBody, sendJson } from "./net.js";

/**
 * A local fake of Discord's REST API (v10) and gateway, for driving the real discord.js 14 over 127.0.0.1:
 * `new Client({ intents, rest: { api: fake.apiUrl, retries: 0 } })` then `client.login("any-token")`.
 * See test/fakes/discord.test.ts.
 */

export interface DiscordRestCall {
  method: string;
  /** Path after /api/v10, e.g. "/channels/123/messages". */
  path: string;
  /** The route pattern that answered ("/channels/:cid/messages"), or null when no route matched (404). */
  route: string | null;
  params: Record<string, string>;
  query: Record<string, string>;
  body: Json;
  files: FormFile[];
  authorization: string | undefined;
  auditLogReason: string | undefined;
  status: number;
  response: unknown;
}

export interface DiscordFailure {
  status: number;
  /** Discord JSON error code, e.g. 50013 Missing Permissions, 10003 Unknown Channel. */
  code?: number;
  message?: string;
}

export interface FakeDiscordOptions {
  guilds: FakeGuildInput[];
  applicationId?: string;
  botUser?: FakeUserInput;
  /** The bot's managed role permissions in every guild (default "8", Administrator). */
  botRolePermissions?: string;
  heartbeatIntervalMs?: number;
  /** Privileged intent bits the app has not enabled (e.g. 1 << 15, Message Content). */
  disallowedIntents?: number;
  /** GET /gateway/bot's `shards`, the count Discord recommends (default 1). */
  recommendedShards?: number;
}

export async function startFakeDiscord(options: FakeDiscordOptions) {
  const log = new CallLog<DiscordRestCall>(
    (c) => `${c.method} ${c.path} ${JSON.stringify(c.body)} -> ${c.status}`,
  );
  const failures: Array<{ method: string; pattern: string; failure: DiscordFailure }> = [];

  const server = await listenLocal((req, res) =>
    req.url?.startsWith("/attachments/") ? serveAttachment(req, res) : handleRest(req, res),
  );
  const gatewayUrl = `ws://127.0.0.1:${server.port}`;
  const applicationId = options.applicationId ?? snowflake();
  const world = new DiscordWorld(
    server.origin,
    applicationId,
    options.botUser ?? { id: applicationId, username: "afterchat" },
    options.guilds,
    options.botRolePermissions ?? "8",
  );
  const routes = discordRoutes(world, gatewayUrl, options.recommendedShards ?? 1);
  const gateway = new FakeDiscordGateway({
    url: gatewayUrl,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    ready: () => ({
      user: { ...world.bot, verified: true, mfa_enabled: false, email: null },
      application: { id: applicationId, flags: 0 },
      guilds: [...world.guilds.keys()].map((id) => ({ id, unavailable: true })),
    }),
    guilds: () => [...world.guilds.values()],
    disallowedIntents: () => options.disallowedIntents ?? 0,
  });
  server.server.on("upgrade", (req, socket, head) => gateway.handleUpgrade(req, socket, head));

  async function handleRest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://x");
    const path = url.pathname.replace(/^\/api\/v\d+/, "");
    const method = req.method ?? "GET";
    const { body, files } = await parseBody(req);
    const authorization = req.headers.authorization;
    let route: string | null = null;
    let params: Record<string, string> = {};
    let answer: RouteAnswer | undefined;
    const failureAt = failures.findIndex((f) => f.method === method && matchPath(f.pattern, path));
    for (const candidate of routes) {
      const matched = candidate.method === method ? matchPath(candidate.pattern, path) : null;
      if (!matched) continue;
      route = candidate.pattern;
      params = matched;
      if (failureAt >= 0) {
        const { failure } = failures.splice(failureAt, 1)[0]!;
        answer = discordError(
          failure.status,
          failure.code ?? 0,
          failure.message ?? `${failure.status}: scripted failure`,
        );
      } else if (candidate.auth === "bot" && !/^Bot \S+/.test(authorization ?? "")) {
        answer = discordError(401, 0, "401: Unauthorized");
      } else {
        answer = candidate.handle({ params, query: url.searchParams, body, files });
      }
      break;
    }
    answer ??= discordError(404, 0, "404: Not Found");
    log.record({
      method,
      path,
      route,
      params,
      query: Object.fromEntries(url.searchParams),
      body,
      files,
      authorization,
      auditLogReason: header(req, "x-audit-log-reason"),
      status: answer.status,
      response: answer.body,
    });
    if (answer.status === 204) res.writeHead(204).end();
    else sendJson(res, answer.status, answer.body ?? {});
  }

  /** Attachment URLs (CDN-like, on the fake) serve the stored bytes. */
  function serveAttachment(req: IncomingMessage, res: ServerResponse): void {
    const id = (req.url ?? "").split("/")[3] ?? "";
    const found = world.attachments.get(id);
    if (!found) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": String(found.attachment.content_type) }).end(found.bytes);
  }

  /** Registers an interaction and dispatches it as INTERACTION_CREATE; returns the raw payload sent. */
  function sendInteraction(interaction: Json): Json {
    const message = interaction.message as Json | undefined;
    world.interactions.set(String(interaction.id), {
      id: String(interaction.id),
      token: String(interaction.token),
      type: Number(interaction.type),
      messageId: message ? String(message.id) : undefined,
      channelId: typeof interaction.channel_id === "string" ? interaction.channel_id : undefined,
      guildId: typeof interaction.guild_id === "string" ? interaction.guild_id : undefined,
      acknowledged: false,
    });
    gateway.dispatch("INTERACTION_CREATE", interaction);
    return interaction;
  }

  const matches = (call: DiscordRestCall, method?: string, pattern?: string) =>
    (method === undefined || call.method === method) &&
    (pattern === undefined || call.route === pattern || matchPath(pattern, call.path) !== null);

  return {
    /** For `rest: { api }` (discord.js appends /v10). */
    apiUrl: `${server.origin}/api`,
    gatewayUrl,
    applicationId,
    botUser: world.bot,
    world,
    gateway,
    /** Sends any gateway event (t, d) with the next sequence number; returns that number. */
    dispatch: (t: string, d: unknown) => gateway.dispatch(t, d),
    sendInteraction,
    sendChatInput: (input: ChatInputInput = {}) => sendInteraction(chatInputInteraction(world, input)),
    sendButton: (input: ButtonInput) => sendInteraction(buttonInteraction(world, input)),
    /** A pick in a string select (or, with kind "user", a user select) on `message`. */
    sendSelect: (input: SelectInput) => sendInteraction(selectInteraction(world, input)),
    sendModalSubmit: (input: ModalSubmitInput) => sendInteraction(modalSubmitInteraction(world, input)),
    /** Forces the gateway connection closed (4000 close frame, or 1006 cut) so the client RESUMEs. */
    dropConnection: (code: 4000 | 1006 = 4000) => gateway.drop(code),
    /** Resolves when the client has sent RESUME number `n` (1 = the first resume). */
    waitForResume: (n = 1, timeoutMs = 5000) =>
      gateway.received.waitFor(
        () => gateway.received.filter((f) => f.op === 6).length >= n,
        timeoutMs,
        `RESUME #${n} from the client`,
      ),
    /** The next matching REST call fails with this status and Discord error code. */
    failNext(method: string, pathPattern: string, failure: DiscordFailure): void {
      failures.push({ method, pattern: pathPattern, failure });
    },
    /** Recorded REST calls, optionally filtered by method and a path pattern ("/channels/:cid/messages"). */
    calls: (method?: string, pathPattern?: string) => log.filter((c) => matches(c, method, pathPattern)),
    waitFor(
      method: string,
      pathPattern: string,
      match: (call: DiscordRestCall) => boolean = () => true,
      timeoutMs = 2000,
    ) {
      return log.waitFor(
        (c) => matches(c, method, pathPattern) && match(c),
        timeoutMs,
        `${method} ${pathPattern}`,
      );
    },
    /** Callback and webhook calls made for one interaction (reply, defer, editReply, followUp...). */
    interactionReplies(interactionId: string): DiscordRestCall[] {
      const token = world.interactions.get(interactionId)?.token;
      return log.filter(
        (c) =>
          c.params.id === interactionId ||
          (token !== undefined && c.params.token === token && c.path.startsWith("/webhooks/")),
      );
    },
    /** REST calls no route answered (404): what the fake, or the bot, got wrong. */
    unknownRoutes: () => log.filter((c) => c.route === null),
    log,
    async close(): Promise<void> {
      await gateway.close();
      await server.close();
    },
  };
}

export type FakeDiscord = Awaited<ReturnType<typeof startFakeDiscord>>;

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** JSON bodies, or multipart (payload_json + files[n]) as discord.js sends attachments. */
async function parseBody(req: IncomingMessage): Promise<{ body: Json; files: FormFile[] }> {
  const raw = await readRawBody(req);
  const contentType = req.headers["content-type"] ?? "";
  if (contentType.startsWith("multipart/")) {
    const { fields, files } = await parseMultipart(raw, contentType);
    return { body: fields.payload_json ? (JSON.parse(fields.payload_json) as Json) : fields, files };
  }
  if (raw.length === 0) return { body: {}, files: [] };
  return { body: JSON.parse(raw.toString("utf8")) as Json, files: [] };
}
