/**
 * The one entry point adapters call (implemented by createDispatcher in src/app/dispatch.ts).
 * Every method answers through the Responder and never throws: expected failures become
 * translated replies, unexpected ones are logged and answered with a reference.
 */
import type { Command } from "./commands/command.js";
import type { ActionEvent, Actor, FormSubmission, Responder } from "./interaction.js";

export interface Dispatcher {
  /** A parsed command (Discord builds these from its options). */
  command(actor: Actor, command: Command, responder: Responder): Promise<void>;
  /** The text after `/afterchat` (Slack), parsed then dispatched. */
  commandText(actor: Actor, text: string, responder: Responder): Promise<void>;
  /** A button click or select. */
  action(actor: Actor, event: ActionEvent, responder: Responder): Promise<void>;
  /** A form submission. */
  form(actor: Actor, submission: FormSubmission, responder: Responder): Promise<void>;
}
