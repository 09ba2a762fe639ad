/**
 * A process secret kept outside the database. Anonymous polls no longer depend on it (their
 * answers are never linked to voters: docs/anonymity.md); it still recognises the "legacy:" voter
 * keys of anonymous polls opened before the ballot box. With PostgreSQL it comes from
 * AFTERCHAT_SECRET (the same in every process); on the embedded SQLite default, when unset, one is
 * generated once into a 0600 file beside the database.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Config } from "./config.js";
import { sqliteFilePath } from "./store/url.js";

export function resolveSecret(config: Pick<Config, "secret" | "databaseUrl" | "database">): string {
  if (config.secret) return config.secret;
  if (config.database !== "sqlite") throw new Error("AFTERCHAT_SECRET is required with PostgreSQL");
  const path = join(dirname(sqliteFilePath(config.databaseUrl)), "afterchat.secret");
  if (existsSync(path)) return readFileSync(path, "utf8").trim();
  mkdirSync(dirname(path), { recursive: true });
  const secret = randomBytes(32).toString("hex");
  try {
    writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    // Another process started at the same moment and wrote it first: use its secret.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return readFileSync(path, "utf8").trim();
  }
  return secret;
}
