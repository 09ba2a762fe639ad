/**
 * `afterchat watch add #tag [--schedule ...] [--networks ...] [--host H]... [--remind 15m] [--note T]`,
 * `watch list`, `watch remove #tag`: the watch-list from the terminal, through the same use case
 * as `/afterchat watch` (src/app/watch/watch-command.ts), as the local operator in the local
 * workspace. The "channel" is that of the team's chat named by --hashtag (`cli:local:<tag>`), else
 * `cli:local:watch-list`; nothing is posted there (no platform), the figures are stored.
 */
import type { WatchCommand } from "../app/commands/command.js";
import { readNetworks } from "../app/commands/watch-parse.js";
import type { Config } from "../config.js";
import { isHashtag, normaliseHashtag } from "../domain/text.js";
import type { Translator } from "../i18n/index.js";
import type { CliArgs } from "./args.js";
import { withStore } from "./database.js";
import {
  LOCAL_WORKSPACE,
  localChannel,
  operatorCaller,
  operatorDispatcher,
  TerminalResponder,
} from "./operator.js";
import type { CliIo } from "./report-command.js";

export async function watchCliCommand(
  args: CliArgs,
  config: Config,
  t: Translator,
  io: CliIo,
): Promise<number> {
  const [action, tag, ...extra] = args.positionals;
  const hashtag = tag ? normaliseHashtag(tag) : null;
  const usage = () => {
    io.stderr.write(`${t.t("cli.watchUsage", { value: args.positionals.join(" ") })}\n`);
    return 2;
  };
  if (extra.length > 0 || (action !== "add" && action !== "list" && action !== "remove")) return usage();
  if (action === "list" ? hashtag !== null : hashtag === null || !isHashtag(hashtag)) return usage();
  const networks = args.networks === null ? { networks: [], instance: null } : readNetworks(args.networks);
  if (!networks) return usage();
  const command: WatchCommand = {
    name: "watch",
    action,
    hashtag,
    schedule: args.schedule,
    ...networks,
    hosts: args.hosts.map((h) => h.replace(/^@/u, "")),
    remind: args.watch.remind,
    note: args.watch.note,
    on: true,
  };
  const channel = localChannel(args.hashtag ? normaliseHashtag(args.hashtag) : "watch-list");
  return withStore(config, async (store) => {
    const workspace = await store.workspaces.ensure({
      platform: "cli",
      externalId: LOCAL_WORKSPACE.externalId,
      name: LOCAL_WORKSPACE.name,
    });
    const before = hashtag ? await store.watches.find(workspace.id, channel, hashtag) : null;
    const replies = new TerminalResponder(null);
    await operatorDispatcher(store, config).command(
      operatorCaller(LOCAL_WORKSPACE, channel, args.output.locale),
      command,
      replies,
    );
    const after = hashtag ? await store.watches.find(workspace.id, channel, hashtag) : null;
    const worked =
      action === "list" || (action === "add" ? after !== null : before !== null && after === null);
    for (const text of replies.texts) (worked ? io.stdout : io.stderr).write(`${text}\n`);
    return worked ? 0 : 1;
  });
}
