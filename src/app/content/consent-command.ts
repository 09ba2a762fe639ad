/**
 * Consent to quote, from the chat: `content optout|optin @handle [network]`, `content optouts`,
 * `content approval on|off`, `content requests [n]` (marks the quotes the content would use
 * pending and drafts a reply to each author for the host to send) and `content approve
 * @handle|link`. Moderators change it; the team may read the list.
 */
import type { OptOut } from "../../domain/content/consent.js";
import { NETWORKS, type Network } from "../../domain/post.js";
import { normaliseHandle } from "../../domain/text.js";
import type { Responder } from "../../edge.js";
import { translator } from "../../i18n/index.js";
import { sentence } from "../../render/message.js";
import { channelTranslator } from "../channel-locale.js";
import type { ContentAction } from "../commands/command.js";
import { requireEdition } from "../context.js";
import type { InSeries } from "../handler.js";
import { editionPosts, loadEditionContent } from "./edition-content.js";
import { seriesConsent } from "./series-consent.js";

const HANDLE_RE = /^(?:(x|bluesky|mastodon):)?@?([\p{L}\p{N}_][\p{L}\p{N}_.@-]{0,99})$/u;

/** "@Ana" -> every network; "x:@ana" -> X only. */
export function parseHandle(value: string): { network: Network | null; handle: string } | null {
  const match = HANDLE_RE.exec(value.trim());
  if (!match) return null;
  const network = NETWORKS.find((n) => n === match[1]) ?? null;
  return { network, handle: normaliseHandle(match[2]!) };
}

type ConsentCommand = { action: ContentAction; edition: number | null; target: string | null };

export async function changeConsent(
  scope: InSeries,
  command: ConsentCommand,
  responder: Responder,
): Promise<void> {
  const { services, actor, series } = scope;
  const { store } = services;
  const t = translator(actor.locale, actor.workspace.platform);
  const ws = series.workspaceId;
  const say = (text: string) => responder.reply(sentence(text), { ephemeral: true });
  const hashtag = series.hashtag;
  switch (command.action) {
    case "optouts": {
      const list = await store.consent.optOuts(ws, series.id);
      const shown = list.map(
        (o) =>
          `@${o.handle}${o.network ? ` (${o.network})` : ""}${o.source === "reply" ? ` (${t.t("content.consent.fromReply")})` : ""}`,
      );
      await say(
        list.length
          ? t.t("content.consent.list", { hashtag, handles: shown.join(", ") })
          : t.t("content.consent.listEmpty", { hashtag }),
      );
      return;
    }
    case "approval": {
      if (command.target !== "on" && command.target !== "off")
        return void (await say(t.t("content.consent.badSwitch")));
      const on = command.target === "on";
      await store.series.update(ws, series.id, { settings: { ...series.settings, quoteApproval: on } });
      await store.audit.append({
        workspaceId: ws,
        actorRef: actor.userRef,
        action: on ? "content.approval.on" : "content.approval.off",
        subjectType: "series",
        subjectId: series.id,
        detail: {},
      });
      await say(t.t(on ? "content.consent.approvalOn" : "content.consent.approvalOff", { hashtag }));
      return;
    }
    case "optout":
    case "optin": {
      const parsed = command.target ? parseHandle(command.target) : null;
      if (!parsed) return void (await say(t.t("content.consent.badHandle", { value: command.target ?? "" })));
      const handle = parsed.handle;
      if (command.action === "optout") {
        const optOut: OptOut = { network: parsed.network, handle, source: "moderator" };
        const added = await store.consent.addOptOut(ws, series.id, optOut, actor.userRef);
        await say(
          t.t(added ? "content.consent.optedOut" : "content.consent.alreadyOut", { handle, hashtag }),
        );
      } else {
        const removed = await store.consent.removeOptOut(ws, series.id, handle, parsed.network);
        await say(t.t(removed ? "content.consent.optedIn" : "content.consent.notOut", { handle, hashtag }));
      }
      await store.audit.append({
        workspaceId: ws,
        actorRef: actor.userRef,
        action: `content.${command.action}`,
        subjectType: "series",
        subjectId: series.id,
        detail: { handle, network: parsed.network },
      });
      return;
    }
    case "approve": {
      const target = command.target ?? "";
      const now = services.clock.now();
      const byLink = /^https?:\/\//i.test(target) ? lastSegment(target) : null;
      let count = 0;
      if (byLink) {
        const known = (await store.consent.approvals(ws, series.id)).find(
          (a) => lastSegment(a.externalId) === byLink,
        );
        if (known) count = await store.consent.approve(ws, series.id, known, now);
      } else {
        const parsed = parseHandle(target);
        if (!parsed) return void (await say(t.t("content.consent.badHandle", { value: target })));
        count = await store.consent.approve(ws, series.id, { handle: parsed.handle }, now);
      }
      await say(
        count
          ? t.t("content.consent.approved", { count })
          : t.t("content.consent.approvedNone", { what: target }),
      );
      return;
    }
    case "requests":
      await prepareRequests(scope, command, responder);
      return;
    default:
      return;
  }
}

/** The last path segment of a post link or id (X status id, Bluesky record key, Mastodon id). */
function lastSegment(value: string): string {
  return (
    value
      .replace(/[?#].*$/u, "")
      .replace(/\/+$/u, "")
      .split("/")
      .pop() ?? ""
  );
}

/** Marks the quotes the content would use (best answers, top posts) pending; drafts a reply to each author. */
async function prepareRequests(
  { services, actor, series }: InSeries,
  command: ConsentCommand,
  responder: Responder,
): Promise<void> {
  const { store } = services;
  const edition = await requireEdition(store, series, command.edition, services.clock.now());
  const posts = await editionPosts(store, edition);
  const policy = await seriesConsent(store, series, posts);
  // Which quotes the content would use if everyone agreed: opt-outs still apply.
  const { content } = await loadEditionContent(store, series, edition, {
    posts,
    consent: { ...policy, approvalRequired: false },
  });
  const wanted = [...content.chapters.flatMap((c) => c.best), ...content.top];
  const approved = new Set(policy.approvals.map((a) => `${a.network}:${a.externalId}`));
  const asks = [
    ...new Map(
      wanted
        .filter((q) => !approved.has(`${q.network}:${q.externalId}`))
        .map((q) => [`${q.network}:${q.externalId}`, q]),
    ).values(),
  ];
  await store.consent.requestQuotes(
    series.workspaceId,
    series.id,
    asks.map((q) => ({ network: q.network, externalId: q.externalId, authorHandle: q.handle.toLowerCase() })),
    services.clock.now(),
  );
  const mine = translator(actor.locale, actor.workspace.platform);
  const channel = await channelTranslator(store, series);
  const pending = (await store.consent.approvals(series.workspaceId, series.id)).filter(
    (a) => a.status === "pending",
  );
  const lines = asks.map((q) =>
    channel.t("content.request.draft", { handle: q.handle, hashtag: series.hashtag, url: q.url ?? "" }),
  );
  const text = [
    mine.t("content.request.title", { hashtag: series.hashtag, number: edition.number }),
    ...(lines.length ? lines.map((l) => `• ${l}`) : [mine.t("content.request.none")]),
    mine.t("content.request.pending", { count: pending.length }),
  ].join("\n");
  await responder.reply(sentence(text), { ephemeral: true });
}
