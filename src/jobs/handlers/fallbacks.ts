/**
 * Plain versions of two steps the after-party area may do better (its opening message carries
 * the host's goodbye; it may create the scheduled event itself): the composition root replaces
 * them when it wires that area.
 */
import { channelTranslator } from "../../app/channel-locale.js";
import type { Services } from "../../app/services.js";
import type { Edition } from "../../domain/edition.js";
import type { Series } from "../../domain/series.js";
import { escapeMarkdown } from "../../render/markup.js";
import { sentence } from "../../render/message.js";
import { postIn } from "./post.js";

/** The host's goodbye (settings.goodbye, else a default) in the after-party thread. */
export async function announceHostLeft(services: Services, series: Series, edition: Edition): Promise<void> {
  const { store } = services;
  const t = await channelTranslator(store, series);
  // Re-read: opening the after-party stored its thread on the edition.
  const fresh = (await store.editions.get(series.workspaceId, edition.id)) ?? edition;
  const goodbye =
    series.settings.goodbye?.trim() || t.t("jobs.hostLeft", { hours: series.settings.afterPartyHours });
  await postIn(services, fresh.afterPartyThread ?? series.afterPartyChannel, sentence(goodbye));
}

/** The platform's scheduled event for the edition (Discord; Slack has none and answers null). */
export async function scheduleEditionEvent(
  services: Services,
  series: Series,
  edition: Edition,
): Promise<void> {
  const channel = series.afterPartyChannel ?? series.debriefChannel;
  const platform = channel ? services.platforms.for(channel) : null;
  if (!channel || !platform) return;
  const t = await channelTranslator(services.store, series);
  const title = escapeMarkdown(series.title || `#${series.hashtag}`);
  await platform.scheduleEvent(channel, {
    name: t.t("jobs.event.name", { hashtag: series.hashtag, number: edition.number }),
    description: edition.topic
      ? t.t("jobs.event.description", { title, topic: escapeMarkdown(edition.topic) })
      : t.t("jobs.event.descriptionNoTopic", { title }),
    startsAt: edition.startsAt,
    endsAt: edition.endsAt,
  });
}
