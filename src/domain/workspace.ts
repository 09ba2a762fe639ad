import type { Locale } from "../i18n/index.js";

export const PLATFORMS = ["slack", "discord", "cli"] as const;
export type Platform = (typeof PLATFORMS)[number];

/** A Slack team, a Discord guild, or the local CLI: the tenant of every other row. */
export interface Workspace {
  id: string;
  platform: Platform;
  externalId: string;
  name: string;
  locale: Locale;
  /** Platform role / user-group ids whose holders may create a series here (set by its admins). */
  creatorRoleIds: string[];
}

/**
 * Platform references are opaque strings prefixed with their platform, decoded only inside the
 * adapter that made them: "slack:T123:C456" (channel), "slack:T123:U789" (user),
 * "discord:G1:C2" (channel), "discord:G1:U3" (user), "discord:G1:C2:T4" (thread).
 */
export type ChannelRef = string;
export type UserRef = string;

export function platformOf(ref: string): Platform | null {
  const prefix = ref.slice(0, ref.indexOf(":"));
  return prefix === "slack" || prefix === "discord" || prefix === "cli" ? prefix : null;
}
