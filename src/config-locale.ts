/**
 * DEFAULT_LOCALE alone, read without config.ts's zod schema: `afterchat help` and `afterchat report` need
 * nothing else from the environment, and loading zod would double their start-up (`npm run bench`).
 * Same rules as config.ts (`.env` under the real environment, blank means unset, default `en`); a value
 * config.ts would refuse gives null, so the caller loads the full configuration and shows its error.
 */
import { existsSync } from "node:fs";

export const DEFAULT_LOCALE = "en";

export function environmentLocale(envFile = ".env"): "fr" | "en" | null {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  const value = process.env.DEFAULT_LOCALE?.trim();
  if (!value) return DEFAULT_LOCALE;
  return value === "fr" || value === "en" ? value : null;
}
