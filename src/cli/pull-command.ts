/** `afterchat pull x|bluesky|mastodon --hashtag TAG --since --until`: a live pull straight into a report. */
import { liveSourceFactory } from "../app/live-sources.js";
import type { Config } from "../config.js";
import { NETWORKS, type Network } from "../domain/post.js";
import { postFilter } from "../domain/post-filter.js";
import { createStatsAccumulator } from "../domain/stats/index.js";
import type { Translator } from "../i18n/index.js";
import type { CliArgs } from "./args.js";
import { EXIT } from "./exit.js";
import { type ReportRenderers, writeReport } from "./output.js";
import { makeFolder } from "./paths.js";
import { progress } from "./progress.js";
import type { CliIo } from "./report-command.js";
import { printReportWarnings } from "./summaries.js";

export async function pullCommand(
  args: CliArgs,
  config: Config,
  t: Translator,
  renderers: ReportRenderers,
  io: CliIo,
): Promise<number> {
  const network = args.positionals[0] as Network | undefined;
  if (!network || !NETWORKS.includes(network)) {
    io.stderr.write(`${t.t("cli.badNetwork", { value: network ?? "" })}\n`);
    return 2;
  }
  if (!args.hashtag) {
    io.stderr.write(`${t.t("cli.missingHashtag")}\n`);
    return 2;
  }
  if (args.output.out) await makeFolder(args.output.out);
  const now = new Date();
  const until = args.until ?? now;
  const since = args.since ?? new Date(until.getTime() - 24 * 3600_000);
  const source = liveSourceFactory(config, { now: () => new Date() })(network, { instance: args.instance });
  if (!source) {
    io.stderr.write(`${t.t(network === "x" ? "cli.xToken" : "cli.mastodonInstance")}\n`);
    return 2;
  }
  const stats = createStatsAccumulator({ hashtag: args.hashtag, hosts: args.hosts, instance: args.instance });
  const accepts = postFilter({ hashtag: args.hashtag, since, until });
  const bar = progress(t, io.stderr, "live");
  bar.file(network, { size: null, bytesRead: () => 0 });
  let count = 0;
  let pages = 0;
  try {
    for await (const item of source.pull(
      { hashtag: args.hashtag, since, until },
      {
        onProgress: (p) => {
          pages = p.pages;
          bar.update(p.fetched);
        },
      },
    )) {
      if (item.type === "post" && accepts(item.post)) {
        stats.add(item.post);
        count += 1;
      }
    }
  } finally {
    bar.stop();
  }
  io.stderr.write(`${t.t("cli.pulled", { count, network, pages: t.t("cli.pages", { count: pages }) })}\n`);
  const report = stats.finish();
  printReportWarnings(report, t, io.stderr);
  const written = await writeReport(report, args.output, renderers, io.stdout);
  for (const path of written) io.stderr.write(`${t.t("cli.wrote", { path })}\n`);
  if (count > 0) return EXIT.ok;
  io.stderr.write(
    `${t.t("cli.nothing.pulled", { network, hashtag: args.hashtag, since: since.toISOString(), until: until.toISOString() })}\n`,
  );
  return EXIT.nothing;
}
