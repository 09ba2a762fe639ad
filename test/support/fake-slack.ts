import type { IncomingMessage, ServerResponse } from "node:http";
import { CallLog } from "./call-log.js";
import { SLACK_METHODS, type SlackErrorAnswer, type SlackMethod } from "./fake-slack-methods.js";
import { FakeSlackOAuth } from "./fake-slack-oauth.js";
import {
  parseArgs,
  type SlackApiCall,
  type SlackFailure,
  type SlackMessage,
  type SlackResponseUrlPost,
  type SlackUpload,
  safeJson,
  toMessage,
  toUpload,
} from "./fake-slack-records.js";
import { FakeSlackSocket } from "./fake-slack-socket.js";
import { type FakeSlackFile, type FakeSlackUser, SlackWorkspace } from "./fake-slack-state.js";
import { listenLocal, parseMultipart, readRawBody, sendJson } from "./net.js";
import { SLACK_DEFAULTS } from "./slack-payloads.js";

export type { SlackApiCall, SlackFailure, SlackMessage, SlackResponseUrlPost, SlackUpload };

/**
 * A local fake of Slack's Web API, file upload URLs, response_urls and Socket Mode, for driving the real
 * @slack/bolt 5 / @slack/web-api 8 against 127.0.0.1. Pass `fake.url` as `clientOptions.slackApiUrl`.
 * See test/fakes/*.test.ts for use with a real Bolt App.
 */

export interface SharedFileInput {
  name: string;
  bytes: Buffer;
  mimetype?: string;
  title?: string;
  user?: string;
  channel?: string;
}

