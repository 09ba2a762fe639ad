/**
 * `afterchat series add #tag [--title T] [--host H]... [--schedule "cron zone length"]
 * [--networks "x, bluesky"]` sets a chat up from the terminal, through the set-up form's use case
 * (the same checks and problems as the form on Slack and Discord), in the local workspace.
 * `afterchat series list` lists every chat in the database, whichever workspace it lives in.
 */
import type { Config } from "../config.js";
import { normaliseHashtag } from "../domain/text.js";
import type { Translator } from "../i18n/index.js";
import { SETUP_FORM_ID } from "../render/setup/form.js";
import { setupState } from "../render/setup/state.js";
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

export async function seriesCommand(
  args: CliArgs,
  config: Config,
  t: Translator,
  io: CliIo,
): Promise<number> {
  const [action, ...rest] = args.positionals;
  if (action === "list" && rest.length === 0) return listSeries(args, config, t, io);
  if (action !== "add" || rest.length !== 1 || !rest[0]) {
    io.stderr.write(`${t.t("cli.seriesUsage", { value: args.positionals.join(" ") })}\n`);
    return 2;
  }
  const typed = rest[0];
  const hashtag = normaliseHashtag(typed);
  return withStore(config, async (store) => {
    const channel = localChannel(hashtag);
    const before = await store.series.findByHashtagAcrossWorkspaces(hashtag);
    const replies = new TerminalResponder(null);
    await operatorDispatcher(store, config).form(
      operatorCaller(LOCAL_WORKSPACE, channel, args.output.locale),
      {
        formId: SETUP_FORM_ID,
        state: setupState({ channel }),
        values: {
          hashtag: typed,
          title: args.title ?? `#${hashtag}`,
          hosts: args.hosts.join(", "),
          schedule: args.schedule ?? "",
          networks: args.networks ?? "x",
        },
      },
      replies,
    );
    const after = await store.series.findByHashtagAcrossWorkspaces(hashtag);
    const created = after.find((s) => s.debriefChannel === channel && !before.some((b) => b.id === s.id));
    if (!created) {
      // The use case said why (a problem with a value, a chat that exists): its words, on stderr.
      for (const text of replies.texts) io.stderr.write(`${text}\n`);
      return 1;
    }
    io.stdout.write(`${t.t("cli.seriesAdded", { hashtag: created.hashtag })}\n`);
    io.stdout.write(`${replies.texts.at(-1) ?? ""}\n`);
    return 0;
  });
}

async function listSeries(args: CliArgs, config: Config, t: Translator, io: CliIo): Promise<number> {
  return withStore(config, async (store) => {
    const all = (await store.series.listAcrossWorkspaces()).filter(
      (s) => !args.workspace || s.workspaceId === args.workspace,
    );
    if (all.length === 0) {
      io.stderr.write(`${t.t("cli.noSeriesAtAll")}\n`);
      return 3;
    }
    for (const series of all) {
      const workspace = await store.workspaces.get(series.workspaceId);
      const editions = await store.editions.list(series.workspaceId, series.id);
      io.stdout.write(
        `${t.t("cli.seriesLine", {
          hashtag: series.hashtag,
          title: series.title,
          workspace: workspace ? `${workspace.platform}:${workspace.externalId}` : series.workspaceId,
          id: series.workspaceId,
          count: editions.length,
          schedule: series.cron ? `${series.cron} ${series.timeZone}` : t.t("cli.noSchedule"),
        })}\n`,
      );
    }
    return 0;
  });
}
