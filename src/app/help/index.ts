/** `/afterchat help`: answered to the requester only, in their language. */
import { translator } from "../../i18n/index.js";
import { helpMessage } from "../../render/help.js";
import { plainHandler, type Registry } from "../handler.js";
import { PERMISSION_ROWS } from "../permission-table.js";

export const helpRegistry: Registry = {
  commands: {
    help: plainHandler({
      access: "anyone",
      async run({ actor }, _command, responder) {
        await responder.reply(
          helpMessage(
            translator(actor.locale, actor.workspace.platform).t,
            actor.workspace.platform,
            PERMISSION_ROWS,
          ),
          { ephemeral: true },
        );
      },
    }),
  },
};
