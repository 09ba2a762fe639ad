import type { z } from "zod";
import type { SourceItem } from "../types.js";

/**
 * A record an API returned that its schema refuses: skipped (the pull goes on), named by its
 * identifier (`idField` of the raw record: X and Mastodon "id", Bluesky "uri") and the first field
 * zod found missing or wrong, so the user can tell which post and why.
 */
export function schemaSkip(at: string, raw: unknown, idField: "id" | "uri", error: z.ZodError): SourceItem {
  const path = error.issues[0]?.path.join(".") ?? "";
  const id = typeof raw === "object" && raw !== null ? (raw as Record<string, unknown>)[idField] : undefined;
  const name = typeof id === "string" ? id : "?";
  return { type: "skip", at, reason: { code: "missing_field", detail: `${name} ${path}`.trim() } };
}
