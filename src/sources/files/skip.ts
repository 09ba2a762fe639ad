import type { SkipReason, SourceItem } from "../types.js";

export function skipItem(at: string, code: SkipReason["code"], detail: string): SourceItem {
  return { type: "skip", at, reason: { code, detail } };
}

/** The message of anything thrown, for a skip's detail. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
