/**
 * Slack references, opaque to the core: "slack:T123:C456" (channel), "slack:T123:U789" (user),
 * "slack:T123:C456:1700000000.000100" (a message, and the thread under it). Only this adapter
 * builds or reads them.
 */
import type { ChannelRef, UserRef } from "../../src/domain/workspace.js";

const PREFIX = "slack";

export function channelRef(teamId: string, channelId: string): ChannelRef {
  return `${PREFIX}:${teamId}:${channelId}`;
}

export function userRef(teamId: string, userId: string): UserRef {
  return `${PREFIX}:${teamId}:${userId}`;
}

/** A message, by channel and ts; also the reference of the thread under it. */
export function messageRef(teamId: string, channelId: string, ts: string): string {
  return `${PREFIX}:${teamId}:${channelId}:${ts}`;
}

export interface DecodedRef {
  teamId: string;
  /** The channel or user id. */
  id: string;
  /** The message ts, for message and thread references. */
  ts: string | null;
}

/** Reads one of our references; null for anything else (another platform's, or garbage). */
export function decodeRef(ref: string): DecodedRef | null {
  const parts = ref.split(":");
  if (parts[0] !== PREFIX || parts.length < 3 || parts.length > 4) return null;
  const [, teamId, id, ts] = parts;
  if (!teamId || !id || !/^[A-Z0-9]+$/.test(id)) return null;
  if (ts !== undefined && !/^\d+\.\d+$/.test(ts)) return null;
  return { teamId, id, ts: ts ?? null };
}

/** The ts of a message reference, also accepting a bare ts ("1700000000.000100"). */
export function decodeTs(ref: string): string | null {
  if (/^\d+\.\d+$/.test(ref)) return ref;
  return decodeRef(ref)?.ts ?? null;
}

/** A user group id ("S123") from a role id, bare or prefixed ("slack:T1:S123"). */
export function userGroupId(roleId: string): string | null {
  const id = roleId.startsWith(`${PREFIX}:`) ? decodeRef(roleId)?.id : roleId;
  return id && /^S[A-Z0-9]+$/.test(id) ? id : null;
}
