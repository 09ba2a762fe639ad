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
  const userId = decodeRef(caller.userRef)?.id;
  if (!userId) return;
  await ctx.dispatcher.home(caller, {
    show: async (message) => {
      const { blocks } = renderMessage(message, { maxBlocks: LIMITS.viewBlocks });
      try {
        await ctx.client.views.publish({ user_id: userId, view: { type: "home", blocks } });
      } catch (error) {
        ctx.log.warn(
          { slack: describeFailure(error), method: "views.publish" },
          "could not publish the App Home",
        );
      }
    },
  });
}
