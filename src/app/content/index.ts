/**
 * The content area of `/afterchat` (issue 14): `content <kind> [n]` makes files from an edition
 * (the team); `content optout|optin|approval|requests|approve` change who may be quoted
 * (moderators); `content optouts` lists it (the team). Quote cards and the story page draw PNGs:
 * their renderer is given by the composition root, loaded only when asked for.
 */
import type { ContentAction } from "../commands/command.js";
import { type CommandHandler, type Registry, seriesHandler } from "../handler.js";
import { type ContentVisuals, isContentKind } from "./artefacts.js";
import { changeConsent } from "./consent-command.js";
import { makeContent } from "./content-command.js";

/** Actions anyone on the team may run; the others change consent and are for moderators. */
const TEAM_ACTIONS: ReadonlySet<ContentAction> = new Set([
  "recap",
  "transcript",
  "script",
  "cards",
  "story",
  "recycle",
  "optouts",
]);

export function createContentRegistry(options: { visuals: () => Promise<ContentVisuals> }): Registry {
  const content: CommandHandler<"content"> = seriesHandler({
    access: (command) => (TEAM_ACTIONS.has(command.action) ? "member" : "moderator"),
    run: (scope, command, responder) =>
      isContentKind(command.action)
        ? makeContent(scope, command, responder, options.visuals)
        : changeConsent(scope, command, responder),
  });
  return { commands: { content } };
}
