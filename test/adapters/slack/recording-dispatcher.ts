/** A Dispatcher that records what the adapter handed it and runs a scripted answer. */
import type { Command } from "../../../src/app/commands/command.js";
import type { Dispatcher } from "../../../src/app/dispatcher.js";
import type { ActionEvent, Actor, FormSubmission, Responder } from "../../../src/app/interaction.js";

export type Received =
  | { kind: "command"; actor: Actor; command: Command }
  | { kind: "commandText"; actor: Actor; text: string }
  | { kind: "action"; actor: Actor; event: ActionEvent }
  | { kind: "form"; actor: Actor; submission: FormSubmission };

export type Script = (received: Received, responder: Responder) => Promise<unknown>;

export class RecordingDispatcher implements Dispatcher {
  readonly received: Received[] = [];
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

  command(actor: Actor, command: Command, responder: Responder) {
    return this.run({ kind: "command", actor, command }, responder);
  }
  commandText(actor: Actor, text: string, responder: Responder) {
    return this.run({ kind: "commandText", actor, text }, responder);
  }
  action(actor: Actor, event: ActionEvent, responder: Responder) {
    return this.run({ kind: "action", actor, event }, responder);
  }
  form(actor: Actor, submission: FormSubmission, responder: Responder) {
    return this.run({ kind: "form", actor, submission }, responder);
  }
}
