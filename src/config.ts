/**
 * The environment, validated once. This module is the only reader of process.env (with
 * config-locale.ts, which reads DEFAULT_LOCALE alone for the command line's quick start).
 * A bad value stops the process with one readable line per problem, never a stack trace,
 * and never echoes a secret.
 */
import { existsSync } from "node:fs";
import { z } from "zod";
import { DEFAULT_LOCALE } from "./config-locale.js";
import { parseKey } from "./secret-box.js";

const SECRETS = new Set([
  "SLACK_BOT_TOKEN",
  "SLACK_SIGNING_SECRET",
  "SLACK_APP_TOKEN",
  "SLACK_CLIENT_SECRET",
  "SLACK_STATE_SECRET",
  "TOKEN_ENCRYPTION_KEY",
  "TOKEN_ENCRYPTION_OLD_KEYS",
  "DISCORD_TOKEN",
  "X_BEARER_TOKEN",
  "BLUESKY_ACCESS_TOKEN",
  "BLUESKY_APP_PASSWORD",
  "MASTODON_ACCESS_TOKEN",
  "AFTERCHAT_SECRET",
]);

/** An example of a right value for each variable, shown next to what is wrong. */
const EXAMPLES: Record<string, string> = {
  DATABASE_URL: "file:./data/afterchat.db or postgresql://user@127.0.0.1:5432/afterchat",
  LOG_LEVEL: "info",
  DEFAULT_LOCALE: "fr",
  PORT: "3000",
  HOST: "0.0.0.0",
  AFTERCHAT_SECRET: "a random string of 32+ characters (openssl rand -hex 32)",
  SLACK_BOT_TOKEN: "xoxb-1234-5678-abcdef",
  SLACK_SIGNING_SECRET: "the 32 hex characters from Basic Information > App Credentials",
  SLACK_APP_TOKEN: "xapp-1-A0123-4567-abcdef",
  SLACK_API_URL: "https://slack.com/api/",
  SLACK_CLIENT_ID: "1234567890.1234567890 (Basic Information > App Credentials)",
  SLACK_CLIENT_SECRET: "the Client Secret from Basic Information > App Credentials",
  SLACK_STATE_SECRET: "a random string of 32+ characters (openssl rand -hex 32)",
  SLACK_AUTHORIZE_URL: "https://slack.com/oauth/v2/authorize",
  SLACK_REDIRECT_URI: "https://afterchat.example.org/slack/oauth_redirect",
  TOKEN_ENCRYPTION_KEY: "64 hex characters (openssl rand -hex 32)",
  TOKEN_ENCRYPTION_OLD_KEYS: "the previous keys, comma-separated, during a key rotation",
  WORKSPACE_RETENTION_DAYS: "30",
  DISCORD_TOKEN: "the bot token from Developer Portal > Bot",
  DISCORD_APPLICATION_ID: "123456789012345678",
  DISCORD_API_URL: "https://discord.com/api",
  DISCORD_GUILD_ID: "123456789012345678",
  DISCORD_MESSAGE_CONTENT: "false",
  DISCORD_SHARD_COUNT: "2 (default: Discord's recommended count, from GET /gateway/bot)",
  DISCORD_SHARD_LEASE_SECONDS: "15",
  X_BEARER_TOKEN: "AAAAAAAAAAAAAAAAAAAAA...",
  X_API_URL: "https://api.x.com",
  BLUESKY_API_URL: "https://public.api.bsky.app",
  BLUESKY_ACCESS_TOKEN: "an access JWT (prefer BLUESKY_HANDLE + BLUESKY_APP_PASSWORD)",
  BLUESKY_HANDLE: "mychat.bsky.social",
  BLUESKY_APP_PASSWORD: "xxxx-xxxx-xxxx-xxxx (Settings > Privacy and security > App passwords)",
  BLUESKY_PDS_URL: "https://bsky.social",
  MASTODON_ACCESS_TOKEN: "a read-only access token",
  SCHEDULER_ENABLED: "true",
  JOB_GRACE_MINUTES: "360",
  JOB_LEASE_SECONDS: "120",
  JOB_POLL_SECONDS: "15",
  IMPORT_MAX_MB: "200",
  WORK_CONCURRENCY: "10",
  WORK_QUEUE_SIZE: "200",
  WORK_MAX_UNACKED: "100",
  SHUTDOWN_DRAIN_SECONDS: "10",
  HEAP_GROWTH_PERCENT: "50",
};

