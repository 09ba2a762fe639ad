/**
 * Links to a platform's channels and messages, for what the core shows on another platform (an
 * open Discord question shown in a Slack debrief channel). References stay opaque here: only the
 * platform that made them can turn them into a URL, so the core asks it. ChatPlatform has no such
 * method yet; a platform that can (Discord) offers `permalink`, and the link is left out elsewhere.
 */
import type { ChannelRef } from "../../domain/workspace.js";
import type { ChatPlatform, Platforms } from "../../edge.js";

export interface Permalinks {
  /** The URL of a channel or thread, or of one message in it; null when it cannot tell. */
  permalink(channel: ChannelRef, messageRef?: string): string | null;
}

function hasPermalinks(platform: ChatPlatform | null): platform is ChatPlatform & Permalinks {
  return platform !== null && typeof (platform as Partial<Permalinks>).permalink === "function";
}

export function permalinkOf(platforms: Platforms, channel: ChannelRef, messageRef?: string): string | null {
  const platform = platforms.for(channel);
  return hasPermalinks(platform) ? platform.permalink(channel, messageRef) : null;
}
