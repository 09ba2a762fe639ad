/**
 * Publishes the App Home tab: the core's neutral home Message as a `home` view (100 blocks).
 * @see https://docs.slack.dev/surfaces/app-home
 * @see https://docs.slack.dev/reference/methods/views.publish
 */
import { homeView } from "../../src/app/home/home-view.js";
import type { Actor } from "../../src/app/interaction.js";
import type { SlackContext } from "./context.js";
import { describeFailure } from "./errors.js";
import { decodeRef } from "./refs.js";
import { LIMITS, renderMessage } from "./render.js";

export async function publishHome(ctx: SlackContext, actor: Actor): Promise<void> {
  const userId = decodeRef(actor.userRef)?.id;
  if (!userId) return;
  const message = await homeView(ctx.services, actor);
  const { blocks } = renderMessage(message, { maxBlocks: LIMITS.viewBlocks });
  try {
    await ctx.client.views.publish({ user_id: userId, view: { type: "home", blocks } });
  } catch (error) {
    ctx.log.warn(
      { slack: describeFailure(error), method: "views.publish" },
      "could not publish the App Home",
    );
  }
}