const url = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });
const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"], { error: "must be true or false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");
const positive = (max: number) =>
  z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(1, "must be at least 1")
    .max(max, `must be at most ${max}`);

const schema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(file:.+|postgres(ql)?:\/\/.+)$/, "must start with file: (SQLite) or postgresql:// (PostgreSQL)")
    .default("file:./data/afterchat.db"),
  LOG_LEVEL: z
    .enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], {
      error: "must be one of fatal, error, warn, info, debug, trace, silent",
    })
    .default("info"),
  DEFAULT_LOCALE: z.enum(["fr", "en"], { error: "must be fr or en" }).default(DEFAULT_LOCALE),
  PORT: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be 0..65535")
    .max(65535, "must be 0..65535")
    .default(3000),
  HOST: z.string().min(1, "must not be empty").default("0.0.0.0"),
  AFTERCHAT_SECRET: z.string().min(32, "must be at least 32 characters long").optional(),

  SLACK_BOT_TOKEN: z.string().startsWith("xoxb-", "must be a bot token starting with xoxb-").optional(),
  SLACK_SIGNING_SECRET: z.string().min(8, "looks too short to be a signing secret").optional(),
  SLACK_APP_TOKEN: z
    .string()
    .startsWith("xapp-", "must be an app-level token starting with xapp-")
    .optional(),
  SLACK_API_URL: url.default("https://slack.com/api/"),
  SLACK_CLIENT_ID: z
    .string()
    .regex(/^\d+\.\d+$/, "must be the app's Client ID (digits.digits)")
    .optional(),
  SLACK_CLIENT_SECRET: z.string().min(16, "looks too short to be a client secret").optional(),
  SLACK_STATE_SECRET: z.string().min(32, "must be at least 32 characters long").optional(),
  SLACK_AUTHORIZE_URL: url.default("https://slack.com/oauth/v2/authorize"),
  SLACK_REDIRECT_URI: url.optional(),
  TOKEN_ENCRYPTION_KEY: z
    .string()
    .refine((v) => parseKey(v) !== null, "must be 32 bytes: 64 hex characters or base64")
    .optional(),
  TOKEN_ENCRYPTION_OLD_KEYS: z
    .string()
    .refine(
      (v) => v.split(",").every((k) => parseKey(k) !== null),
      "must be keys of 32 bytes (64 hex characters or base64), comma-separated",
    )
    .optional(),
  WORKSPACE_RETENTION_DAYS: positive(3650).default(30),

  DISCORD_TOKEN: z.string().min(20, "looks too short to be a bot token").optional(),
  DISCORD_APPLICATION_ID: z
    .string()
    .regex(/^\d{15,22}$/, "must be the numeric application id (a snowflake)")
    .optional(),
  DISCORD_API_URL: url.default("https://discord.com/api"),
  DISCORD_GUILD_ID: z
    .string()
    .regex(/^\d{15,22}$/, "must be a numeric guild id (a snowflake)")
    .optional(),
  DISCORD_MESSAGE_CONTENT: flag.default(false),
  DISCORD_SHARD_COUNT: positive(100_000).optional(),
  DISCORD_SHARD_LEASE_SECONDS: positive(3600).default(15),

  X_BEARER_TOKEN: z.string().min(20, "looks too short to be a bearer token").optional(),
  X_API_URL: url.default("https://api.x.com"),
  BLUESKY_API_URL: url.default("https://public.api.bsky.app"),
  BLUESKY_ACCESS_TOKEN: z.string().min(1).optional(),
  BLUESKY_HANDLE: z.string().min(3, "must be a Bluesky handle").optional(),
  BLUESKY_APP_PASSWORD: z.string().min(8, "looks too short to be an app password").optional(),
  BLUESKY_PDS_URL: url.default("https://bsky.social"),
  MASTODON_ACCESS_TOKEN: z.string().min(1).optional(),

  SCHEDULER_ENABLED: flag.default(true),
  JOB_GRACE_MINUTES: positive(7 * 24 * 60).default(360),
  JOB_LEASE_SECONDS: positive(3600).default(120),
  JOB_POLL_SECONDS: positive(3600).default(15),
  IMPORT_MAX_MB: positive(10_000).default(200),
  WORK_CONCURRENCY: positive(1000).default(10),
  WORK_QUEUE_SIZE: positive(100_000).default(200),
  WORK_MAX_UNACKED: positive(100_000).default(100),
  SHUTDOWN_DRAIN_SECONDS: positive(600).default(10),
  HEAP_GROWTH_PERCENT: z.coerce
    .number({ error: "must be a number" })
    .int("must be a whole number")
    .min(0, "must be 0 (V8's own) or more")
    .max(300, "must be at most 300")
    .default(50),
});

