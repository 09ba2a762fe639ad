/**
 * At the end of the chat: the edition moves to debriefing, the team is asked for its notes right
 * away (while memories are fresh), and the after-party opens with the host's goodbye.
 */

import { channelTranslator } from "../../app/channel-locale.js";
import type { Services } from "../../app/services.js";
import type { Edition } from "../../domain/edition.js";
import type { Job } from "../../domain/job.js";
import type { Series } from "../../domain/series.js";
import { message } from "../../render/message.js";
import { newNotesButton } from "../../render/notes/messages.js";
import { once } from "../once.js";
import type { LifecycleSteps } from "../steps.js";
import { advanceStatus, loadEditionJob } from "./edition-job.js";
import { postToDebrief } from "./post.js";

export async function endEdition(services: Services, job: Job, steps: LifecycleSteps): Promise<void> {
  const { store } = services;
  const loaded = await loadEditionJob(store, services, job);
  if (!loaded) return;
  const { series } = loaded;
  const edition = await advanceStatus(store, loaded.edition, "debriefing");
  const t = await channelTranslator(store, series);
  const ws = series.workspaceId;
  if (series.settings.scheduledEvent) await completeEvent(services, job, series, edition, steps);
  if (series.settings.askNotesAtEnd && series.debriefChannel)
    await once(store, job, ws, "notes-ask", async () => {
      const ask = t.t("jobs.notes.ask", { hashtag: series.hashtag, number: edition.number });
      // The button opens the notes form; the sentence under it says how without it (a client
      // that drops buttons, or someone who prefers typing).
      await postToDebrief(
        services,
        series,
        message(ask, [
          { type: "section", text: ask },
          { type: "actions", elements: [newNotesButton(t.t, series.id)] },
          { type: "context", text: t.t("jobs.notes.how") },
        ]),
      );
    });
  if (!afterPartyWanted(series)) return;
  // The after-party's opening message carries the host's goodbye (settings.goodbye).
  await once(store, job, ws, "after-party", () => steps.openAfterParty(services, series, edition));
}

/**
 * First, before the after-party moves a repeating event on to the next edition. The event is a
 * courtesy: a platform that refuses it is logged (and tried again if the job is), the notes and
 * the after-party still go out.
 */
async function completeEvent(
  services: Services,
  job: Job,
  series: Series,
  edition: Edition,
  steps: LifecycleSteps,
): Promise<void> {
  try {
    await once(services.store, job, series.workspaceId, "event-end", () =>
      steps.endEvent(services, series, edition),
    );
  } catch (error) {
    services.log.warn({ err: error, job: job.key }, "scheduled event not completed");
  }
}

export function afterPartyWanted(series: Series): boolean {
  return series.settings.afterParty && series.afterPartyChannel !== null;
}
