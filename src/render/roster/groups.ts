/**
 * The `roster` answer: who the regulars, newcomers, lapsed and top contributors are (each group
 * capped in display, with its count), then ready-to-post drafts in the series' language.
 */
import type { Network } from "../../domain/post.js";
import type { RosterEntry } from "../../domain/roster.js";
import type { EditionContribution, RosterGroups } from "../../domain/roster-groups.js";
import type { Translator } from "../../i18n/index.js";
import { escapeMarkdown } from "../markup.js";
import type { Block, Message } from "../message.js";

/** People shown per group; the rest is counted. */
export const GROUP_SHOWN = 15;

const NETWORK_NAMES: Record<Network, string> = { x: "X", bluesky: "Bluesky", mastodon: "Mastodon" };

export function handleOf(network: Network, handle: string): string {
  return network === "x" ? `@${handle}` : `@${handle} (${NETWORK_NAMES[network]})`;
}

function entryName(entry: RosterEntry): string {
  const first = entry.handles[0];
  return first ? handleOf(first.network, first.handle) : (entry.displayName ?? entry.participantId);
}

function names(entries: readonly RosterEntry[], t: Translator): string {
  const shown = entries.slice(0, GROUP_SHOWN).map((e) => escapeMarkdown(entryName(e)));
  const rest = entries.length - shown.length;
  return rest > 0 ? `${shown.join(", ")} ${t.t("roster.more", { count: rest })}` : shown.join(", ");
}

function topLines(top: readonly EditionContribution[], t: Translator): string {
  return top
    .map(
      (c) =>
        `- ${t.t("roster.topLine", {
          handle: escapeMarkdown(handleOf(c.network, c.handle)),
          count: c.posts,
          engagement: c.engagement,
        })}`,
    )
    .join("\n");
}

/** Drafts to post, per network, already written in the series' language. */
export interface DraftSet {
  network: Network;
  drafts: string[];
}

export function rosterMessage(
  groups: RosterGroups,
  options: { hashtag: string; drafts: readonly DraftSet[] },
  t: Translator,
): Message {
  const header = t.t("roster.header", { hashtag: options.hashtag });
  if (groups.latest === null) {
    const text = t.t("roster.empty");
    return {
      text,
      blocks: [
        { type: "header", text: header },
        { type: "section", text },
      ],
    };
  }
  const blocks: Block[] = [
    { type: "header", text: header },
    { type: "context", text: t.t("roster.basis", { count: groups.recent.length, latest: groups.latest }) },
  ];
  const group = (title: string, entries: readonly RosterEntry[]) => {
    if (entries.length > 0) blocks.push({ type: "section", text: `**${title}**\n${names(entries, t)}` });
  };
  if (groups.top.length > 0)
    blocks.push({
      type: "section",
      text: `**${t.t("roster.groups.top", { number: groups.latest })}**\n${topLines(groups.top, t)}`,
    });
  group(t.t("roster.groups.regulars", { count: groups.regulars.length }), groups.regulars);
  group(
    t.t("roster.groups.newcomers", { count: groups.newcomers.length, number: groups.latest }),
    groups.newcomers,
  );
  group(t.t("roster.groups.lapsed", { count: groups.lapsed.length }), groups.lapsed);
  for (const set of options.drafts) {
    if (set.drafts.length === 0) continue;
    blocks.push({ type: "divider" });
    blocks.push({
      type: "header",
      text: t.t("roster.drafts.header", { network: NETWORK_NAMES[set.network] }),
    });
    for (const draft of set.drafts) blocks.push({ type: "copy", text: draft });
  }
  return { text: header, blocks };
}
