/**
 * An edition's posts straight from files or folders (`afterchat content`), with its report from the
 * same pass. Content quotes posts, so they are kept (one per network + id); posts outside the
 * hashtag or window that ask not to be quoted are kept apart, since a "no quote" reply to the host
 * rarely carries the hashtag.
 */
import { asksNotToBeQuoted } from "../../domain/content/consent.js";
import { type Post, postKey } from "../../domain/post.js";
import { type PostFilter, postFilter } from "../../domain/post-filter.js";
import { createStatsAccumulator, type Report, type ReportContext } from "../../domain/stats/index.js";
import { AfterchatError } from "../../errors.js";
import { openFile } from "../../sources/detect.js";
import { expandPaths } from "../report/file-report.js";

export interface FilePosts {
  posts: Post[];
  /** Posts outside the chat that ask not to be quoted (replies to the host). */
  optOutCandidates: Post[];
  report: Report;
}

export async function postsFromFiles(
  paths: string[],
  options: { filter: PostFilter; context: ReportContext; ownerHandle?: string },
): Promise<FilePosts> {
  const accepts = postFilter(options.filter);
  const kept = new Map<string, Post>();
  const optOutCandidates: Post[] = [];
  for await (const { path, explicit } of expandPaths(paths)) {
    const detected = await openFile(path, options.ownerHandle ? { ownerHandle: options.ownerHandle } : {});
    if (!detected) {
      if (explicit) throw new AfterchatError("import_unrecognised", { file: path });
      continue;
    }
    for await (const batch of detected.batches)
      for (const item of batch) {
        if (item.type !== "post") continue;
        if (accepts(item.post)) kept.set(postKey(item.post), item.post);
        else if (asksNotToBeQuoted(item.post.text)) optOutCandidates.push(item.post);
      }
  }
  const posts = [...kept.values()];
  const stats = createStatsAccumulator(options.context);
  for (const post of posts) stats.add(post);
  return { posts, optOutCandidates, report: { ...stats.finish(), account: null } };
}
