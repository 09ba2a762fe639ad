/**
 * `afterchat edition new --hashtag TAG [--at DATE] [--topic T]` and `afterchat edition list
 * --hashtag TAG`: the chat command `/afterchat edition new|list`, through the same dispatcher, as
 * the local operator in the chat's own workspace (docs/cli.md).
 */
import type { Config } from "../config.js";
import type { Translator } from "../i18n/index.js";
import type { CliArgs } from "./args.js";
import { seriesOfArgs, withStore } from "./database.js";
import { localChannel, operatorCaller, operatorDispatcher, TerminalResponder } from "./operator.js";
import type { CliIo } from "./report-command.js";

export async function editionCommand(
  args: CliArgs,
  config: Config,
  t: Translator,
  io: CliIo,
): Promise<number> {
  const [action, ...rest] = args.positionals;
  if ((action !== "new" && action !== "list") || rest.length > 0) {
    io.stderr.write(`${t.t("cli.editionUsage", { value: args.positionals.join(" ") })}\n`);
    return 2;
  }
  if (action === "list" && (args.at !== null || args.topic !== null)) {
    io.stderr.write(
      `${t.t("cli.optionNotFor", { option: args.at !== null ? "--at" : "--topic", command: "edition list" })}\n`,
    );
    return 2;
  }
  const hashtag = args.hashtag;
  if (!hashtag) {
    io.stderr.write(`${t.t("cli.missingHashtag")}\n`);
    return 2;
  }
  return withStore(config, async (store) => {
    const series = await seriesOfArgs(store, { hashtag, workspace: args.workspace }, t, io);
    if (typeof series === "number") return series;
    const workspace = await store.workspaces.get(series.workspaceId);
    if (!workspace) throw new Error(`series ${series.id} has no workspace`);
    const before = (await store.editions.list(series.workspaceId, series.id)).length;
    const replies = new TerminalResponder(null);
    await operatorDispatcher(store, config).command(
      operatorCaller(workspace, series.debriefChannel ?? localChannel(series.hashtag), args.output.locale),
      { name: "edition", action, topic: args.topic, startsAt: args.at },
      replies,
    );
    const after = (await store.editions.list(series.workspaceId, series.id)).length;
    const ok = action === "list" ? after > 0 : after > before;
    for (const text of replies.texts) (ok ? io.stdout : io.stderr).write(`${text}\n`);
    return ok ? 0 : action === "list" ? 3 : 1;
  });
}
