import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import { CallLog } from "./call-log.js";
import type { Json } from "./fake-discord-data.js";

/**
 * The Discord gateway, plain JSON over ws (no zlib: discord.js uses none without zlib-sync).
 * HELLO -> IDENTIFY -> READY + GUILD_CREATE*, heartbeats acked, RESUME replays missed dispatches then RESUMED.
 * @see https://discord.com/developers/docs/events/gateway
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

interface Session {
  id: string;
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
  private session: Session | undefined;

  constructor(private readonly options: GatewayOptions) {
    this.wss.on("connection", (socket) => this.accept(socket));
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit("connection", ws, req));
  }

  /** Sends a dispatch with the next sequence number; kept for replay if the client is away (RESUME). */
  dispatch(t: string, d: unknown): number {
    const session = this.session;
    if (!session)
      throw new Error(`cannot dispatch ${t}: no gateway session yet (await the client's ready event)`);
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
      if (this.session?.socket === socket) this.session.socket = undefined;
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
      else this.identify(socket);
    }
    if (frame.op === GatewayOp.Resume) this.resume(socket, frame.d as { session_id?: string; seq?: number });
  }

  private identify(socket: WebSocket): void {
    this.session = { id: randomUUID().replaceAll("-", ""), seq: 0, history: [], socket };
    this.dispatch("READY", {
      v: 10,
      ...this.options.ready(),
      session_id: this.session.id,
      session_type: "normal",
      resume_gateway_url: this.options.url,
      shard: [0, 1],
      private_channels: [],
      relationships: [],
      presences: [],
      guild_join_requests: [],
      geo_ordered_rtc_regions: [],
      user_settings: {},
      _trace: ["fake"],
    });
    for (const guild of this.options.guilds()) this.dispatch("GUILD_CREATE", guild);
  }

  private resume(socket: WebSocket, d: { session_id?: string; seq?: number }): void {
    const session = this.session;
    if (!session || session.id !== d.session_id) {
      this.send(socket, { op: GatewayOp.InvalidSession, d: false });
      return;
    }
    session.socket = socket;
    for (const frame of session.history.filter((f) => (f.s ?? 0) > (d.seq ?? 0))) this.send(socket, frame);
    this.dispatch("RESUMED", null);
  }

  private send(socket: WebSocket, frame: GatewayFrame): void {
    socket.send(JSON.stringify({ s: null, t: null, ...frame }));
  }
}
