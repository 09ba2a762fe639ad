/**
 * `/afterchat link` connects a chat's Slack workspace and Discord server. A moderator gets a
 * one-time code naming the platform it is for ("DISCORD-" or "SLACK-", then 8 characters from an
 * alphabet without look-alikes: 40 bits, valid 15 minutes); only its SHA-256 is stored, so the
 * database cannot hand out a live code. An admin of a workspace of that platform redeems it with
 * `/afterchat link CODE` in the channel to use: a Discord server becomes the after-party, a Slack
 * workspace receives the debrief. On the wrong platform the code is refused with a sentence and
 * stays usable. Both workspaces' audit logs record the link.
 *
 * A link grants a link, not power: the linked workspace gets the role it was linked for and
 * nothing more (access.ts), and its admins are not the series' moderators.
 */
import { createHash, randomInt } from "node:crypto";
import type { Series } from "../../domain/series.js";
import type { Actor, Responder } from "../../edge.js";
import { AfterchatError } from "../../errors.js";
import { translator } from "../../i18n/index.js";
import { escapeMarkdown } from "../../render/markup.js";
import { sentence } from "../../render/message.js";
import { type CommandHandler, plainHandler } from "../handler.js";
import type { Services } from "../services.js";

type LinkRole = "after_party" | "debrief";

export const LINK_CODE_MINUTES = 15;
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** The platforms a code can be for, as the code spells them. */
const PREFIXES = { discord: "DISCORD", slack: "SLACK" } as const;
type LinkPlatform = keyof typeof PREFIXES;
const PLATFORM_NAMES: Record<LinkPlatform, string> = { discord: "Discord", slack: "Slack" };

/** A new code for a workspace of `platform` to redeem: "DISCORD-7K2QM9XA". */
export function newLinkCode(platform: LinkPlatform): string {
  const random = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${PREFIXES[platform]}-${random}`;
}

/** A code as typed ("discord-7k2q m9xa"): letters and digits only, upper case. */
function normalise(code: string): string {
  return code.replace(/[^A-Za-z0-9]/gu, "").toUpperCase();
}

/** The platform a code is for, from its prefix; null when it is not a code afterchat made. */
export function linkCodePlatform(code: string): LinkPlatform | null {
  const typed = normalise(code);
  for (const platform of Object.keys(PREFIXES) as LinkPlatform[])
    if (typed.startsWith(PREFIXES[platform]) && typed.length === PREFIXES[platform].length + 8)
      return platform;
  return null;
}

/** A code as it was handed out ("DISCORD-7K2QM9XA"), however it was typed. */
function shown(code: string, platform: LinkPlatform): string {
  return `${PREFIXES[platform]}-${normalise(code).slice(PREFIXES[platform].length)}`;
}

export function linkCodeHash(code: string): string {
  return createHash("sha256").update(normalise(code)).digest("hex");
}

/** What the redeeming workspace becomes: Discord hosts after-parties, Slack receives debriefs. */
export function roleFor(platform: Actor["workspace"]["platform"]): LinkRole {
  return platform === "discord" ? "after_party" : "debrief";
}

/** The other platform: where a code made here is redeemed. */
function otherPlatform(platform: Actor["workspace"]["platform"]): LinkPlatform {
  return platform === "discord" ? "slack" : "discord";
}

/** Making a code: the series' moderators. Redeeming one: an admin of the redeeming workspace. */
export const linkCommand: CommandHandler<"link"> = plainHandler({
  access: (command) => (command.code ? "admin" : "moderator"),
  series: (command) => (command.code ? "none" : "channel"),
  denied: "setup.link.adminOnly",
  async run({ services, actor, series }, command, responder) {
    if (command.code) await redeem(services, actor, command.code, responder);
    else if (series) await makeCode(services, actor, series, responder);
  },
});

async function makeCode(services: Services, actor: Actor, series: Series, responder: Responder) {
  const { store, clock } = services;
  const { t } = translator(actor.locale, actor.workspace.platform);
  const target = otherPlatform(actor.workspace.platform);
  const code = newLinkCode(target);
  const role = roleFor(target);
  await store.transaction(async (tx) => {
    await tx.links.createCode({
      seriesId: series.id,
      role,
      codeHash: linkCodeHash(code),
      expiresAt: new Date(clock.now().getTime() + LINK_CODE_MINUTES * 60_000),
      createdBy: actor.userRef,
    });
    await tx.audit.append({
      workspaceId: series.workspaceId,
      actorRef: actor.userRef,
      action: "link.code",
      subjectType: "series",
      subjectId: series.id,
      detail: { role, minutes: LINK_CODE_MINUTES },
    });
  });
  const key = role === "after_party" ? "setup.link.codeToDiscord" : "setup.link.codeToSlack";
  const text = t(key, { code, minutes: LINK_CODE_MINUTES, hashtag: escapeMarkdown(series.hashtag) });
  await responder.reply(sentence(text), { ephemeral: true });
}

async function redeem(services: Services, actor: Actor, code: string, responder: Responder) {
  const { store, clock } = services;
  const { t } = translator(actor.locale, actor.workspace.platform);
  const meant = linkCodePlatform(code);
  if (!meant) throw new AfterchatError("link_code_invalid");
  if (meant !== actor.workspace.platform) {
    const platform = PLATFORM_NAMES[meant];
    await responder.reply(sentence(t("setup.link.otherPlatform", { platform, code: shown(code, meant) })), {
      ephemeral: true,
    });
    return;
  }
  const linked = await store.links.redeem(linkCodeHash(code), actor.workspace.id, clock.now());
  const series = linked ? await store.series.getAcrossWorkspaces(linked.seriesId) : null;
  if (!series) throw new AfterchatError("link_code_invalid");
  if (series.workspaceId === actor.workspace.id) {
    await responder.reply(sentence(t("setup.link.sameWorkspace")), { ephemeral: true });
    return;
  }
  const role = roleFor(actor.workspace.platform);
  await store.transaction(async (tx) => {
    await tx.series.update(
      series.workspaceId,
      series.id,
      role === "after_party"
        ? { afterPartyChannel: actor.channel }
        : {
            debriefChannel: actor.channel,
            afterPartyChannel: series.afterPartyChannel ?? series.debriefChannel,
          },
    );
    for (const workspaceId of [series.workspaceId, actor.workspace.id])
      await tx.audit.append({
        workspaceId,
        actorRef: actor.userRef,
        action: "link.redeem",
        subjectType: "series",
        subjectId: series.id,
        detail: { role, linkedWorkspace: actor.workspace.id, channel: actor.channel },
      });
  });
  const key = role === "after_party" ? "setup.link.linkedAfterParty" : "setup.link.linkedDebrief";
  await responder.reply(sentence(t(key, { hashtag: escapeMarkdown(series.hashtag) })));
}
