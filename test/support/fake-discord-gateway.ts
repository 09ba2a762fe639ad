import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import { CallLog } from "./call-log.js";
import type { Json } from "./fake-discord-data.js";

/**
 * The Discord gateway, plain JSON over ws (no zlib: discord.js uses none without zlib-sync).
 * HELLO -> IDENTIFY -> READY + GUILD_CREATE*, heartbeats acked, RESUME replays missed dispatches then RESUMED.
 * Sharded as Discord is: IDENTIFY's `shard: [id, count]` picks the guilds of that shard
 * ((guild_id >> 22) % count); a guild's events go to its shard's sessions, DMs to shard 0. Every
 * session identified for a shard gets its events, as on Discord: two live sessions for one shard
 * both see each interaction. A session whose connection is gone keeps its events for a RESUME; a
 * new IDENTIFY never gets them (Discord does not replay to new sessions).
 * @see https://discord.com/developers/docs/events/gateway
 * @see https://discord.com/developers/docs/events/gateway#sharding
 */
export interface GatewayFrame {
  op: number;
  d: unknown;
  s?: number | null;
  t?: string | null;
}

export const GatewayOp = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  Resume: 6,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;

/** Events about a guild itself carry its id as `id`, not `guild_id`. */
const GUILD_EVENTS = new Set(["GUILD_CREATE", "GUILD_UPDATE", "GUILD_DELETE"]);

interface Session {
  id: string;
  /** [shard id, shard count] from IDENTIFY. */
  shard: [number, number];
  seq: number;
  history: GatewayFrame[];
  socket: WebSocket | undefined;
}

export interface GatewayOptions {
  url: string;
  heartbeatIntervalMs: number;
  /** READY's `d` without session fields (user, application, guilds). */
  ready: () => Json;
  /** One GUILD_CREATE `d` per guild, sent right after READY. */
  guilds: () => Json[];
  /** Intent bits not enabled for the app: an IDENTIFY asking for one is closed with 4014, as Discord does. */
  disallowedIntents?: () => number;
}

export class FakeDiscordGateway {
  /** Every frame the client sent (heartbeats, IDENTIFY, RESUME, presence updates...). */
  readonly received = new CallLog<GatewayFrame>((f) => `op ${f.op} ${JSON.stringify(f.d)}`);
  connectionCount = 0;
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions: Session[] = [];

  constructor(private readonly options: GatewayOptions) {
    this.wss.on("connection", (socket) => this.accept(socket));
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit("connection", ws, req));
  }

  /** The latest session identified (single-shard tests). */
  private get session(): Session | undefined {
    return this.sessions.at(-1);
  }

  /**
   * Sends a dispatch to every session of the shard it belongs to, with each session's next
   * sequence number (kept for replay if the client is away: RESUME); returns the last number used.
   */
  dispatch(t: string, d: unknown): number {
    if (this.sessions.length === 0)
      throw new Error(`cannot dispatch ${t}: no gateway session yet (await the client's ready event)`);
    const payload = d as { guild_id?: unknown; id?: unknown } | null;
    const guildId = GUILD_EVENTS.has(t) ? payload?.id : payload?.guild_id;
    let last = 0;
    for (const session of this.sessions) {
      const [id, count] = session.shard;
      if ((typeof guildId === "string" ? shardOf(guildId, count) : 0) === id)
        last = this.send1(session, t, d);
    }
    return last;
  }

  /** Sessions with a live connection, by shard id (a shard with two is the bug sharding prevents). */
  liveSessions(): Array<{ id: string; shard: [number, number] }> {
    return this.sessions
      .filter((s) => s.socket && s.socket.readyState === s.socket.OPEN)
      .map((s) => ({ id: s.id, shard: s.shard }));
  }

  private send1(session: Session, t: string, d: unknown): number {
    session.seq += 1;
    const frame: GatewayFrame = { op: GatewayOp.Dispatch, t, s: session.seq, d };
    session.history.push(frame);
    const socket = session.socket;
    if (socket && socket.readyState === socket.OPEN) socket.send(JSON.stringify(frame));
    return session.seq;
  }

  /** Closes the live connection as Discord would on a server-side hiccup: 4000 (close frame) or 1006 (cut). */
  drop(code: 4000 | 1006 = 4000): void {
    const socket = this.session?.socket;
    if (!socket) throw new Error("cannot drop the gateway connection: the client is not connected");
    if (this.session) this.session.socket = undefined;
    if (code === 1006) socket.terminate();
    else socket.close(code, "fake: unknown error");
  }

  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(socket: WebSocket): void {
    this.connectionCount += 1;
    socket.on("message", (data) => this.onFrame(socket, String(data)));
    socket.on("close", () => {
      for (const session of this.sessions) if (session.socket === socket) session.socket = undefined;
    });
    this.send(socket, {
      op: GatewayOp.Hello,
      d: { heartbeat_interval: this.options.heartbeatIntervalMs, _trace: ["fake"] },
    });
  }

  private onFrame(socket: WebSocket, text: string): void {
    let frame: GatewayFrame;
    try {
      frame = JSON.parse(text) as GatewayFrame;
    } catch {
      socket.close(4002, "Error while decoding payload.");
      return;
    }
    this.received.record(frame);
    if (frame.op === GatewayOp.Heartbeat) this.send(socket, { op: GatewayOp.HeartbeatAck, d: null });
    if (frame.op === GatewayOp.Identify) {
      const asked = Number((frame.d as { intents?: number } | null)?.intents ?? 0);
      if (asked & (this.options.disallowedIntents?.() ?? 0)) socket.close(4014, "Disallowed intent(s).");
      else this.identify(socket, (frame.d as { shard?: [number, number] } | null)?.shard ?? [0, 1]);
    }
    if (frame.op === GatewayOp.Resume) this.resume(socket, frame.d as { session_id?: string; seq?: number });
  }

  private identify(socket: WebSocket, shard: [number, number]): void {
    const session: Session = { id: randomUUID().replaceAll("-", ""), shard, seq: 0, history: [], socket };
    this.sessions.push(session);
    const mine = (guild: Json) => shardOf(String(guild.id), shard[1]) === shard[0];
    const ready = this.options.ready();
    this.send1(session, "READY", {
      v: 10,
      ...ready,
      guilds: ((ready.guilds as Json[] | undefined) ?? []).filter(mine),
      session_id: session.id,
      session_type: "normal",
      resume_gateway_url: this.options.url,
      shard,
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      _trace: ["fake"],
    });
    for (const guild of this.options.guilds().filter(mine)) this.send1(session, "GUILD_CREATE", guild);
  }

  private resume(socket: WebSocket, d: { session_id?: string; seq?: number }): void {
    const session = this.sessions.find((s) => s.id === d.session_id);
    if (!session) {
      this.send(socket, { op: GatewayOp.InvalidSession, d: false });
      return;
    }
    session.socket = socket;
    for (const frame of session.history.filter((f) => (f.s ?? 0) > (d.seq ?? 0))) this.send(socket, frame);
    this.send1(session, "RESUMED", null);
  }

  private send(socket: WebSocket, frame: GatewayFrame): void {
    socket.send(JSON.stringify({ s: null, t: null, ...frame }));
  }
}

/** The shard a guild belongs to: (guild_id >> 22) % count. @see https://discord.com/developers/docs/events/gateway#sharding */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** A guild id on shard `shard` of `count` (n tells several apart). */
export function guildIdOnShard(shard: number, count: number, n: number): string {
  return String((BigInt(300_000_000_000 + n * count + shard) << 22n) + 7n);
}
