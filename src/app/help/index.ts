/** `/afterchat help`: answered to the requester only, in their language. */
import type { Platform } from "../../domain/workspace.js";
import { type Locale, translator } from "../../i18n/index.js";
import { helpMessage } from "../../render/help.js";
import { deepFreeze, type Message } from "../../render/message.js";
import { plainHandler, type Registry } from "../handler.js";
import { PERMISSION_ROWS } from "../permission-table.js";

/**
 * The help message depends only on the reader's language and platform, yet building it takes some 2,000
 * translations (every command's usage, every permission row): ~3 MB of short-lived objects a time. Under a
 * burst of `help` that garbage was most of what the bot allocated (issue 11 point 5), so each message is
 * built once per language and platform (at most 2 x 3 entries) and frozen, as every reader shares it.
 */
const built = new Map<`${Locale}:${Platform}`, Message>();

export function helpFor(locale: Locale, platform: Platform): Message {
  const key = `${locale}:${platform}` as const;
  let help = built.get(key);
  if (!help) {
    help = deepFreeze(helpMessage(translator(locale, platform).t, platform, PERMISSION_ROWS));
    built.set(key, help);
  }
  return help;
}

/** How many help messages are kept (for the test that they stay bounded). */
export function helpMessagesKept(): number {
  return built.size;
}

export const helpRegistry: Registry = {
  commands: {
    help: plainHandler({
      access: "anyone",
      async run({ actor }, _command, responder) {
        await responder.reply(helpFor(actor.locale, actor.workspace.platform), { ephemeral: true });
      },
    }),
  },
};
