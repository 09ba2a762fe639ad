/**
 * Publishes the App Home tab: the dispatcher draws the reader's neutral home Message, this
 * surface shows it as a `home` view (100 blocks).
 * @see https://docs.slack.dev/surfaces/app-home
 * @see https://docs.slack.dev/reference/methods/views.publish
 */
import type { Caller } from "../../src/edge.js";
import type { SlackContext } from "./context.js";
import { describeFailure } from "./errors.js";
import { decodeRef } from "./refs.js";
import { LIMITS, renderMessage } from "./render.js";

export async function publishHome(ctx: SlackContext, caller: Caller): Promise<void> {
  const who = decodeRef(caller.userRef);
  if (!who) return;
  const userId = who.id;
  await ctx.dispatcher.home(caller, {
    show: async (message) => {
      const { blocks } = renderMessage(message, { maxBlocks: LIMITS.viewBlocks });
      try {
        const client = await ctx.clients.forTeam(who.teamId);
        await client.views.publish({ user_id: userId, view: { type: "home", blocks } });
      } catch (error) {
        ctx.log.warn(
          { slack: describeFailure(error), method: "views.publish" },
          "could not publish the App Home",
        );
      }
    },
  });
}
