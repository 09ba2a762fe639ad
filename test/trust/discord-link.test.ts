/**
 * Issue 10, point 1, from Discord: real discord.js against the Discord fake. A Slack series is
 * linked to the Café chat server; the server's admin (Manage Server) then tries to run the series
 * from the linked channel. A link grants a link, not power: each attempt is refused, nothing
 * changes, and each access is in the series' audit log.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Series } from "../../src/domain/series.js";
import { translator } from "../../src/i18n/index.js";
import {
  ADA,
  answerTexts,
  type DiscordWorld,
  discordWorld,
  G,
  MANAGE_GUILD,
  PARTY,
} from "../adapters/discord/support/discord-world.js";
import { makeActor, testWorkspace } from "../support/actors.js";
import { RecordingResponder } from "../support/recording-responder.js";

let w: DiscordWorld;
let series: Series;

beforeAll(async () => {
  w = await discordWorld();
  const slack = await testWorkspace(w.store, { platform: "slack", externalId: "T1" });
  series = await w.store.series.create({
    workspaceId: slack.id,
    hashtag: "edchat",
    title: "Education chat",
    hosts: [],
    networks: ["x"],
    mastodonInstance: null,
    cron: null,
    timeZone: "Europe/Paris",
    durationMinutes: 60,
    debriefChannel: "slack:T1:C1",
    afterPartyChannel: null,
    teamRoleIds: [],
    moderatorRoleIds: [],
    locale: null,
  });
  const moderator = makeActor(slack, { user: "U1", channel: "C1" });
  await w.store.team.set(slack.id, series.id, moderator.userRef, "moderator");
  const asked = new RecordingResponder();
  await w.dispatcher.command(moderator, { name: "link", code: null }, asked);
  const code = /\b((?:[A-Z]+-)?[A-HJ-NP-Z2-9]{8})\b/u.exec(asked.lastReply().message.text)?.[1];
  const sent = w.fake.sendChatInput({
    subcommand: "link",
    options: { code: code ?? "none" },
    userId: ADA,
    channelId: PARTY,
    permissions: MANAGE_GUILD,
  });
  await w.dispatcher.handled(String(sent.id));
});

afterAll(async () => {
  await w?.close();
});

async function asAda(subcommand: string, options: Record<string, string> = {}) {
  const sent = w.fake.sendChatInput({
    subcommand,
    options,
    userId: ADA,
    channelId: PARTY,
    permissions: MANAGE_GUILD,
  });
  await w.dispatcher.handled(String(sent.id));
  return answerTexts(w, String(sent.id)).join("\n");
}

describe("a Discord server linked to a Slack series, from Discord", () => {
  it("GIVEN the code redeemed by the server's admin THEN the channel is the series' after-party", async () => {
    const linked = await w.store.series.getAcrossWorkspaces(series.id);
    expect(linked?.afterPartyChannel).toBe(`discord:${G}:${PARTY}`);
  });

  it("GIVEN the link WHEN the server's admin runs the team's commands there THEN each is refused and nothing changes", async () => {
    // Ada acts from Discord: the refusal names the commands in Discord's words.
    const discord = translator("en", "discord");
    const refusals = [
      discord.t("errors.not_team_member", { hashtag: "edchat" }),
      discord.t("errors.not_moderator", { hashtag: "edchat" }),
    ];
    for (const [sub, options] of [
      ["notes", {}],
      ["export", { what: "notes" }],
      ["language", { language: "fr" }],
      ["edition", { action: "topic", topic: "Hijacked" }],
      ["poll", {}],
      ["playbook", {}],
    ] as const) {
      const shown = await asAda(sub, options);
      expect(
        refusals.some((r) => shown.includes(r)),
        `${sub}: ${shown}`,
      ).toBe(true);
    }
    const after = await w.store.series.getAcrossWorkspaces(series.id);
    expect(after?.locale).toBeNull();
    expect(w.store.tables().polls).toEqual([]);
    expect(w.store.tables().editions).toEqual([]);
  });

  it("THEN every one of those accesses is in the Slack series' audit log, refused", async () => {
    const accesses = (await w.store.audit.list(series.workspaceId)).filter((a) => a.action === "link.access");
    expect(accesses.length).toBeGreaterThanOrEqual(6);
    expect(accesses.every((a) => a.actorRef === `discord:${G}:${ADA}` && a.detail.allowed === false)).toBe(
      true,
    );
  });
});
