/** Posting in a series' channels from a job (no interaction to answer: ChatPlatform directly). */
import type { Services } from "../../app/services.js";
import type { Series } from "../../domain/series.js";
import type { ChannelRef } from "../../domain/workspace.js";
import { mention } from "../../render/markup.js";
import type { Message } from "../../render/message.js";

/** Posts in `channel`; false (logged) when the series has no such channel or its platform is not running. */
export async function postIn(
  services: Services,
  channel: ChannelRef | null,
  message: Message,
  options?: { thread?: string },
): Promise<boolean> {
  const platform = channel ? services.platforms.for(channel) : null;
  if (!channel || !platform) {
    services.log.warn({ channel }, "no channel or platform to post a scheduled message in");
    return false;
  }
  await platform.post(channel, message, options);
  return true;
}

export function postToDebrief(services: Services, series: Series, message: Message): Promise<boolean> {
  return postIn(services, series.debriefChannel, message);
}

/** Mentions of the series' moderators named in its team (role-based ones are not listed). */
export async function moderatorMentions(services: Services, series: Series): Promise<string> {
  const team = await services.store.team.list(series.workspaceId, series.id);
  return team
    .filter((m) => m.role === "moderator")
    .map((m) => mention(m.userRef))
    .join(" ");
}
