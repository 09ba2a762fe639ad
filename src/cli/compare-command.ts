/**
 * `afterchat compare #OURTAG #OTHERTAG [--last N] [--workspace ID] [--out chart.png]`: the chat command
 * `/afterchat compare`, through the same dispatcher, as the local operator in our chat's own workspace and
 * debrief channel (docs/cli.md). The comparison and the other chat's questions are printed; `--out` writes
 * the chart. Exit 0 with a comparison, 1 when there is none (an unknown chat), 2 for bad arguments.
 */
import type { Config } from "../config.js";
import { isHashtag, normaliseHashtag } from "../domain/text.js";
import type { Translator } from "../i18n/index.js";
import type { Message } from "../render/message.js";
import type { CliArgs } from "./args.js";
import { seriesOfArgs, withStore } from "./database.js";
import { localChannel, operatorCaller, operatorDispatcher, TerminalResponder } from "./operator.js";
import { openOutFile } from "./paths.js";
import type { CliIo } from "./report-command.js";

/** Keeps what the terminal shows, and the files (the chart) a reply carried. */
class CompareResponder extends TerminalResponder {
  readonly messages: Message[] = [];

  override async reply(message: Message): Promise<undefined> {
    this.messages.push(message);
    return super.reply(message);
  }
}

export async function compareCliCommand(
  args: CliArgs,
  config: Config,
  t: Translator,
  io: CliIo,
): Promise<number> {
  const tags = args.positionals.map(normaliseHashtag);
  if (tags.length !== 2 || !tags.every(isHashtag)) {
    io.stderr.write(`${t.t("cli.compareUsage", { value: args.positionals.join(" ") })}\n`);
    return 2;
  }
  const [ours, theirs] = tags as [string, string];
  // A bad --out fails now, before the database is opened.
  const file = args.output.out ? await openOutFile(args.output.out) : null;
  try {
    return await withStore(config, async (store) => {
      const series = await seriesOfArgs(store, { hashtag: ours, workspace: args.workspace }, t, io);
      if (typeof series === "number") return series;
      const workspace = await store.workspaces.get(series.workspaceId);
      if (!workspace) throw new Error(`series ${series.id} has no workspace`);
      const replies = new CompareResponder(null);
      await operatorDispatcher(store, config).command(
        operatorCaller(workspace, series.debriefChannel ?? localChannel(series.hashtag), args.output.locale),
        { name: "compare", ours: series.hashtag, theirs, last: args.last },
        replies,
      );
      const chart = replies.messages.flatMap((m) => m.files ?? []).find((f) => f.name === "compare.png");
      const compared = replies.messages.some((m) => m.blocks[0]?.type === "header");
      for (const text of replies.texts) (compared ? io.stdout : io.stderr).write(`${text}\n`);
      if (file && chart && args.output.out) {
        await file.writeFile(chart.bytes);
        io.stderr.write(`${t.t("cli.wrote", { path: args.output.out })}\n`);
      }
      return compared ? 0 : 1;
    });
  } finally {
    await file?.close();
  }
}
