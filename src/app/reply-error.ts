/**
 * Turns a failure into what the user sees. Expected failures (AfterchatError) become their
 * translated sentence (errors.<code> with the error's values), answered to the requester only.
 * Anything else is logged with the interaction's context (ids only: never form values, tokens or
 * the services) under a short reference, and the user gets errors.internal quoting the same
 * reference so an admin can find the log line.
 */
import { randomBytes } from "node:crypto";
import type { Actor, Responder } from "../edge.js";
import { type AfterchatError, type ErrorCode, isAfterchatError, isDatabaseUnavailable } from "../errors.js";
import { type Locale, type MessageKey, type Translator, translator } from "../i18n/index.js";
import type { Logger } from "../log.js";
import { sentence } from "../render/message.js";

/** How a failure was answered: its code, and the log reference of an unexpected one. */
export interface FailureOutcome {
  code: ErrorCode;
  ref: string | null;
}

/** What the log line says about the interaction (no user text, no secrets). */
export interface InteractionContext {
  kind: "command" | "action" | "form" | "home";
  /** Sub-command name, action id or form id. */
  name: string;
}

/** A short reference quoted to the user and in the log ("E-7K2Q9M"). */
export function errorReference(): string {
  const alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
  const bytes = randomBytes(6);
  return `E-${[...bytes].map((b) => alphabet[b % alphabet.length]).join("")}`;
}

/** Who met the failure: the actor once known, else what the platform said (the Caller). */
export interface FailedFor {
  locale: Locale;
  workspaceId: string | null;
  platform: string;
  userRef: string;
  channel: string;
  requestKey: string;
}

export function failedFor(actor: Actor): FailedFor {
  return {
    locale: actor.locale,
    workspaceId: actor.workspace.id,
    platform: actor.workspace.platform,
    userRef: actor.userRef,
    channel: actor.channel,
    requestKey: actor.requestKey,
  };
}

export async function replyError(
  log: Logger,
  who: FailedFor,
  responder: Responder,
  error: unknown,
  context: InteractionContext,
): Promise<FailureOutcome> {
  const where = {
    interaction: context.kind,
    name: context.name,
    workspaceId: who.workspaceId,
    platform: who.platform,
    userRef: who.userRef,
    channel: who.channel,
    requestKey: who.requestKey,
  };
  const expected = isAfterchatError(error) && error.code !== "internal" ? error : null;
  const ref = expected ? null : errorReference();
  if (expected) log.info({ ...where, code: expected.code }, "interaction refused");
  else log.error({ ...where, ref, err: error }, "interaction failed");
  // Unexpected, but passing (the database is down or overloaded): say to try again.
  const transient = !expected && isDatabaseUnavailable(error);
  const text = expected
    ? expectedText(translator(who.locale, who.platform), expected)
    : translator(who.locale, who.platform).t(transient ? "errors.database_unavailable" : "errors.internal", {
        ref,
      });
  try {
    await responder.reply(sentence(text), { ephemeral: true });
  } catch (replyFailure) {
    log.error({ ...where, ref, err: replyFailure }, "could not tell the user about a failure");
  }
  return { code: expected ? expected.code : transient ? "database_unavailable" : "internal", ref };
}

/**
 * An expected failure's sentence, its `<name>Key` values translated (see src/errors.ts), and its
 * `<name>Keys` values (comma-separated keys) translated into a list ("Send Messages, Embed Links").
 * Twice: a translated value may itself use another (a detail naming `{{channel}}` given as
 * channelKey).
 */
export function expectedText(t: Translator, error: AfterchatError): string {
  const params: Record<string, string | number> = { ...error.params };
  for (let pass = 0; pass < 2; pass += 1)
    for (const [name, value] of Object.entries(error.params)) {
      if (typeof value !== "string") continue;
      if (name.endsWith("Keys"))
        params[name.slice(0, -4)] = value
          .split(",")
          .filter(Boolean)
          .map((key) => t.t(key as MessageKey, params))
          .join(", ");
      else if (name.endsWith("Key")) params[name.slice(0, -3)] = t.t(value as MessageKey, params);
    }
  return t.t(`errors.${error.code}`, params);
}

export function isExpected(error: unknown): error is AfterchatError {
  return isAfterchatError(error) && error.code !== "internal";
}
