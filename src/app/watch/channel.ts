/** The channel a watch belongs to, and the language its messages speak there. */
import type { Watch } from "../../domain/watch.js";
import type { Actor } from "../../edge.js";
import { type Translator, translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import { channelTranslator } from "../channel-locale.js";

/** In a thread, the channel the thread belongs to: a watch-list is a channel's. */
export function watchChannelOf(actor: Actor): string {
  return actor.parentChannel ?? actor.channel;
}

/** The series' language when the channel is a chat's, else the workspace's. */
export async function watchTranslator(
  store: Store,
  watch: Pick<Watch, "workspaceId" | "channel">,
): Promise<Translator> {
  const series = await store.series.findByChannel(watch.workspaceId, watch.channel);
  if (series) return channelTranslator(store, series);
  const workspace = await store.workspaces.get(watch.workspaceId);
  return translator(workspace?.locale ?? "en", workspace?.platform);
}
