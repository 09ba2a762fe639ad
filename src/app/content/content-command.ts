/**
 * `/afterchat content recap|transcript|script|cards|story|recycle [n] [plain]` (the team): the
 * edition's content as files posted in the channel, in the series' language. Only posts the
 * series' consent allows are in them (src/domain/content/consent.ts).
 */

import type { Responder } from "../../edge.js";
import { translator } from "../../i18n/index.js";
import { recycleMarkdown } from "../../render/content/recycle.js";
import { message, sentence } from "../../render/message.js";
import { channelTranslator } from "../channel-locale.js";
import type { ContentAction } from "../commands/command.js";
import { requireEdition } from "../context.js";
import type { InSeries } from "../handler.js";
import { type ContentKind, type ContentVisuals, contentFiles } from "./artefacts.js";
import { loadEditionContent } from "./edition-content.js";
import { recycleList } from "./recycle-list.js";

export async function makeContent(
  { services, actor, series }: InSeries,
  command: { action: ContentAction; edition: number | null; plain: boolean },
  responder: Responder,
  visuals: () => Promise<ContentVisuals>,
): Promise<void> {
  const kind = command.action as ContentKind;
  const { store } = services;
  const edition = await requireEdition(store, series, command.edition, services.clock.now());
  const mine = translator(actor.locale, actor.workspace.platform);
  const t = await channelTranslator(store, series);
  const { content, posts } = await loadEditionContent(store, series, edition);
  if (posts.length === 0) {
    await responder.reply(
      sentence(mine.t("content.reply.empty", { hashtag: series.hashtag, number: edition.number })),
      { ephemeral: true },
    );
    return;
  }
  await responder.defer({ ephemeral: false });
  const recycle =
    kind === "recycle"
      ? recycleMarkdown(await recycleList(store, series, edition, t), { t, hashtag: series.hashtag })
      : undefined;
  const files = await contentFiles(kind, content, {
    t,
    timeZone: series.timeZone,
    embeds: command.plain ? "plain" : "official",
    colours: series.settings.colours ?? null,
    ...(kind === "cards" || kind === "story" ? { visuals: await visuals() } : {}),
    ...(recycle !== undefined ? { recycle } : {}),
  });
  const text = t.t("content.reply.wrote", {
    what: t.t(`content.reply.what.${kind}`),
    hashtag: series.hashtag,
    number: edition.number,
  });
  await responder.reply(message(text, [{ type: "section", text }], files), { ephemeral: false });
}
