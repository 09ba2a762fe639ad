/**
 * `/afterchat playbook` (moderators): the standard tasks between this edition and the next, with
 * owners taking turns and sensible due dates (src/domain/playbook.ts), created in one
 * transaction: all of them or none. Each has a stable playbook key, so a second run creates
 * nothing and says what was already there. Titles are stored in the series' language.
 */
import type { Edition } from "../../domain/edition.js";
import { type PlaybookStep, planPlaybook } from "../../domain/playbook.js";
import { rankContributions } from "../../domain/roster-groups.js";
import type { Series } from "../../domain/series.js";
import { headlineOf } from "../../domain/stats/index.js";
import type { Task } from "../../domain/task.js";
import type { Translator } from "../../i18n/index.js";
import { translator } from "../../i18n/index.js";
import type { Store } from "../../ports.js";
import { listOf } from "../../render/roster/list-format.js";
import { taskRenderContext } from "../../render/tasks/line.js";
import { playbookMessage } from "../../render/tasks/playbook.js";
import { channelTranslator } from "../channel-locale.js";
import { editionForDebrief } from "../context.js";
import { type CommandHandler, seriesHandler } from "../handler.js";
import { buildEditionReport } from "../report/edition-report.js";
import { editionContributions } from "./edition-contributors.js";
import { makeTask } from "./make-task.js";

/** How many top contributors the invitation step names. */
export const INVITE_TOP = 5;

export const runPlaybook: CommandHandler<"playbook"> = seriesHandler({
  access: "moderator",
  async run({ services, actor, series }, _command, responder) {
    const { store, clock } = services;
    const now = clock.now();
    const { edition } = await editionForDebrief(store, series, now);
    const plan = planPlaybook({
      now,
      timeZone: series.timeZone,
      nextStartsAt: await nextEditionStart(store, series, edition),
      team: await store.team.list(series.workspaceId, series.id),
      fallbackOwner: actor.userRef,
    });
    const t = await channelTranslator(store, series);
    const titles = await stepTitles(store, series, edition, t);

    const results = await store.transaction(async (tx) => {
      const out: Array<{ task: Task; created: boolean }> = [];
      for (const step of plan) {
        const title = titles[step.step];
        // A step with nothing to do for this edition (no one to invite, no question left) is left out.
        if (title === null) continue;
        const result = await makeTask(
          services,
          tx,
          {
            workspaceId: series.workspaceId,
            seriesId: series.id,
            editionId: edition.id,
            title,
            ownerRef: step.ownerRef,
            dueAt: step.dueAt,
            createdBy: actor.userRef,
            origin: "playbook",
            playbookKey: step.playbookKey,
          },
          { playbookKey: step.playbookKey, ownerRef: step.ownerRef, edition: edition.number },
        );
        out.push(result);
      }
      return out;
    });

    // Nothing new: only the moderator who asked hears it, in their language (no channel noise).
    const nothingNew = results.every((r) => !r.created);
    const reader = nothingNew ? translator(actor.locale, actor.workspace.platform) : t;
    await responder.reply(
      playbookMessage(
        results,
        { hashtag: series.hashtag, number: edition.number },
        taskRenderContext(reader, series, now),
      ),
      { ephemeral: nothingNew },
    );
  },
});

/** The start of the next edition already scheduled after this one, if any. */
async function nextEditionStart(store: Store, series: Series, edition: Edition): Promise<Date | null> {
  const later = (await store.editions.list(series.workspaceId, series.id))
    .filter((e) => e.id !== edition.id && e.startsAt >= edition.endsAt)
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return later[0]?.startsAt ?? null;
}

async function stepTitles(
  store: Store,
  series: Series,
  edition: Edition,
  t: Translator,
): Promise<Record<PlaybookStep, string | null>> {
  const number = edition.number;
  const hashtag = series.hashtag;
  const top = rankContributions(
    await editionContributions(store, series.workspaceId, edition.id, series.hosts),
    INVITE_TOP,
  );
  const unanswered = await unansweredLeft(store, series, edition);
  return {
    thank: t.t("playbook.steps.thank", { number }),
    shoutout: t.t("playbook.steps.shoutout", { number }),
    invite:
      top.length > 0
        ? t.t("playbook.steps.invite", {
            handles: listOf(
              top.map((c) => `@${c.handle}`),
              t.locale,
            ),
          })
        : // Imported and still nobody to name (the hosts only): nothing to ask for.
          edition.importedAt
          ? null
          : t.t("playbook.steps.inviteNoData"),
    promote: t.t("playbook.steps.promote"),
    recap: t.t("playbook.steps.recap", { number }),
    // Counted and none left: no step. Not counted yet (no import): the step without a number.
    unanswered:
      unanswered === 0 || (unanswered === null && edition.importedAt)
        ? null
        : unanswered === null
          ? t.t("playbook.steps.unansweredUnknown", { hashtag })
          : t.t("playbook.steps.unanswered", { count: unanswered, hashtag }),
    feedback: t.t("playbook.steps.feedback", { number }),
    announce: t.t("playbook.steps.announce"),
  };
}

/**
 * Unanswered questions left in the edition: its stored headline, else (imported but no `stats` run
 * yet) counted from its posts now, as its report would (and stored with it); null when not imported.
 * Without this, a playbook run right after an import took "no headline" for "none left".
 */
async function unansweredLeft(store: Store, series: Series, edition: Edition): Promise<number | null> {
  if (edition.headline) return edition.headline.unanswered;
  if (!edition.importedAt) return null;
  return headlineOf(await buildEditionReport(store, series, edition)).unanswered;
}
