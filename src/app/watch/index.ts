/** The watch-list's command and its "DM me next time" button. */
import { AfterchatError } from "../../errors.js";
import { translator } from "../../i18n/index.js";
import { type ActionHandler, plainHandler, type Registry } from "../handler.js";
import { remindFor, watchAccess, watchCommand } from "./watch-command.js";

/** The reminder's button: a DM reminder for this watched chat, for whoever clicks it. */
const remindButton: ActionHandler = plainHandler({
  series: "here",
  access: (_event, series) => watchAccess("remind", series),
  async run({ services, actor }, event, responder) {
    const watch = await services.store.watches.get(actor.workspace.id, event.value);
    if (!watch) throw new AfterchatError("watch_not_found", { hashtag: "" });
    await remindFor(
      services.store,
      actor,
      [watch],
      true,
      responder,
      translator(actor.locale, actor.workspace.platform).t,
    );
  },
});

export const watchRegistry: Registry = {
  commands: { watch: watchCommand },
  actions: { "watch.remind": remindButton },
};
