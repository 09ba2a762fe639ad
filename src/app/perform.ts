/**
 * One interaction, once its handler is known: settle what it is about, check who may, record an
 * access from a linked workspace, run the use case. Called by the dispatcher only.
 */
import type { Actor, Responder } from "../edge.js";
import { isAfterchatError } from "../errors.js";
import { translator } from "../i18n/index.js";
import type { Store } from "../ports.js";
import { sentence } from "../render/message.js";
import { checkAccess, roleOf } from "./access.js";
import type { Handler, SeriesSource } from "./handler.js";
import type { InteractionContext } from "./reply-error.js";
import { findSeries, seriesHere } from "./series-finder.js";
import type { Services } from "./services.js";
import { type Resolved, resolveTarget } from "./targets.js";

/** Refusals a handler may word its own way (`denied`). */
const REWORDABLE = new Set(["not_admin"]);

export async function perform<I>(
  services: Services,
  actor: Actor,
  handler: Handler<I>,
  input: I,
  responder: Responder,
  context: InteractionContext,
): Promise<void> {
  const { store } = services;
  const found = await locate(store, actor, handler.series, input);
  const { series } = found;
  const role = series ? await roleOf(store, series, actor) : null;
  const access = typeof handler.access === "function" ? handler.access(input, series) : handler.access;
  let allowed = false;
  try {
    await checkAccess(access, { store, actor, series, role, task: found.task, note: found.note });
    allowed = true;
  } catch (error) {
    if (!handler.denied || !isAfterchatError(error) || !REWORDABLE.has(error.code)) throw error;
    await responder.reply(sentence(translator(actor.locale, actor.workspace.platform).t(handler.denied)), {
      ephemeral: true,
    });
    return;
  } finally {
    if (series && series.workspaceId !== actor.workspace.id)
      await store.audit.append({
        workspaceId: series.workspaceId,
        actorRef: actor.userRef,
        action: "link.access",
        subjectType: "series",
        subjectId: series.id,
        detail: {
          linkedWorkspace: actor.workspace.id,
          platform: actor.workspace.platform,
          interaction: context.kind,
          name: context.name,
          allowed,
        },
      });
  }
  await handler.run({ services, actor, ...found, role }, input, responder);
}

async function locate<I>(store: Store, actor: Actor, source: SeriesSource<I>, input: I): Promise<Resolved> {
  const place = typeof source === "function" ? source(input) : source;
  switch (place) {
    case "none":
      return { series: null };
    case "here":
      return { series: await seriesHere(store, actor) };
    case "channel":
      return { series: await findSeries(store, actor) };
    default:
      return resolveTarget(store, actor, place);
  }
}
