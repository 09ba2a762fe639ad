/**
 * The one entry point adapters call (the contract: Dispatcher in src/edge.ts). For every
 * interaction it resolves the actor (actors.ts), finds the handler an area registered, settles
 * which series it is about and checks every id the payload carried back (series-finder.ts,
 * targets.ts), checks the access the handler declares (access.ts), records in the series' audit
 * log any access from a workspace the series is linked to, then runs the use case. Failures
 * reach the user as a translated, ephemeral sentence; unexpected ones are logged with a
 * reference the user is given (reply-error.ts). The methods never throw.
 */

import type { Actor, Caller, Command, CommandName, Dispatcher, Responder } from "../edge.js";
import { type Locale, pickLocale, translator } from "../i18n/index.js";
import { subcommandWord } from "../render/help/usage.js";
import { sentence } from "../render/message.js";
import { ActorDirectory } from "./actors.js";
import { recordAfterPartyMessage } from "./after-party/record-message.js";
import { parseCommand } from "./commands/parse.js";
import { problemMessage } from "./commands/problem.js";
import type { Handler, Registry } from "./handler.js";
import { homeView } from "./home/home-view.js";
import { perform } from "./perform.js";
import { type FailedFor, failedFor, type InteractionContext, replyError } from "./reply-error.js";
import type { Services } from "./services.js";

interface Routes {
  commands: Map<string, Handler<never>>;
  actions: Map<string, Handler<never>>;
  forms: Map<string, Handler<never>>;
}

/** Merges the areas' registries; two areas claiming the same name is a wiring mistake. */
function routesOf(registries: readonly Registry[]): Routes {
  const routes: Routes = { commands: new Map(), actions: new Map(), forms: new Map() };
  const add = (map: Map<string, Handler<never>>, entries: object | undefined, what: string) => {
    for (const [name, handler] of Object.entries(entries ?? {})) {
      if (map.has(name)) throw new Error(`two registries handle the ${what} "${name}"`);
      map.set(name, handler as Handler<never>);
    }
  };
  for (const registry of registries) {
    add(routes.commands, registry.commands, "command");
    add(routes.actions, registry.actions, "action");
    add(routes.forms, registry.forms, "form");
  }
  return routes;
}

/** Sub-commands whose success changes what the actor directory caches (roles, language). */
const CHANGES_WORKSPACE = new Set<string>(["team", "setup", "language", "creators"]);

export interface DispatcherOptions {
  /** How long a workspace row and its named roles are reused (ms); 0 reads them every time. */
  cacheMs?: number;
}

export function createDispatcher(
  services: Services,
  registries: readonly Registry[],
  options: DispatcherOptions = {},
): Dispatcher {
  const routes = routesOf(registries);
  const actors = new ActorDirectory(
    services.store,
    options.cacheMs === undefined ? {} : { cacheMs: options.cacheMs },
  );

  /** Resolves the actor, then runs `work`; any failure is answered and logged, never thrown. */
  async function guarded(
    caller: Caller,
    responder: Responder,
    context: InteractionContext,
    work: (actor: Actor) => Promise<void>,
  ): Promise<void> {
    let who: FailedFor = {
      locale: pickLocale(...caller.locales),
      workspaceId: null,
      platform: caller.workspace.platform,
      userRef: caller.userRef,
      channel: caller.channel,
      requestKey: caller.requestKey,
    };
    try {
      const actor = await actors.resolve(caller);
      who = failedFor(actor);
      await work(actor);
      if (context.kind !== "action" && CHANGES_WORKSPACE.has(context.name)) actors.forget(actor.workspace);
    } catch (error) {
      await replyError(services.log, who, responder, error, context);
    }
  }

  async function notAvailable(locale: Locale, responder: Responder, command: CommandName | null) {
    const { t } = translator(locale);
    const text = command
      ? t("commands.notAvailable", { command: subcommandWord(t, command) })
      : t("commands.actionNotAvailable");
    await responder.reply(sentence(text), { ephemeral: true });
  }

  async function runCommand(
    actor: Actor,
    command: Command,
    responder: Responder,
    context: InteractionContext,
  ) {
    const handler = routes.commands.get(command.name) as Handler<Command> | undefined;
    if (!handler) return notAvailable(actor.locale, responder, command.name);
    await perform(services, actor, handler, command, responder, context);
  }

  return {
    command(caller, command, responder) {
      const context: InteractionContext = { kind: "command", name: command.name };
      return guarded(caller, responder, context, (actor) => runCommand(actor, command, responder, context));
    },
    commandText(caller, text, responder) {
      const parsed = parseCommand(text);
      const name = parsed.ok ? parsed.value.name : (parsed.error.command ?? "?");
      const context: InteractionContext = { kind: "command", name };
      return guarded(caller, responder, context, async (actor) => {
        if (parsed.ok) return runCommand(actor, parsed.value, responder, context);
        await responder.reply(
          problemMessage(
            translator(actor.locale, actor.workspace.platform).t,
            parsed.error,
            actor.workspace.platform,
          ),
          { ephemeral: true },
        );
      });
    },
    action(caller, event, responder) {
      const context: InteractionContext = { kind: "action", name: event.action };
      return guarded(caller, responder, context, async (actor) => {
        const handler = routes.actions.get(event.action) as Handler<typeof event> | undefined;
        if (!handler) return notAvailable(actor.locale, responder, null);
        await perform(services, actor, handler, event, responder, context);
      });
    },
    form(caller, submission, responder) {
      const context: InteractionContext = { kind: "form", name: submission.formId };
      return guarded(caller, responder, context, async (actor) => {
        const handler = routes.forms.get(submission.formId) as Handler<typeof submission> | undefined;
        if (!handler) return notAvailable(actor.locale, responder, null);
        await perform(services, actor, handler, submission, responder, context);
        if (submission.formId === "setup") actors.forget(actor.workspace);
      });
    },
    async home(caller, surface) {
      try {
        const actor = await actors.resolve(caller);
        await surface.show(await homeView(services, actor));
      } catch (error) {
        services.log.error(
          { err: error, interaction: "home", platform: caller.workspace.platform, userRef: caller.userRef },
          "could not draw the home view",
        );
      }
    },
    async threadMessage(message) {
      try {
        const workspace = await actors.known(message.workspace);
        if (!workspace) return;
        const outcome = await recordAfterPartyMessage(services, { ...message, workspaceId: workspace.id });
        if (outcome.status === "recorded")
          services.log.debug({ message: message.externalId, ...outcome }, "after-party message recorded");
      } catch (error) {
        services.log.error(
          { err: error, message: message.externalId, channel: message.thread },
          "after-party message not recorded",
        );
      }
    },
  };
}
