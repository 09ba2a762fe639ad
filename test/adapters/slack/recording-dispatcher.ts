/** A Dispatcher that records what the adapter handed it and runs a scripted answer. */
import type {
  ActionEvent,
  Caller,
  Command,
  Dispatcher,
  FormSubmission,
  HomeSurface,
  Responder,
  ThreadMessage,
} from "../../../src/edge.js";
import { sentence } from "../../../src/render/message.js";

export type Received =
  | { kind: "command"; actor: Caller; command: Command }
  | { kind: "commandText"; actor: Caller; text: string }
  | { kind: "action"; actor: Caller; event: ActionEvent }
  | { kind: "form"; actor: Caller; submission: FormSubmission };

export type Script = (received: Received, responder: Responder) => Promise<unknown>;

export class RecordingDispatcher implements Dispatcher {
  readonly received: Received[] = [];
  readonly homes: Caller[] = [];
  readonly threadMessages: ThreadMessage[] = [];
  /** What the next deliveries do; errors thrown by the script are recorded, as the real one never throws. */
  script: Script = async () => {};
  readonly errors: unknown[] = [];

  private async run(received: Received, responder: Responder): Promise<void> {
    this.received.push(received);
    try {
      await this.script(received, responder);
    } catch (error) {
      this.errors.push(error);
    }
  }

  command(actor: Caller, command: Command, responder: Responder) {
    return this.run({ kind: "command", actor, command }, responder);
  }
  commandText(actor: Caller, text: string, responder: Responder) {
    return this.run({ kind: "commandText", actor, text }, responder);
  }
  action(actor: Caller, event: ActionEvent, responder: Responder) {
    return this.run({ kind: "action", actor, event }, responder);
  }
  form(actor: Caller, submission: FormSubmission, responder: Responder) {
    return this.run({ kind: "form", actor, submission }, responder);
  }
  /** Shows a one-line home, as the real one shows the reader's chats. */
  async home(caller: Caller, surface: HomeSurface) {
    this.homes.push(caller);
    await surface.show(sentence("home"));
  }
  async threadMessage(message: ThreadMessage) {
    this.threadMessages.push(message);
  }
}
