/** Content of the synthetic chat (or any files) through the same steps as `afterchat content`. */
import { type ContentKind, contentFiles } from "../../src/app/content/artefacts.js";
import { postsFromFiles } from "../../src/app/content/file-posts.js";
import { type ConsentPolicy, mergeOptOuts, optOutsFromReplies } from "../../src/domain/content/consent.js";
import {
  type ContentInput,
  type EditionContent,
  editionContent,
} from "../../src/domain/content/edition-content.js";
import { type Locale, translator } from "../../src/i18n/index.js";
import { writeSyntheticChat } from "./synthetic-chat.js";

export async function syntheticContent(
  over: Partial<ContentInput> & { consent?: ConsentPolicy } = {},
): Promise<EditionContent> {
  const read = await postsFromFiles([writeSyntheticChat()], {
    filter: { hashtag: "chatdemo" },
    context: { hashtag: "chatdemo", hosts: ["hostaccount"] },
  });
  const optOuts = mergeOptOuts(
    optOutsFromReplies([...read.posts, ...read.optOutCandidates], ["hostaccount"]),
  );
  return editionContent({
    posts: read.posts,
    report: read.report,
    hashtag: "chatdemo",
    title: "Why we teach",
    number: 7,
    topic: "Teaching",
    hosts: ["hostaccount"],
    consent: { optOuts, approvalRequired: false, approvals: [] },
    insights: ["Newcomers need the Q/A format explained first"],
    next: { startsAt: new Date("2026-03-10T19:00:00Z"), topic: "Assessment", hashtag: "chatdemo" },
    ...over,
  });
}

/** Every text file of these kinds, by name. */
export async function textFiles(
  content: EditionContent,
  locale: Locale,
  kinds: readonly ContentKind[] = ["recap", "transcript", "script"],
  embeds: "official" | "plain" = "official",
): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const t = translator(locale);
  for (const kind of kinds)
    for (const file of await contentFiles(kind, content, { t, timeZone: "Europe/Paris", embeds }))
      out[file.name] = new TextDecoder().decode(file.bytes);
  return out;
}
