/**
 * Wraps a Dispatcher and records each call once it has finished, so a test can wait until the
 * adapter's call for one interaction (its requestKey is the interaction id) is done.
 */
import type { Command } from "../../../../src/app/commands/command.js";
import type { Dispatcher } from "../../../../src/app/dispatcher.js";
import type { ActionEvent, Actor, FormSubmission } from "../../../../src/app/interaction.js";
import { CallLog } from "../../../support/call-log.js";

export type DispatchCall =
  | { kind: "command"; actor: Actor; command: Command; error: unknown }
  | { kind: "action"; actor: Actor; event: ActionEvent; error: unknown }
  | { kind: "form"; actor: Actor; submission: FormSubmission; error: unknown };

export class TrackingDispatcher implements Dispatcher {
  readonly calls = new CallLog<DispatchCall>((c) => `${c.kind} ${c.actor.requestKey} ${c.actor.userRef}`);

  constructor(private readonly inner: Dispatcher) {}

  async command(actor: Actor, command: Command, responder: Parameters<Dispatcher["command"]>[2]) {
    await this.track({ kind: "command", actor, command }, () =>
      this.inner.command(actor, command, responder),
    );
  }
  async commandText(actor: Actor, text: string, responder: Parameters<Dispatcher["commandText"]>[2]) {
    await this.inner.commandText(actor, text, responder);
  }
  async action(actor: Actor, event: ActionEvent, responder: Parameters<Dispatcher["action"]>[2]) {
    await this.track({ kind: "action", actor, event }, () => this.inner.action(actor, event, responder));
  }
  async form(actor: Actor, submission: FormSubmission, responder: Parameters<Dispatcher["form"]>[2]) {
    await this.track({ kind: "form", actor, submission }, () =>
      this.inner.form(actor, submission, responder),
    );
  }

  /** Resolves once the dispatcher has finished with the interaction `id`. */
  handled(id: string, timeoutMs = 5000): Promise<DispatchCall> {
    return this.calls.waitFor(
      (c) => c.actor.requestKey === id,
      timeoutMs,
      `the dispatcher to finish interaction ${id}`,
    );
  }

  private async track<T extends Omit<DispatchCall, "error">>(call: T, work: () => Promise<void>) {
    let error: unknown = null;
    try {
      await work();
    } catch (e) {
      error = e;
      throw e;
    } finally {
      this.calls.record({ ...call, error } as unknown as DispatchCall);
    }
  }
}
