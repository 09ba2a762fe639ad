/**
 * An after-party world for use-case tests: the in-memory store, a moving clock, recording
 * platforms (Slack and Discord), and one series whose after-party runs in a Discord channel.
 * The chat: Tuesday 3 March 2026, 18:00-19:00 in Paris (17:00-18:00 UTC).
 */
import type { Edition } from "../../../src/domain/edition.js";
import type { Post } from "../../../src/domain/post.js";
import type { Series, SeriesSettings } from "../../../src/domain/series.js";
import type { Workspace } from "../../../src/domain/workspace.js";
import type { Platforms } from "../../../src/edge.js";
import type { Locale } from "../../../src/i18n/index.js";
import { testWorkspace } from "../../support/actors.js";
import { RecordingPlatforms, testServices } from "../../support/recording-responder.js";

export const GUILD = "910000000000000001";
export const PARTY = `discord:${GUILD}:910000000000000011`;
export const DEBRIEF_DISCORD = `discord:${GUILD}:910000000000000010`;
export const DEBRIEF_SLACK = "slack:T1:C1";
export const STARTS = new Date("2026-03-03T17:00:00Z");
export const ENDS = new Date("2026-03-03T18:00:00Z");

/** Recording platforms that, like Discord, can link to a message (Permalinks). */
export class LinkingPlatforms extends RecordingPlatforms implements Platforms {
  override for(ref: string) {
    const platform = super.for(ref);
    if (platform?.platform !== "discord") return platform;
    return {
      ...platform,
      permalink: (channel: string, messageRef?: string) => `https://link.test/${channel}/${messageRef ?? ""}`,
    };
  }
}

export interface WorldOptions {
  debrief?: "slack" | "discord";
  cron?: string | null;
  /** Default Europe/Paris. */
  timeZone?: string;
  settings?: Partial<SeriesSettings>;
  locale?: Locale | null;
  topic?: string | null;
  now?: Date;
}

export async function afterPartyWorld(options: WorldOptions = {}) {
  const base = testServices({ now: options.now ?? ENDS });
  const platforms = new LinkingPlatforms();
  const services = { ...base.services, platforms };
  const discord = await testWorkspace(base.store, { platform: "discord", externalId: GUILD });
  const slack =
    options.debrief === "slack"
      ? await testWorkspace(base.store, { platform: "slack", externalId: "T1" })
      : null;
  const owner: Workspace = slack ?? discord;
  const series = await base.store.series.create({
    workspaceId: owner.id,
    hashtag: "cafechat",
    title: "Café chat",
    hosts: ["ana"],
    networks: ["x"],
    mastodonInstance: null,
    cron: options.cron === undefined ? "0 18 * * 2" : options.cron,
    timeZone: options.timeZone ?? "Europe/Paris",
    durationMinutes: 60,
    debriefChannel: slack ? DEBRIEF_SLACK : DEBRIEF_DISCORD,
    afterPartyChannel: PARTY,
    teamRoleIds: [],
    moderatorRoleIds: [],
    locale: options.locale ?? null,
    settings: options.settings ?? {},
  });
  const edition = await base.store.editions.create({
    workspaceId: owner.id,
    seriesId: series.id,
    number: 12,
    startsAt: STARTS,
    endsAt: ENDS,
    status: "debriefing",
    topic: options.topic === undefined ? "Homework: yes or no?" : options.topic,
  });
  if (slack) await linkDiscord(base.store, series, discord);
  return { ...base, services, platforms, discord, slack, owner, series, edition };
}

/** Links the Discord guild to a Slack series, as `/afterchat link` does. */
async function linkDiscord(
  store: ReturnType<typeof testServices>["store"],
  series: Series,
  discord: Workspace,
) {
  await store.links.createCode({
    seriesId: series.id,
    role: "after_party",
    codeHash: "hash",
    expiresAt: new Date(ENDS.getTime() + 3_600_000),
    createdBy: "slack:T1:U1",
  });
  await store.links.redeem("hash", discord.id, ENDS);
}

export type AfterPartyWorld = Awaited<ReturnType<typeof afterPartyWorld>>;

export async function reload(w: AfterPartyWorld): Promise<Edition> {
  const edition = await w.store.editions.get(w.edition.workspaceId, w.edition.id);
  if (!edition) throw new Error("edition gone");
  return edition;
}

let postCounter = 0;
export function post(author: string, likes: number, overrides: Partial<Post> = {}): Post {
  postCounter += 1;
  const id = String(1790000000000000000n + BigInt(postCounter));
  return {
    network: "x",
    externalId: id,
    authorHandle: author,
    authorName: null,
    authorFollowers: null,
    text: `A${postCounter} from ${author} #cafechat`,
    createdAt: new Date(STARTS.getTime() + postCounter * 60_000),
    kind: "original",
    replyToId: null,
    replyToHandle: null,
    referencedId: null,
    conversationId: null,
    likes,
    reposts: 0,
    replies: 0,
    quotes: 0,
    impressions: null,
    url: `https://x.com/${author}/status/${id}`,
    hashtags: ["cafechat"],
    mentions: [],
    ...overrides,
  };
}
