/**
 * `afterchat content <kind|all> <file-or-dir>... --hashtag TAG [--out DIR]`: the edition's content
 * straight from archives, no database. Opt-outs: every --opt-out handle, and whoever replied "no
 * quote" / "pas de citation" to a host in the files. Without --out, the Markdown of one text kind
 * goes to the standard output.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import {
  CONTENT_KINDS,
  type ContentKind,
  type ContentVisuals,
  contentFiles,
  isContentKind,
} from "../app/content/artefacts.js";
import { postsFromFiles } from "../app/content/file-posts.js";
import { mergeOptOuts, type OptOut, optOutsFromReplies } from "../domain/content/consent.js";
import { editionContent } from "../domain/content/edition-content.js";
import { normaliseHandle } from "../domain/text.js";
import type { Translator } from "../i18n/index.js";
import { pickRecycled, recycleItems, recycleMarkdown } from "../render/content/recycle.js";
import type { CliArgs } from "./args.js";
import type { CliIo } from "./report-command.js";

const VISUAL: readonly ContentKind[] = ["cards", "story"];

export async function contentCommand(
  args: CliArgs,
  t: Translator,
  io: CliIo,
  loadVisuals: () => Promise<ContentVisuals>,
): Promise<number> {
  const [what = "", ...paths] = args.positionals;
  if (what !== "all" && !isContentKind(what)) {
    io.stderr.write(`${t.t("content.cli.badKind", { kind: what })}\n`);
    return 2;
  }
  if (paths.length === 0) {
    io.stderr.write(`${t.t("cli.missingPaths")}\n`);
    return 2;
  }
  if (!args.hashtag) {
    io.stderr.write(`${t.t("cli.missingHashtag")}\n`);
    return 2;
  }
  const kinds: readonly ContentKind[] = what === "all" ? CONTENT_KINDS : [what as ContentKind];
  const out = args.output.out;
  if (out === null && (what === "all" || VISUAL.includes(what as ContentKind))) {
    io.stderr.write(`${t.t("content.cli.needsOut", { kind: what })}\n`);
    return 2;
  }
  const read = await postsFromFiles(paths, {
    filter: { hashtag: args.hashtag, since: args.since, until: args.until },
    context: { hashtag: args.hashtag, hosts: args.hosts, instance: args.instance },
    ...(args.owner ? { ownerHandle: args.owner } : {}),
  });
  const named: OptOut[] = args.content.optOuts.map((h) => ({
    network: null,
    handle: normaliseHandle(h),
    source: "moderator",
  }));
  const optOuts = mergeOptOuts(
    named,
    optOutsFromReplies([...read.posts, ...read.optOutCandidates], args.hosts),
  );
  if (optOuts.length > 0)
    io.stderr.write(
      `${t.t("content.cli.optOuts", { count: optOuts.length, handles: optOuts.map((o) => `@${o.handle}`).join(", ") })}\n`,
    );
  const content = editionContent({
    posts: read.posts,
    report: read.report,
    hashtag: args.hashtag.replace(/^#/, "").toLowerCase(),
    title: args.content.title ?? t.t("content.cli.untitled"),
    topic: args.content.topic,
    hosts: args.hosts,
    consent: { optOuts, approvalRequired: false, approvals: [] },
  });
  const timeZone = args.output.timeZone;
  const recycled = recycleItems(pickRecycled([...content.top, ...content.chapters.flatMap((c) => c.posts)]), {
    t,
    timeZone,
    hashtag: content.hashtag,
  });
  const options = {
    t,
    timeZone,
    embeds: args.content.embeds,
    recycle: recycleMarkdown(recycled, { t, hashtag: content.hashtag }),
    ...(kinds.some((k) => VISUAL.includes(k)) ? { visuals: await loadVisuals() } : {}),
  };
  for (const kind of kinds) {
    const files = await contentFiles(kind, content, options);
    if (out === null) {
      const text = files.find((f) => f.name.endsWith(".md")) ?? files[0];
      if (text) io.stdout.write(text.bytes);
      continue;
    }
    for (const file of files) {
      const path = join(out, file.name);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.bytes);
      io.stderr.write(`${t.t("cli.wrote", { path })}\n`);
    }
  }
  return 0;
}