type Env = z.infer<typeof schema>;

export interface Config {
  databaseUrl: string;
  database: "sqlite" | "postgres";
  logLevel: Env["LOG_LEVEL"];
  defaultLocale: "fr" | "en";
  port: number;
  host: string;
  /** Keys anonymous-poll voter hashes; null until main.ts provides one (generated for SQLite). */
  secret: string | null;
  /**
   * One workspace with a bot token from the environment (botToken set, oauth null), or any number
   * installed through OAuth (oauth set, botToken null; tokens stored sealed in the database).
   */
  slack: {
    botToken: string | null;
    signingSecret: string | null;
    appToken: string | null;
    apiUrl: string;
    oauth: {
      clientId: string;
      clientSecret: string;
      stateSecret: string;
      authorizeUrl: string;
      redirectUri: string | null;
    } | null;
  } | null;
  /** Seals stored platform tokens (AES-256-GCM); old keys only open values sealed before a rotation. */
  tokenKeys: { current: Buffer; old: Buffer[] } | null;
  /** Days a retired (uninstalled) workspace's data is kept before the purge. */
  retentionDays: number;
  discord: {
    token: string;
    applicationId: string;
    apiUrl: string;
    guildId: string | null;
    messageContent: boolean;
    /** DISCORD_SHARD_COUNT; null: Discord's recommended count (GET /gateway/bot). */
    shardCount: number | null;
    /** On PostgreSQL, how long a process holds a shard without renewing (src/shards/keeper.ts). */
    shardLeaseSeconds: number;
  } | null;
  x: { bearerToken: string | null; apiUrl: string };
  /** With handle + app password, searches log in to the PDS first (the public AppView refuses pagination). */
  bluesky: {
    apiUrl: string;
    accessToken: string | null;
    pdsUrl: string;
    login: { identifier: string; password: string } | null;
  };
  mastodon: { accessToken: string | null };
  scheduler: { enabled: boolean; graceMinutes: number; leaseSeconds: number; pollSeconds: number };
  importMaxBytes: number;
  /**
   * The work after each ack (src/work-queue.ts): handlers at once, how many may wait (past it the
   * user is told to try again), how many Slack HTTP requests may wait for their ack (past it a new
   * one is answered busy at once, adapters/slack/admission.ts), and how long SIGTERM waits for
   * acked work.
   */
  work: { concurrency: number; queueSize: number; maxUnacked: number; drainSeconds: number };
  /** How far the bot's heap may grow past what a full collection kept, in % (src/heap-growth.ts); 0: V8's own. */
  heapGrowthPercent: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Never echoed in an error: secrets, and the database URL (it may carry a password). */
const NOT_ECHOED = new Set([...SECRETS, "DATABASE_URL"]);

function line(variable: string, problem: string, received: unknown): string {
  const shown = NOT_ECHOED.has(variable) || received === undefined ? "" : ` (got "${String(received)}")`;
  const example = EXAMPLES[variable];
  return `${variable}: ${problem}${shown}.${example ? ` Example: ${example}` : ""}`;
}

/** Empty strings mean "not set": .env files often carry `NAME=`. `only`: the variables read (the rest default). */
function clean(env: Record<string, string | undefined>, only?: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of only ?? Object.keys(EXAMPLES)) {
    const value = env[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}

/**
 * Validates an environment. Throws ConfigError listing every problem. `only`: the variables a
 * command uses (the command line's `help` needs none, `report` no database): the others are not
 * read, so a wrong PORT does not stop `afterchat help`.
 */
export function parseConfig(raw: Record<string, string | undefined>, only?: readonly string[]): Config {
  const env = clean(raw, only);
  const parsed = schema.safeParse(env);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const variable = String(issue.path[0] ?? "environment");
      problems.push(line(variable, issue.message, env[variable]));
    }
    throw new ConfigError(problems);
  }
  const e = parsed.data;
  const oauth = Boolean(e.SLACK_CLIENT_ID);
  if (oauth) {
    for (const name of [
      "SLACK_CLIENT_SECRET",
      "SLACK_STATE_SECRET",
      "SLACK_SIGNING_SECRET",
      "TOKEN_ENCRYPTION_KEY",
    ] as const)
      if (!e[name]) problems.push(line(name, "is required with SLACK_CLIENT_ID (OAuth install)", undefined));
    if (e.SLACK_BOT_TOKEN)
      problems.push(
        line(
          "SLACK_BOT_TOKEN",
          "must not be set with SLACK_CLIENT_ID: choose one workspace (bot token) or OAuth install",
          undefined,
        ),
      );
    if (e.SLACK_APP_TOKEN)
      problems.push(
        line(
          "SLACK_APP_TOKEN",
          "must not be set with SLACK_CLIENT_ID: OAuth install runs in HTTP mode (Socket Mode is for development)",
          undefined,
        ),
      );
  }
  if (e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN)
    problems.push(
      line(
        "SLACK_SIGNING_SECRET",
        "is required with SLACK_BOT_TOKEN (or set SLACK_APP_TOKEN for Socket Mode)",
        undefined,
      ),
    );
  if (!oauth && !e.SLACK_BOT_TOKEN && (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN))
    problems.push(
      line(
        "SLACK_BOT_TOKEN",
        "is required when other SLACK_ variables are set (or set SLACK_CLIENT_ID for OAuth install)",
        undefined,
      ),
    );
  if (Boolean(e.BLUESKY_HANDLE) !== Boolean(e.BLUESKY_APP_PASSWORD))
    problems.push(
      line(
        e.BLUESKY_HANDLE ? "BLUESKY_APP_PASSWORD" : "BLUESKY_HANDLE",
        "is required with the other BLUESKY_ login variable",
        undefined,
      ),
    );
  if (e.DISCORD_TOKEN && !e.DISCORD_APPLICATION_ID)
    problems.push(line("DISCORD_APPLICATION_ID", "is required with DISCORD_TOKEN", undefined));
  if (!e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID)
    problems.push(line("DISCORD_TOKEN", "is required with DISCORD_APPLICATION_ID", undefined));
  const database = e.DATABASE_URL.startsWith("file:") ? "sqlite" : "postgres";
  if (database === "postgres" && !e.AFTERCHAT_SECRET && (!only || only.includes("AFTERCHAT_SECRET")))
    problems.push(
      line(
        "AFTERCHAT_SECRET",
        "is required with PostgreSQL, and must be the same in every process",
        undefined,
      ),
    );
  if (problems.length) throw new ConfigError(problems);

