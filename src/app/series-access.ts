/**
 * A series named by id in a form's state or a button's value: found in the actor's own
 * workspace, or among the series another workspace linked this one to. Never another tenant's.
 */
import type { Series } from "../domain/series.js";
import { AfterchatError } from "../errors.js";
import type { Store } from "../ports.js";
import type { Actor } from "./interaction.js";

export async function seriesForActor(store: Store, actor: Actor, seriesId: string): Promise<Series> {
  const own = await store.series.get(actor.workspace.id, seriesId);
  if (own) return own;
  const links = await store.links.linkedSeries(actor.workspace.id);
  if (links.some((link) => link.seriesId === seriesId)) {
    const linked = await store.series.getAcrossWorkspaces(seriesId);
    if (linked) return linked;
  }
  throw new AfterchatError("series_not_found");
}
