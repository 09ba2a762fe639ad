import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";

/** An HTTP server listening on 127.0.0.1 on a free port. */
export interface LocalServer {
  server: Server;
  port: number;
  /** "http://127.0.0.1:PORT" (no trailing slash). */
  origin: string;
  /** Closes the server and every open connection (keep-alive sockets included), so vitest exits promptly. */
  close(): Promise<void>;
}

/** Starts `handler` on 127.0.0.1:0. Handler errors answer 500 with the message instead of crashing the test. */
export async function listenLocal(handler: RequestListener): Promise<LocalServer> {
  const server = createServer((req, res) => {
    Promise.resolve(handler(req, res)).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { fake_error: String(error) });
      else res.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    origin: `http://127.0.0.1:${port}`,
    close: () => closeServer(server),
  };
}

export async function closeServer(server: Server): Promise<void> {
  if (!server.listening) return;
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  await closed;
}

export async function readRawBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", ...headers });
  res.end(text);
}

/** One file part of a multipart/form-data body. */
export interface FormFile {
  field: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/**
 * Parses a multipart/form-data body with the platform's own parser (undici's Request.formData()),
 * so the fakes need no extra dependency.
 */
export async function parseMultipart(
  raw: Buffer,
  contentType: string,
): Promise<{ fields: Record<string, string>; files: FormFile[] }> {
  const form = await new Request("http://fake.local/", {
    method: "POST",
    headers: { "content-type": contentType },
    body: raw,
  }).formData();
  const fields: Record<string, string> = {};
  const files: FormFile[] = [];
  for (const [field, value] of form.entries()) {
    if (typeof value === "string") fields[field] = value;
    else {
      files.push({
        field,
        filename: value.name,
        contentType: value.type,
        bytes: Buffer.from(await value.arrayBuffer()),
      });
    }
  }
  return { fields, files };
}

/** Resolves after `ms` without keeping the process alive. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Rejects with "timed out after N ms waiting for <what>" if `promise` takes longer (timer unref'd, cleared). */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
