/** Every listener, by category (commands, components, modals, messages). */
import type { Client } from "discord.js";
import { register as commands } from "./commands.js";
import { register as components } from "./components.js";
import type { ListenerContext } from "./context.js";
import { register as messages } from "./messages.js";
import { register as modals } from "./modals.js";

export type { ListenerContext } from "./context.js";

export function registerListeners(
  client: Client,
  ctx: ListenerContext,
  options: { messageContent: boolean },
): void {
  commands(client, ctx);
  components(client, ctx);
  modals(client, ctx);
  if (options.messageContent) messages(client, ctx);
}
