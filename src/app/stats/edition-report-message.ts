/**
 * Gets an edition's posts (reusing what was imported, pulling otherwise), computes its report and
 * renders the chat message with its charts. Used by `/afterchat stats` and by the scheduler.
 */
import type { Edition } from "../../domain/edition.js";
import type { Series } from "../../domain/series.js";
import { platformOf } from "../../domain/workspace.js";
import { type Locale, translator } from "../../i18n/index.js";
import { reportCharts } from "../../render/charts/on-demand.js";
import { networkName } from "../../render/import-summary.js";
import { type Message, sentence } from "../../render/message.js";
import { reportMessage } from "../../render/report/message.js";
import { seriesLocaleOf } from "../channel-locale.js";
import { editionWindow } from "../import/window.js";
import { buildEditionReport } from "../report/edition-report.js";
import type { Services } from "../services.js";
import { type PullOutcome, pullEdition } from "./pull.js";

export interface EditionReportOutcome {
  message: Message;
  pulls: PullOutcome[];
  /** Posts the report counted. */
  posts: number;
}

export async function editionReportMessage(
  services: Services,
  series: Series,
  edition: Edition,
  locale: Locale,
): Promise<EditionReportOutcome> {
  const channel = series.debriefChannel ?? series.afterPartyChannel;
  const t = translator(locale, channel ? platformOf(channel) : null);
  // Pull when nothing was imported yet, or the last import happened before the window closed.
  const window = editionWindow(series, edition);
  const stale = !edition.importedAt || edition.importedAt < window.until;
  const pulls = stale ? await pullEdition(services, series, edition) : [];
  const count = await services.store.posts.countByEdition(series.workspaceId, edition.id);
  const notes = pulls.flatMap((pull) => pullNote(pull, t));
  if (count === 0) {
    const text = [t.t("stats.noPosts", { hashtag: series.hashtag, number: edition.number }), ...notes].join(
      "\n",
    );
    return { message: sentence(text), pulls, posts: 0 };
  }
  const report = await buildEditionReport(services.store, series, edition);
  const options = { locale, timeZone: series.timeZone };
  const charts = await reportCharts(report, options).catch((error: unknown) => {
    services.log.warn({ err: error }, "charts could not be rendered; posting the report without them");
    return [];
  });
  const message = reportMessage(report, {
    ...options,
    seriesTitle: series.title || `#${series.hashtag}`,
    editionNumber: edition.number,
    charts,
  });
  if (notes.length) message.blocks.push({ type: "context", text: notes.join("\n") });
  return { message, pulls, posts: report.posts.total };
}

function pullNote(pull: PullOutcome, t: ReturnType<typeof translator>): string[] {
  const network = networkName(pull.network);
  if (pull.status === "not_configured") return [t.t("stats.pullSkipped", { network })];
  if (pull.status === "failed")
    return [
      t.t("stats.pullFailed", {
        network,
        reason: t.t(`errors.${pull.error.code}`, { ref: "pull", network, ...pull.error.params }),
      }),
    ];
  return [
    t.t("stats.pulled", {
      count: pull.summary.imported,
      network,
      imported: pull.summary.imported,
      updated: pull.summary.updated,
    }),
  ];
}

/** For the scheduler: posts the report in the series' debrief channel. */
export async function postEditionReport(services: Services, series: Series, edition: Edition): Promise<void> {
  if (!series.debriefChannel) return;
  const platform = services.platforms.for(series.debriefChannel);
  if (!platform) return;
  const locale = await seriesLocaleOf(services.store, series);
  const { message } = await editionReportMessage(services, series, edition, locale);
  await platform.post(series.debriefChannel, message);
}