export async function startFakeSlack(options: { botUserId?: string; botId?: string } = {}) {
  const log = new CallLog<SlackApiCall>((c) => `${c.method} ${JSON.stringify(c.args)} -> ${c.status}`);
  const responses = new CallLog<SlackResponseUrlPost>(
    (r) => `response_url ${r.id} ${JSON.stringify(r.body)}`,
  );
  const downloads = new CallLog<{ fileId: string; authorized: boolean }>((d) => `download ${d.fileId}`);
  const failures = new Map<string, SlackFailure[]>();
  const overrides = new Map<string, SlackMethod>();
  const delays = new Map<string, number>();
  let responseCounter = 0;
  const oauth = new FakeSlackOAuth();

  const takeFailure = (name: string) => failures.get(name)?.shift();
  const server = await listenLocal(async (req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    if (req.method === "POST" && path.startsWith("/api/")) return handleApi(path.slice(5), req, res);
    if (req.method === "POST" && path.startsWith("/upload/v1/"))
      return handleUpload(path.slice(11), req, res);
    if (req.method === "POST" && path.startsWith("/response/"))
      return handleResponseUrl(path.slice(10), req, res);
    if (req.method === "GET" && path.startsWith("/files-pri/")) return handleDownload(path, req, res);
    sendJson(res, 404, { ok: false, error: "fake_slack_unknown_path", path });
  });
  const ws = new SlackWorkspace(
    server.origin,
    SLACK_DEFAULTS.teamId,
    options.botUserId ?? "U0FAKEBOT1",
    options.botId ?? "B0FAKEBOT1",
  );
  const socket = new FakeSlackSocket(
    `ws://127.0.0.1:${server.port}/link/?ticket=fake-ticket&app_id=A0FAKE0001`,
  );
  server.server.on("upgrade", (req, duplex, head) => {
    if ((req.url ?? "").startsWith("/link/")) socket.handleUpgrade(req, duplex, head);
    else duplex.destroy();
  });
  overrides.set("apps.connections.open", () => ({ url: socket.url }));

  async function handleApi(method: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const contentType = req.headers["content-type"] ?? "";
    const args = await parseArgs(await readRawBody(req), contentType);
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const token = bearer ?? (typeof args.token === "string" ? args.token : undefined);
    const record = (
      status: number,
      response: Record<string, unknown>,
      headers: Record<string, string> = {},
    ) => {
      log.record({ method, args, token, contentType, status, response });
      sendJson(res, status, response, headers);
    };
    const delay = delays.get(method);
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    const failure = takeFailure(method);
    if (failure && "retryAfter" in failure) {
      return record(429, { ok: false, error: "ratelimited" }, { "retry-after": String(failure.retryAfter) });
    }
    if (failure && "status" in failure) return record(failure.status, { ok: false, error: "fatal_error" });
    if (failure) return record(200, { ok: false, ...failure });
    // The OAuth exchange and refresh authenticate with client_id / client_secret, not a token.
    if (method === "oauth.v2.access") {
      const granted = oauth.access(args);
      if (isError(granted)) return record(200, { ok: false, error: granted.error });
      return record(200, { ok: true, ...granted });
    }
    if (!token) return record(200, { ok: false, error: "not_authed" });
    const issued = oauth.check(token);
    if (issued && "error" in issued) return record(200, { ok: false, error: issued.error });
    if (issued && method === "auth.test")
      return record(200, { ok: true, ...oauth.whoAmI(issued.teamId, server.origin) });
    if (method === "auth.revoke") return record(200, { ok: true, ...oauth.revoke(token) });
    const answer = (overrides.get(method) ?? SLACK_METHODS[method])?.(args, ws) ?? {
      error: "unknown_method",
    };
    if (isError(answer)) return record(200, { ok: false, error: answer.error });
    record(200, { ok: true, ...answer, response_metadata: { warnings: [] } });
  }

  async function handleUpload(fileId: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const raw = await readRawBody(req);
    const file = ws.files.get(fileId);
    if (takeFailure("upload") || !file) {
      res.writeHead(file ? 500 : 404).end();
      return;
    }
    const contentType = req.headers["content-type"] ?? "";
    // WebClient posts multipart with the bytes in a `body` file part; a raw POST is accepted too.
    const part = contentType.startsWith("multipart/")
      ? (await parseMultipart(raw, contentType)).files[0]
      : undefined;
    file.bytes = part ? part.bytes : raw;
    if (part?.contentType && part.contentType !== "application/octet-stream")
      file.mimetype = part.contentType;
    res.writeHead(200, { "content-type": "text/plain" }).end(`OK - ${file.bytes.length}`);
  }

  async function handleResponseUrl(id: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const text = (await readRawBody(req)).toString("utf8");
    const failure = takeFailure("response_url");
    const status = failure && "status" in failure ? failure.status : failure ? 404 : 200;
    responses.record({ id, body: safeJson(text), status });
    if (status === 200) sendJson(res, 200, { ok: true });
    else
      res
        .writeHead(status, { "content-type": "text/plain" })
        .end(failure && "error" in failure ? failure.error : "");
  }

  function handleDownload(path: string, req: IncomingMessage, res: ServerResponse): void {
    const fileId = /\/files-pri\/[^-/]+-([^/]+)\//.exec(path)?.[1] ?? "";
    const file = ws.files.get(fileId);
    const authorized = /^Bearer xox/.test(req.headers.authorization ?? "");
    downloads.record({ fileId, authorized });
    if (!file) return void res.writeHead(404).end();
    // Slack answers an unauthenticated download with its HTML sign-in page (status 200), not the file.
    if (!authorized)
      return void res.writeHead(200, { "content-type": "text/html" }).end("<html>sign in</html>");
    res
      .writeHead(200, { "content-type": file.mimetype, "content-length": file.bytes.length })
      .end(file.bytes);
  }

  return {
    /** Base URL for `clientOptions.slackApiUrl` ("http://127.0.0.1:PORT/api/"). */
    url: `${server.origin}/api/`,
    origin: server.origin,
    /** The wss URL apps.connections.open hands out. */
    socketModeUrl: socket.url,
    socket,
    /** OAuth install: teams, codes, token expiry and refreshes (fake-slack-oauth.ts). */
    oauth,
    teamId: ws.teamId,
    botUserId: ws.botUserId,
    botId: ws.botId,
    /** Scripted users for users.info: `fake.users.set("U1", { id: "U1", locale: "fr-FR" })`. */
    users: {
      set: (id: string, user: Partial<FakeSlackUser>) => void ws.users.set(id, { ...user, id }),
    },
    /** Members of a user group for usergroups.users.list. */
    usergroups: { set: (id: string, userIds: string[]) => void ws.usergroups.set(id, userIds) },
    /** Adds a file "shared in a channel" for files.info and its url_private_download; returns its file object. */
    addFile(input: SharedFileInput): Record<string, unknown> {
      const file: FakeSlackFile = {
        id: ws.nextId("F"),
        name: input.name,
        title: input.title ?? input.name,
        mimetype: input.mimetype ?? "application/octet-stream",
        filetype: input.name.split(".").pop() ?? "binary",
        bytes: input.bytes,
        user: input.user ?? SLACK_DEFAULTS.userId,
        channel: input.channel,
        completed: true,
        source: "shared",
      };
      ws.files.set(file.id, file);
      return ws.fileObject(file);
    },
    /** The next call(s) of `method` fail; pseudo-methods "upload" and "response_url" script those endpoints. */
    failNext(method: string, failure: SlackFailure, times = 1): void {
      failures.set(method, [...(failures.get(method) ?? []), ...Array(times).fill(failure)]);
    },
    /** Every call of `method` is answered `ms` later (slow Slack: work still running at shutdown). */
    delay(method: string, ms: number): void {
      delays.set(method, ms);
    },
    /** Replaces a method's default answer (return {error} for ok:false). */
    answer(method: string, handler: SlackMethod): void {
      overrides.set(method, handler);
    },
    calls: (method?: string) => (method ? log.filter((c) => c.method === method) : [...log.all]),
    waitFor(method: string, match: (call: SlackApiCall) => boolean = () => true, timeoutMs = 2000) {
      return log.waitFor((c) => c.method === method && match(c), timeoutMs, `a ${method} call`);
    },
    messages: (): SlackMessage[] => log.all.flatMap(toMessage),
    uploads: (): SlackUpload[] =>
      [...ws.files.values()].filter((f) => f.source === "upload" && f.bytes.length > 0).map(toUpload),
    /** A response_url on the fake; posts to it land in `fake.responses`. */
    responseUrl: (id = `r${++responseCounter}`) => `${server.origin}/response/${id}`,
    responses,
    waitForResponse(id?: string, timeoutMs = 2000) {
      return responses.waitFor(
        (r) => id === undefined || r.id === id,
        timeoutMs,
        `a post to response_url ${id ?? ""}`,
      );
    },
    /** GETs of url_private(_download), with whether they carried a bot/user token. */
    downloads,
    async close(): Promise<void> {
      await socket.close();
      await server.close();
    },
  };
}

export type FakeSlack = Awaited<ReturnType<typeof startFakeSlack>>;

function isError(answer: Record<string, unknown> | SlackErrorAnswer): answer is SlackErrorAnswer {
  return typeof answer.error === "string";
}
