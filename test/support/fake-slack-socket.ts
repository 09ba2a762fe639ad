import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { type WebSocket, WebSocketServer } from "ws";
import { CallLog } from "./call-log.js";
import {
  eventCallbackPayload,
  SLACK_DEFAULTS,
  type SlashCommandFields,
  slashCommandPayload,
} from "./slack-payloads.js";

/**
 * Socket Mode side of the Slack fake: apps.connections.open hands out `url`; the client connects, gets
 * {type:"hello"}, then receives envelopes and acks each with {envelope_id, payload?}.
 * @see https://docs.slack.dev/apis/events-api/using-socket-mode
 */
export interface SlackEnvelope {
  envelope_id?: string;
  type: "slash_commands" | "interactive" | "events_api" | (string & {});
  accepts_response_payload?: boolean;
  retry_attempt?: number;
  retry_reason?: string;
  payload: Record<string, unknown>;
}

export interface SlackSocketAck {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export class FakeSlackSocket {
  /** Every ack the app sent back, in order. */
  readonly acks = new CallLog<SlackSocketAck>((ack) => JSON.stringify(ack));
  /** Number of WebSocket connections opened so far (a reconnect makes it 2). */
  connectionCount = 0;
  private readonly wss = new WebSocketServer({ noServer: true });
  private current: WebSocket | undefined;
  private readonly opened = new CallLog<number>((n) => `connection #${n}`);

  constructor(readonly url: string) {
    this.wss.on("connection", (socket) => this.accept(socket));
  }

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit("connection", ws, req));
  }

  /** Resolves once a client is connected (Bolt's app.start() in Socket Mode already waits for the hello). */
  async waitForConnection(timeoutMs = 2000): Promise<void> {
    await this.opened.waitFor(() => this.current !== undefined, timeoutMs, "a Socket Mode connection");
  }

  /** Sends an envelope and resolves with the app's ack for it (same envelope_id). */
  async send(envelope: SlackEnvelope, timeoutMs = 2000): Promise<SlackSocketAck> {
    await this.waitForConnection(timeoutMs);
    const id = envelope.envelope_id ?? randomUUID();
    this.current?.send(JSON.stringify({ ...envelope, envelope_id: id }));
    return this.acks.waitFor((ack) => ack.envelope_id === id, timeoutMs, `the ack of envelope ${id}`);
  }

  /** A slash command (fields as in slashCommandPayload); resolves with the ack (its payload is the ack body). */
  sendSlashCommand(fields: SlashCommandFields = {}, timeoutMs?: number): Promise<SlackSocketAck> {
    const payload = slashCommandPayload(fields);
    return this.send({ type: "slash_commands", accepts_response_payload: true, payload }, timeoutMs);
  }

  /** A block_actions / view_submission / shortcut payload (build it with slack-payloads.ts). */
  sendInteraction(payload: Record<string, unknown>, timeoutMs?: number): Promise<SlackSocketAck> {
    const acceptsPayload = payload.type === "view_submission" || payload.type === "block_suggestion";
    return this.send({ type: "interactive", accepts_response_payload: acceptsPayload, payload }, timeoutMs);
  }

  /** An Events API event; wrapped in an event_callback envelope unless it already is one. */
  sendEvent(event: Record<string, unknown>, timeoutMs?: number): Promise<SlackSocketAck> {
    const payload = event.type === "event_callback" ? event : eventCallbackPayload(event);
    return this.send(
      { type: "events_api", accepts_response_payload: false, retry_attempt: 0, payload },
      timeoutMs,
    );
  }

  /** Asks the client to reconnect, as Slack does when it recycles a connection. */
  requestReconnect(): void {
    this.current?.send(JSON.stringify({ type: "disconnect", reason: "refresh_requested" }));
  }

  /**
   * Closes every connection with a close handshake (Bolt's app.stop() resolves before its own handshake
   * finishes; cutting the socket would make the client log a WebSocket error), then the server.
   */
  async close(): Promise<void> {
    await Promise.all([...this.wss.clients].map((client) => closeGracefully(client)));
    this.wss.close();
  }

  private accept(socket: WebSocket): void {
    this.current = socket;
    this.connectionCount += 1;
    socket.on("message", (data) => this.onAck(String(data)));
    socket.on("close", () => {
      if (this.current === socket) this.current = undefined;
    });
    socket.send(
      JSON.stringify({
        type: "hello",
        num_connections: 1,
        debug_info: { host: "applink-fake", build_number: 1, approximate_connection_time: 18060 },
        connection_info: { app_id: SLACK_DEFAULTS.appId },
      }),
    );
    this.opened.record(this.connectionCount);
  }

  private onAck(text: string): void {
    try {
      const ack = JSON.parse(text) as SlackSocketAck;
      if (typeof ack.envelope_id === "string") this.acks.record(ack);
    } catch {
      // A client only sends JSON acks; anything else is ignored, as Slack would.
    }
  }
}

async function closeGracefully(client: WebSocket, timeoutMs = 1000): Promise<void> {
  if (client.readyState === client.CLOSED) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      client.terminate();
      resolve();
    }, timeoutMs);
    timer.unref();
    client.once("close", () => {
      clearTimeout(timer);
      resolve();
    });
    if (client.readyState === client.OPEN) client.close(1001, "fake closing");
  });
}
