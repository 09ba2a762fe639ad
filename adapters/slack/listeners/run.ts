/**
 * The frame of every listener, after its ack: drop a delivery already handled (Slack retries),
 * read the Caller, and keep any failure from escaping into Bolt. The dispatcher never throws;
 * what can fail here is reading the Caller (Slack down): it is logged with a reference and, when
 * the interaction has a response_url, the user is told.
 */
import type { RespondFn } from "@slack/bolt";
import { errorReference } from "../../../src/app/reply-error.js";
import type { Caller } from "../../../src/edge.js";
import { pickLocale, translator } from "../../../src/i18n/index.js";
import type { CallerInput } from "../caller.js";
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
  who: CallerInput,
  work: (caller: Caller) => Promise<void>,
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
  const done = ctx.work.offer(() => build(ctx, delivery, who, work, where));
  if (done) return done;
  // The line is full, or the process is stopping: say so now rather than answer minutes late.
  refused(ctx, where);
  await delivery
    .respond?.(busyMessage(ctx, who))
    .catch((error: unknown) =>
      ctx.log.warn({ ...where, slack: describeFailure(error) }, "could not say busy"),
    );
}

/** errors.busy, ephemeral, in the person's language when already known (no Slack call). */
export function busyMessage(ctx: SlackContext, who: Pick<CallerInput, "teamId" | "userId">) {
  const text = translator(pickLocale(ctx.callers.knownLocale(who), ctx.defaultLocale)).t("errors.busy");
  return {
    response_type: "ephemeral" as const,
    ...renderMessage({ text, blocks: [{ type: "section", text }] }),
  };
}

export function refused(ctx: SlackContext, where: Record<string, unknown>): void {
  ctx.log.warn(
    { ...where, pending: ctx.work.pending, stopping: ctx.work.draining },
    "Slack delivery refused: busy",
  );
}

async function build(
  ctx: SlackContext,
  delivery: Delivery,
  who: CallerInput,
  work: (caller: Caller) => Promise<void>,
  where: Record<string, unknown>,
): Promise<void> {
  let caller: Caller;
  try {
    caller = await ctx.callers.build(who);
  } catch (error) {
    const ref = errorReference();
    ctx.log.error({ ...where, ref, slack: describeFailure(error), err: error }, "could not read the caller");
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
    await work(caller);
  } catch (error) {
    // The dispatcher answers its own failures; this is a failure of the adapter around it.
    ctx.log.error(
      { ...where, ref: errorReference(), slack: describeFailure(error), err: error },
      "Slack listener failed",
    );
  }
}
