/**
 * `openAfterParty`, called by the scheduler when a chat ends: opens a thread (a forum post on a
 * Discord forum channel) in the series' after-party channel with the host's goodbye, the
 * invitation to keep posting under the hashtag and the best posts when the edition was imported;
 * stores the thread and when the after-party ends on the edition; then makes sure the next
 * edition has its scheduled event. Idempotent: an edition that has its thread gets no second one
 * (the scheduler runs a job once under a lease; a retry or second call finds the thread stored),
 * and the event is created once per start (scheduled-event.ts).
 */
import type { ChannelRef } from "../../domain/workspace.js";
import type { Services } from "../services.js";
import { bestPosts } from "./best-posts.js";
import { loadEdition } from "./edition-context.js";
import { nextEdition } from "./next-edition.js";
import { openingMessage, threadTitle } from "./opening-message.js";
import { type EventOutcome, ensureNextEditionEvent } from "./scheduled-event.js";

const BEST_POSTS = 3;
const HOUR_MS = 3_600_000;

export type OpenOutcome =
  | { status: "opened" | "already_open"; thread: ChannelRef; endsAt: Date; event: EventOutcome }
  | { status: "skipped"; reason: "not_found" | "disabled" | "no_channel" | "no_platform" };

export async function openAfterParty(services: Services, editionId: string): Promise<OpenOutcome> {
  const { store } = services;
  const loaded = await loadEdition(store, editionId);
  if (!loaded) return { status: "skipped", reason: "not_found" };
  const { edition, series, t } = loaded;
  if (!series.settings.afterParty) return { status: "skipped", reason: "disabled" };
  const channel = series.afterPartyChannel;
  if (!channel) return { status: "skipped", reason: "no_channel" };
  const platform = services.platforms.for(channel);
  if (!platform) return { status: "skipped", reason: "no_platform" };

  const next = await nextEdition(store, series, edition);
  let thread = edition.afterPartyThread;
  let endsAt =
    edition.afterPartyEndsAt ??
    new Date(edition.endsAt.getTime() + series.settings.afterPartyHours * HOUR_MS);
  const status = thread ? "already_open" : "opened";
  if (!thread) {
    const best = await bestPosts(store, edition, BEST_POSTS);
    const opened = await platform.openThread(
      channel,
      threadTitle(t, series, edition),
      openingMessage(t, series, edition, best, next),
    );
    thread = opened.thread;
    const updated = await store.editions.update(edition.workspaceId, edition.id, {
      afterPartyThread: thread,
      afterPartyEndsAt: endsAt,
    });
    endsAt = updated.afterPartyEndsAt ?? endsAt;
    services.log.info({ editionId, thread }, "after-party opened");
  }
  const event = await ensureNextEditionEvent(services, series, next, t);
  return { status, thread, endsAt, event };
}
