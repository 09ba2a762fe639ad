/**
 * Files both ways. Out: a message's files (charts, CSV exports) uploaded with files.uploadV2 in a
 * thread. In: the latest file a user shared in a channel, for `/afterchat import`, downloaded
 * from url_private_download with the bot token.
 * @see https://docs.slack.dev/messaging/working-with-files (uploading, downloading with a token)
 * @see https://docs.slack.dev/reference/methods/files.list
 */
import type { webApi } from "@slack/bolt";
import { z } from "zod";
import type { SharedFile } from "../../src/edge.js";
import { AfterchatError } from "../../src/errors.js";
import type { OutboundFile } from "../../src/render/message.js";
import type { SlackClients } from "./clients.js";

/** Uploads files into a channel, under a message when `threadTs` is given. */
export async function uploadFiles(
  client: webApi.WebClient,
  channelId: string,
  threadTs: string | null,
  files: readonly OutboundFile[],
): Promise<void> {
  if (files.length === 0) return;
  await client.files.uploadV2({
    channel_id: channelId,
    ...(threadTs ? { thread_ts: threadTs } : {}),
    file_uploads: files.map((f) => ({ file: Buffer.from(f.bytes), filename: f.name, title: f.title })),
  });
}

const fileSchema = z.object({
  id: z.string(),
  name: z.string().default("file"),
  size: z.number().nonnegative().optional(),
  created: z.number().optional(),
  timestamp: z.number().optional(),
  is_external: z.boolean().optional(),
  mode: z.string().optional(),
  url_private_download: z.string().url().optional(),
  url_private: z.string().url().optional(),
});
const listSchema = z.object({ files: z.array(z.unknown()).default([]) });

export interface FileSource {
  clients: SlackClients;
  /** Hosts the bot token may be sent to (Slack's file hosts, or the fake in tests). */
  trustedHosts: (host: string) => boolean;
  maxBytes: number;
}

/**
 * The newest file `userId` shared in `channelId` that Slack hosts (never an external file: the
 * bot token must not travel to someone else's server). null when there is none.
 */
export async function latestSharedFile(
  source: FileSource,
  teamId: string,
  channelId: string,
  userId: string,
): Promise<SharedFile | null> {
  const client = await source.clients.forTeam(teamId);
  const listed = listSchema.safeParse(
    await client.files.list({ channel: channelId, user: userId, count: 20 }),
  );
  if (!listed.success) return null;
  const candidates = listed.data.files
    .map((f) => fileSchema.safeParse(f))
    .flatMap((r) => (r.success ? [r.data] : []))
    .filter((f) => !f.is_external && f.mode !== "external" && downloadUrl(f, source))
    .sort((a, b) => (b.created ?? b.timestamp ?? 0) - (a.created ?? a.timestamp ?? 0));
  const file = candidates[0];
  const url = file ? downloadUrl(file, source) : null;
  if (!file || !url) return null;
  return {
    name: file.name,
    size: file.size ?? null,
    open: async () => download(url, (await source.clients.bot(teamId)).token, source.maxBytes),
  };
}

function downloadUrl(file: z.infer<typeof fileSchema>, source: FileSource): string | null {
  const url = file.url_private_download ?? file.url_private;
  if (!url) return null;
  const parsed = new URL(url);
  return parsed.protocol === "https:" || parsed.hostname === "127.0.0.1"
    ? source.trustedHosts(parsed.hostname)
      ? url
      : null
    : null;
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

/**
 * Streams a file's bytes, stopping past `maxBytes`. Slack answers a download without a valid
 * token with its HTML sign-in page (status 200), so an HTML answer is a failure, not a file.
 */
async function download(url: string, botToken: string, maxBytes: number): Promise<AsyncIterable<Uint8Array>> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${botToken}` } });
  const type = response.headers.get("content-type") ?? "";
  if (!response.ok || !response.body || type.startsWith("text/html")) {
    await response.body?.cancel();
    throw new AfterchatError("platform_failed", {
      platform: "Slack",
      detail: `download ${response.ok ? "refused" : `HTTP ${response.status}`}`,
      code: "download_failed",
    });
  }
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body.cancel();
    throw new AfterchatError("import_too_large", { max: megabytes(maxBytes) });
  }
  return limited(response.body, maxBytes);
}

async function* limited(body: ReadableStream<Uint8Array>, maxBytes: number): AsyncIterable<Uint8Array> {
  let seen = 0;
  for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
    seen += chunk.byteLength;
    if (seen > maxBytes) throw new AfterchatError("import_too_large", { max: megabytes(maxBytes) });
    yield chunk;
  }
}
