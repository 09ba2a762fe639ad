/**
 * Turns a failure into what the user sees. Expected failures (AfterchatError) become their
 * translated sentence (errors.<code> with the error's values), answered to the requester only.
 * Anything else is logged with the interaction's context (ids only: never form values, tokens or
 * the services) under a short reference, and the user gets errors.internal quoting the same
 * reference so an admin can find the log line.
 */
import { randomBytes } from "node:crypto";
import { type AfterchatError, type ErrorCode, isAfterchatError } from "../errors.js";
import { translator } from "../i18n/index.js";
import type { Logger } from "../log.js";
import { sentence } from "../render/message.js";
import type { Actor, Responder } from "./interaction.js";

/** How a failure was answered: its code, and the log reference of an unexpected one. */
export interface FailureOutcome {
  code: ErrorCode;
  ref: string | null;
}

/** What the log line says about the interaction (no user text, no secrets). */
export interface InteractionContext {
  kind: "command" | "action" | "form";
  /** Sub-command name, action id or form id. */
  name: string;
}

/** A short reference quoted to the user and in the log ("E-7K2Q9M"). */
export function errorReference(): string {
  const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  const bytes = randomBytes(6);
  return `E-${[...bytes].map((b) => alphabet[b % alphabet.length]).join("")}`;
}

export async function replyError(
  log: Logger,
  actor: Actor,
  responder: Responder,
  error: unknown,
  context: InteractionContext,
): Promise<FailureOutcome> {
  const where = {
    interaction: context.kind,
    name: context.name,
    workspaceId: actor.workspace.id,
    platform: actor.workspace.platform,
    userRef: actor.userRef,
    channel: actor.channel,
    requestKey: actor.requestKey,
  };
  const expected = isAfterchatError(error) && error.code !== "internal" ? error : null;
  const ref = expected ? null : errorReference();
  if (expected) log.info({ ...where, code: expected.code }, "interaction refused");
  else log.error({ ...where, ref, err: error }, "interaction failed");
  const { t } = translator(actor.locale);
  const text = expected ? t(`errors.${expected.code}`, expected.params) : t("errors.internal", { ref });
  try {
    await responder.reply(sentence(text), { ephemeral: true });
  } catch (replyFailure) {
    log.error({ ...where, ref, err: replyFailure }, "could not tell the user about a failure");
  }
  return { code: expected ? expected.code : "internal", ref };
}

export function isExpected(error: unknown): error is AfterchatError {
  return isAfterchatError(error) && error.code !== "internal";
}