  return {
    databaseUrl: e.DATABASE_URL,
    database,
    logLevel: e.LOG_LEVEL,
    defaultLocale: e.DEFAULT_LOCALE,
    port: e.PORT,
    host: e.HOST,
    secret: e.AFTERCHAT_SECRET ?? null,
    slack:
      e.SLACK_BOT_TOKEN || oauth
        ? {
            botToken: e.SLACK_BOT_TOKEN ?? null,
            signingSecret: e.SLACK_SIGNING_SECRET ?? null,
            appToken: e.SLACK_APP_TOKEN ?? null,
            apiUrl: e.SLACK_API_URL,
            oauth:
              e.SLACK_CLIENT_ID && e.SLACK_CLIENT_SECRET && e.SLACK_STATE_SECRET
                ? {
                    clientId: e.SLACK_CLIENT_ID,
                    clientSecret: e.SLACK_CLIENT_SECRET,
                    stateSecret: e.SLACK_STATE_SECRET,
                    authorizeUrl: e.SLACK_AUTHORIZE_URL,
                    redirectUri: e.SLACK_REDIRECT_URI ?? null,
                  }
                : null,
          }
        : null,
    tokenKeys: e.TOKEN_ENCRYPTION_KEY
      ? {
          current: parseKey(e.TOKEN_ENCRYPTION_KEY) as Buffer,
          old: (e.TOKEN_ENCRYPTION_OLD_KEYS ?? "")
            .split(",")
            .filter((k) => k.trim())
            .map((k) => parseKey(k) as Buffer),
        }
      : null,
    retentionDays: e.WORKSPACE_RETENTION_DAYS,
    discord:
      e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID
        ? {
            token: e.DISCORD_TOKEN,
            applicationId: e.DISCORD_APPLICATION_ID,
            apiUrl: e.DISCORD_API_URL,
            guildId: e.DISCORD_GUILD_ID ?? null,
            messageContent: e.DISCORD_MESSAGE_CONTENT,
            shardCount: e.DISCORD_SHARD_COUNT ?? null,
            shardLeaseSeconds: e.DISCORD_SHARD_LEASE_SECONDS,
          }
        : null,
    x: { bearerToken: e.X_BEARER_TOKEN ?? null, apiUrl: e.X_API_URL },
    bluesky: {
      apiUrl: e.BLUESKY_API_URL,
      accessToken: e.BLUESKY_ACCESS_TOKEN ?? null,
      pdsUrl: e.BLUESKY_PDS_URL,
      login:
        e.BLUESKY_HANDLE && e.BLUESKY_APP_PASSWORD
          ? { identifier: e.BLUESKY_HANDLE, password: e.BLUESKY_APP_PASSWORD }
          : null,
    },
    mastodon: { accessToken: e.MASTODON_ACCESS_TOKEN ?? null },
    scheduler: {
      enabled: e.SCHEDULER_ENABLED,
      graceMinutes: e.JOB_GRACE_MINUTES,
      leaseSeconds: e.JOB_LEASE_SECONDS,
      pollSeconds: e.JOB_POLL_SECONDS,
    },
    importMaxBytes: e.IMPORT_MAX_MB * 1024 * 1024,
    work: {
      concurrency: e.WORK_CONCURRENCY,
      queueSize: e.WORK_QUEUE_SIZE,
      maxUnacked: e.WORK_MAX_UNACKED,
      drainSeconds: e.SHUTDOWN_DRAIN_SECONDS,
    },
    heapGrowthPercent: e.HEAP_GROWTH_PERCENT,
  };
}

/** Reads `.env` (when present) under the real environment, then validates. */
export function loadConfig(envFile = ".env", only?: readonly string[]): Config {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return parseConfig(process.env, only);
}

/** Every variable afterchat reads, for the documentation test. */
export const CONFIG_VARIABLES = Object.keys(EXAMPLES);
export const SECRET_VARIABLES = SECRETS;
