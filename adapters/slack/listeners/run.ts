/**
 * The frame of every listener, after its ack: drop a delivery already handled (Slack retries),
 * build the Actor, and keep any failure from escaping into Bolt. The dispatcher never throws;
 * what can fail here is the Actor (store down, Slack down): it is logged with a reference and, when
 * the interaction has a response_url, the user is told.
 */
import type { RespondFn } from "@slack/bolt";
import type { Actor } from "../../../src/app/interaction.js";
import { errorReference } from "../../../src/app/reply-error.js";
import { translator } from "../../../src/i18n/index.js";
import type { ActorInput } from "../actor.js";
import type { SlackContext } from "../context.js";
import { describeFailure } from "../errors.js";
import { renderMessage } from "../render.js";

export interface Delivery {
  /** "command", "action", "view" or "event", and the name, for the logs. */
  kind: string;
  name: string;
  /** The key a retry of this delivery carries too. */
  key: string;
  respond: RespondFn | null;
  /** Slack's retry counter (x-slack-retry-num / retry_attempt), for the logs. */
  retryNum?: number | undefined;
}

export async function handle(
  ctx: SlackContext,
  delivery: Delivery,
  who: ActorInput,
  work: (actor: Actor) => Promise<void>,
): Promise<void> {
  const where = {
    interaction: delivery.kind,
    name: delivery.name,
    teamId: who.teamId,
    retryNum: delivery.retryNum,
  };
  if (!ctx.seen.first(`${delivery.kind}:${delivery.key}`)) {
    ctx.log.info(where, "Slack delivery already handled: dropped");
    return;
  }
  // Let the acks of requests that arrived meanwhile go out before this one's work starts.
  await new Promise<void>((resolve) => setImmediate(resolve));
  await ctx.work.run(() => build(ctx, delivery, who, work, where));
}

async function build(
  ctx: SlackContext,
  delivery: Delivery,
  who: ActorInput,
  work: (actor: Actor) => Promise<void>,
  where: Record<string, unknown>,
): Promise<void> {
  let actor: Actor;
  try {
    actor = await ctx.actors.build(who);
  } catch (error) {
    const ref = errorReference();
    ctx.log.error({ ...where, ref, slack: describeFailure(error), err: error }, "could not build the actor");
    const text = translator("en").t("errors.internal", { ref });
    await delivery
      .respond?.({
        response_type: "ephemeral",
        ...renderMessage({ text, blocks: [{ type: "section", text }] }),
      })
      .catch(() => undefined);
    return;
  }
  try {
    await work(actor);
  } catch (error) {
    // The dispatcher answers its own failures; this is a failure of the adapter around it.
    ctx.log.error(
      { ...where, ref: errorReference(), slack: describeFailure(error), err: error },
      "Slack listener failed",
    );
  }
}
