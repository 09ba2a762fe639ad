/**
 * Wraps a Dispatcher and records each call once it has finished, so a test can wait until the
 * adapter's call for one interaction (its requestKey is the interaction id) is done.
 */
import type {
  ActionEvent,
  Caller,
  Command,
  Dispatcher,
  FormSubmission,
  HomeSurface,
  ThreadMessage,
} from "../../../../src/edge.js";
import { CallLog } from "../../../support/call-log.js";

export type DispatchCall =
  | { kind: "command"; actor: Caller; command: Command; error: unknown }
  | { kind: "action"; actor: Caller; event: ActionEvent; error: unknown }
  | { kind: "form"; actor: Caller; submission: FormSubmission; error: unknown };

export class TrackingDispatcher implements Dispatcher {
  readonly calls = new CallLog<DispatchCall>((c) => `${c.kind} ${c.actor.requestKey} ${c.actor.userRef}`);

  constructor(private readonly inner: Dispatcher) {}

  async command(actor: Caller, command: Command, responder: Parameters<Dispatcher["command"]>[2]) {
    await this.track({ kind: "command", actor, command }, () =>
      this.inner.command(actor, command, responder),
    );
  }
  async commandText(actor: Caller, text: string, responder: Parameters<Dispatcher["commandText"]>[2]) {
    await this.inner.commandText(actor, text, responder);
  }
  async action(actor: Caller, event: ActionEvent, responder: Parameters<Dispatcher["action"]>[2]) {
    await this.track({ kind: "action", actor, event }, () => this.inner.action(actor, event, responder));
  }
  async form(actor: Caller, submission: FormSubmission, responder: Parameters<Dispatcher["form"]>[2]) {
    await this.track({ kind: "form", actor, submission }, () =>
      this.inner.form(actor, submission, responder),
    );
  }

  async home(caller: Caller, surface: HomeSurface) {
    await this.inner.home(caller, surface);
  }
  async threadMessage(message: ThreadMessage) {
    await this.inner.threadMessage(message);
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
