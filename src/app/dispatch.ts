/**
 * The one entry point adapters call. Slack and Discord parse their payloads into an Actor plus a
 * Command, ActionEvent or FormSubmission and call these methods; the dispatcher routes to the
 * handler an area registered and wraps it, so every failure reaches the user as a translated,
 * ephemeral sentence (see reply-error.ts) and every unexpected one is logged with a reference
 * the user is given. The methods never throw (contract: src/app/dispatcher.ts).
 */

import { translator } from "../i18n/index.js";
import { sentence } from "../render/message.js";
import type { Command, CommandName } from "./commands/command.js";
import { parseCommand } from "./commands/parse.js";
import { problemMessage } from "./commands/problem.js";
import type { Dispatcher } from "./dispatcher.js";
import type { Actor, Responder } from "./interaction.js";
import { type InteractionContext, replyError } from "./reply-error.js";
import type { ActionHandler, CommandHandler, FormHandler, Registry, Services } from "./services.js";

export type { Dispatcher };

interface Routes {
  commands: Map<string, CommandHandler>;
  actions: Map<string, ActionHandler>;
  forms: Map<string, FormHandler>;
}

/** Merges the areas' registries; two areas claiming the same name is a wiring mistake. */
function routesOf(registries: readonly Registry[]): Routes {
  const routes: Routes = { commands: new Map(), actions: new Map(), forms: new Map() };
  const add = <H>(map: Map<string, H>, entries: object | undefined, what: string) => {
    for (const [name, handler] of Object.entries(entries ?? {})) {
      if (map.has(name)) throw new Error(`two registries handle the ${what} "${name}"`);
      map.set(name, handler as H);
    }
  };
  for (const registry of registries) {
    add(routes.commands, registry.commands, "command");
    add(routes.actions, registry.actions, "action");
    add(routes.forms, registry.forms, "form");
  }
  return routes;
}

export function createDispatcher(services: Services, registries: readonly Registry[]): Dispatcher {
  const routes = routesOf(registries);

  async function guarded(
    actor: Actor,
    responder: Responder,
    context: InteractionContext,
    work: () => Promise<void>,
  ): Promise<void> {
    try {
      await work();
    } catch (error) {
      await replyError(services.log, actor, responder, error, context);
    }
  }

  async function notAvailable(actor: Actor, responder: Responder, command: CommandName | null) {
    const { t } = translator(actor.locale);
    const text = command ? t("commands.notAvailable", { command }) : t("commands.actionNotAvailable");
    await responder.reply(sentence(text), { ephemeral: true });
  }

  /** Runs a command's handler, or says the sub-command is not available in this build. */
  async function run(actor: Actor, command: Command, responder: Responder): Promise<void> {
    const handler = routes.commands.get(command.name);
    if (!handler) return notAvailable(actor, responder, command.name);
    await handler(services, actor, command, responder);
  }

  const dispatcher: Dispatcher = {
    command(actor, command, responder) {
      return guarded(actor, responder, { kind: "command", name: command.name }, () =>
        run(actor, command, responder),
      );
    },
    commandText(actor, text, responder) {
      const context: InteractionContext = { kind: "command", name: "?" };
      return guarded(actor, responder, context, async () => {
        const parsed = parseCommand(text);
        context.name = parsed.ok ? parsed.value.name : (parsed.error.command ?? "?");
        if (parsed.ok) return run(actor, parsed.value, responder);
        await responder.reply(problemMessage(translator(actor.locale).t, parsed.error), {
          ephemeral: true,
        });
      });
    },
    action(actor, event, responder) {
      return guarded(actor, responder, { kind: "action", name: event.action }, async () => {
        const handler = routes.actions.get(event.action);
        if (!handler) return notAvailable(actor, responder, null);
        await handler(services, actor, event, responder);
      });
    },
    form(actor, submission, responder) {
      return guarded(actor, responder, { kind: "form", name: submission.formId }, async () => {
        const handler = routes.forms.get(submission.formId);
        if (!handler) return notAvailable(actor, responder, null);
        await handler(services, actor, submission, responder);
      });
    },
  };
  return dispatcher;
}
