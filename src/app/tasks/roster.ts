/**
 * `/afterchat roster` (team members): the community's regulars, newcomers, lapsed and top
 * contributors (definitions in src/domain/roster-groups.ts), with thank-you and shout-out drafts
 * in the series' language for each network, every draft within that network's length. Answered
 * to the actor alone: it is working material, not an announcement.
 */
import type { Network } from "../../domain/post.js";
import { groupRoster, type RosterGroups } from "../../domain/roster-groups.js";
import type { Series } from "../../domain/series.js";
import { type Translator, translator } from "../../i18n/index.js";
import { POST_LIMITS, packDrafts } from "../../render/roster/drafts.js";
import { type DraftSet, rosterMessage } from "../../render/roster/groups.js";
import { listOf } from "../../render/roster/list-format.js";
import { channelTranslator } from "../channel-locale.js";
import { type CommandHandler, seriesHandler } from "../handler.js";
import { editionContributions } from "./edition-contributors.js";

export const showRoster: CommandHandler<"roster"> = seriesHandler({
  access: "member",
  async run({ services, actor, series }, _command, responder) {
    const { store } = services;
    const entries = await store.participants.roster(series.workspaceId, series.id);
    const latest = Math.max(0, ...entries.flatMap((e) => e.editions));
    const edition = latest > 0 ? await store.editions.byNumber(series.workspaceId, series.id, latest) : null;
    const contributions = edition
      ? await editionContributions(store, series.workspaceId, edition.id, series.hosts)
      : [];
    const groups = groupRoster(entries, {
      hosts: series.hosts,
      ...(contributions.length > 0 ? { latestContributions: contributions } : {}),
    });
    const drafts = rosterDrafts(groups, series, await channelTranslator(store, series));
    await responder.reply(
      rosterMessage(
        groups,
        { hashtag: series.hashtag, drafts },
        translator(actor.locale, actor.workspace.platform),
      ),
      {
        ephemeral: true,
      },
    );
  },
});

/**
 * Per network of the series: a thank-you naming the top contributors then the newcomers, and a
 * shout-out to the top contributors, split to fit the network's length.
 */
export function rosterDrafts(
  groups: RosterGroups,
  series: Pick<Series, "hashtag" | "networks">,
  t: Translator,
): DraftSet[] {
  const hashtag = series.hashtag;
  const sets: DraftSet[] = [];
  for (const network of series.networks) {
    const top = groups.top.filter((c) => c.network === network).map((c) => `@${c.handle}`);
    const newcomers = groups.newcomers.flatMap((e) =>
      e.handles.filter((h) => h.network === network).map((h) => `@${h.handle}`),
    );
    const thanked = [...new Set([...top, ...newcomers])];
    if (groups.latest === null) continue;
    const limit = POST_LIMITS[network as Network];
    const thanks = packDrafts(
      thanked,
      (names) => t.t("roster.drafts.thanks", { names: listOf(names, t.locale), hashtag }),
      limit,
      t.t("roster.drafts.thanksAll", { hashtag }),
    ).drafts;
    const shoutout = packDrafts(
      top,
      (names) => t.t("roster.drafts.shoutout", { names: listOf(names, t.locale), hashtag }),
      limit,
    ).drafts;
    sets.push({ network, drafts: [...thanks, ...shoutout] });
  }
  return sets;
}
