import type { SlackArgs } from "./fake-slack-methods.js";
import type { FakeSlackFile } from "./fake-slack-state.js";
import { parseMultipart } from "./net.js";

/** What the Slack fake records, and how raw requests become those records. */

export interface SlackApiCall {
  method: string;
  /** Form or JSON arguments; blocks/view/attachments/files/metadata JSON strings are parsed back to objects. */
  args: SlackArgs;
  /** The token from `Authorization: Bearer ...` (or the `token` argument). */
  token: string | undefined;
  contentType: string;
  /** HTTP status and body the fake answered. */
  status: number;
  response: Record<string, unknown>;
}

/** 429 + Retry-After (seconds; 0 retries at once), another HTTP status (body ok:false), or ok:false with `error`. */
/** A scripted failure: an HTTP status, or Slack's ok:false with its error (and missing_scope's needed / provided). */
export type SlackFailure =
  | { status: 429; retryAfter: number }
  | { status: number }
  | { error: string; needed?: string; provided?: string };

export interface SlackResponseUrlPost {
  id: string;
  body: Record<string, unknown>;
  status: number;
}

export interface SlackMessage {
  method: "chat.postMessage" | "chat.update" | "chat.postEphemeral";
  channel: string;
  ts: string;
  text: string;
  blocks: unknown[] | undefined;
  attachments: unknown[] | undefined;
  thread_ts: string | undefined;
  /** chat.postEphemeral only: who sees it. */
  user: string | undefined;
}

export interface SlackUpload {
  fileId: string;
  filename: string;
  title: string;
  bytes: Buffer;
  channel: string | undefined;
  thread_ts: string | undefined;
  initial_comment: string | undefined;
  /** True once files.completeUploadExternal shared it. */
  completed: boolean;
}

const JSON_ARGS = new Set(["blocks", "view", "attachments", "files", "metadata"]);

/** Form, multipart or JSON arguments, with Block Kit / view / attachments JSON strings parsed back to objects. */
export async function parseArgs(raw: Buffer, contentType: string): Promise<SlackArgs> {
  let flat: Record<string, unknown>;
  if (contentType.startsWith("application/json")) flat = safeJson(raw.toString("utf8"));
  else if (contentType.startsWith("multipart/")) flat = (await parseMultipart(raw, contentType)).fields;
  else flat = Object.fromEntries(new URLSearchParams(raw.toString("utf8")));
  const args: SlackArgs = {};
  for (const [key, value] of Object.entries(flat)) {
    args[key] = JSON_ARGS.has(key) && typeof value === "string" ? safeJson(value, value) : value;
  }
  return args;
}

export function safeJson<T = Record<string, unknown>>(text: string, fallback?: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return (fallback ?? { unparsed: text }) as T;
  }
}

export function toMessage(call: SlackApiCall): SlackMessage[] {
  if (call.status !== 200 || call.response.ok !== true) return [];
  if (!["chat.postMessage", "chat.update", "chat.postEphemeral"].includes(call.method)) return [];
  const a = call.args;
  const s = (v: unknown) => (typeof v === "string" ? v : undefined);
  const ts = s(call.response.ts) ?? s(call.response.message_ts) ?? "";
  return [
    {
      method: call.method as SlackMessage["method"],
      channel: s(a.channel) ?? "",
      ts,
      text: s(a.text) ?? "",
      blocks: Array.isArray(a.blocks) ? a.blocks : undefined,
      attachments: Array.isArray(a.attachments) ? a.attachments : undefined,
      thread_ts: s(a.thread_ts),
      user: call.method === "chat.postEphemeral" ? s(a.user) : undefined,
    },
  ];
}

export function toUpload(file: FakeSlackFile): SlackUpload {
  return {
    fileId: file.id,
    filename: file.name,
    title: file.title,
    bytes: file.bytes,
    channel: file.channel,
    thread_ts: file.thread_ts,
    initial_comment: file.initial_comment,
    completed: file.completed,
  };
}
