import { type BadValue, badValue, type SkipReason, type SourceItem } from "../types.js";

export function skipItem(at: string, code: SkipReason["code"], detail: string): SourceItem {
  return { type: "skip", at, reason: { code, detail } };
}

/** A record skipped for a bad value, saying what was expected (see BadValue). */
export function badValueItem(at: string, value: BadValue): SourceItem {
  return { type: "skip", at, reason: badValue(value) };
}

/** The message of anything thrown, for a skip's detail. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
