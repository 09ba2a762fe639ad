/**
 * Composition root of the command line: `npx afterchat <command>`. Works without Slack or
 * Discord; `import`, `export`, `series`, `edition` and `migrate` use the configured database;
 * `report` and `content` read files only.
 * Each command loads only the code and reads only the configuration it uses (`help` starts as
 * fast as Node, a wrong PORT does not stop `report`), every failure is one translated sentence,
 * and the exit codes are those of docs/cli.md.
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { RangeWorkers } from "./app/report/range-workers.js";
import { ArgsError, type CliArgs, parseCliArgs } from "./cli/args.js";
import { EXIT } from "./cli/exit.js";
import type { CliIo } from "./cli/report-command.js";
import { configScope } from "./cli/scope.js";
import type { Config } from "./config.js";
import { environmentLocale } from "./config-locale.js";
import { type Translator, translator } from "./i18n/index.js";

/** Reads the configuration, validating only the variables `only` names. */
export type Configure = (only?: readonly string[]) => Config;

/**
 * `configure` reads the configuration (the environment, by default, loaded only by the commands that
 * use it: `help` and `report` need DEFAULT_LOCALE alone); tests give their own. `workers` are report
 * workers bin/afterchat.js started before loading this module (cli/early-workers.ts).
 */
export async function runCli(
  argv: string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr },
  configure?: Configure,
  workers?: RangeWorkers,
): Promise<number> {
  const load = async (only: readonly string[]): Promise<Config> =>
    configure ? configure(only) : (await import("./config.js")).loadConfig(".env", only);
  let t = translator("en");
  let databaseUrl: string | null = null;
  try {
    const locale = configure
      ? configure(["DEFAULT_LOCALE"]).defaultLocale
      : (environmentLocale() ?? (await load(["DEFAULT_LOCALE"])).defaultLocale);
    t = translator(locale);
    const args = parseCliArgs(argv, { locale, timeZone: "UTC" });
    t = translator(args.output.locale);
    const scope = configScope(args.command);
    const config = async () => {
      const loaded = await load(scope);
      if (scope.includes("DATABASE_URL")) databaseUrl = loaded.databaseUrl;
      return loaded;
    };
    return await run(args, config, t, io, workers);
  } catch (error) {
    if (isConfigError(error)) {
      io.stderr.write(`${error.message}\n${t.t("cli.register.seeExample")}\n`);
      return EXIT.failed;
    }
    if (error instanceof ArgsError) {
      io.stderr.write(`${t.t(`cli.${error.key}`, error.params)}\n`);
      return EXIT.usage;
    }
    const { describeFailure } = await import("./cli/failures.js");
    const failure = describeFailure(error, t, databaseUrl);
    io.stderr.write(`${failure.text}\n`);
    return failure.code;
  }
}

/** Each command loads what it needs, so `help` starts as fast as Node itself (`npm run bench`). */
async function run(
  args: CliArgs,
  config: () => Promise<Config>,
  t: Translator,
  io: CliIo,
  workers: RangeWorkers | undefined,
): Promise<number> {
  switch (args.command) {
    case "help":
      io.stdout.write(`${t.t("cli.usage")}\n`);
      return EXIT.ok;
    case "version": {
      const { versionOf } = await import("./cli/version.js");
      io.stdout.write(`afterchat ${versionOf()}\n`);
      return EXIT.ok;
    }
    case "report": {
      const [{ reportCommand }, { reportRenderers }] = await Promise.all([
        import("./cli/report-command.js"),
        import("./cli/renderers.js"),
      ]);
      return await reportCommand(args, t, reportRenderers, io, workers);
    }
    case "content": {
      const { contentCommand } = await import("./cli/content-command.js");
      return await contentCommand(
        args,
        t,
        io,
        async () => (await import("./render/content/visuals.js")).contentVisuals,
      );
    }
    case "pull": {
      const [{ pullCommand }, { reportRenderers }] = await Promise.all([
        import("./cli/pull-command.js"),
        import("./cli/renderers.js"),
      ]);
      return await pullCommand(args, await config(), t, reportRenderers, io);
    }
    case "import": {
      const { importCommand } = await import("./cli/import-command.js");
      return await importCommand(args, await config(), t, io);
    }
    case "export": {
      const { exportCommand } = await import("./cli/export-command.js");
      return await exportCommand(args, await config(), t, io);
    }
    case "series": {
      const { seriesCommand } = await import("./cli/series-command.js");
      return await seriesCommand(args, await config(), t, io);
    }
    case "edition": {
      const { editionCommand } = await import("./cli/edition-command.js");
      return await editionCommand(args, await config(), t, io);
    }
    case "compare": {
      const { compareCliCommand } = await import("./cli/compare-command.js");
      return await compareCliCommand(args, await config(), t, io);
    }
    case "watch": {
      const { watchCliCommand } = await import("./cli/watch-command.js");
      return await watchCliCommand(args, await config(), t, io);
    }
    case "migrate": {
      const { migrate } = await import("./store/migrate.js");
      const result = await migrate((await config()).databaseUrl);
      io.stderr.write(`${t.t("cli.migrated", { count: result.applied.length, total: result.total })}\n`);
      return EXIT.ok;
    }
    default:
      io.stderr.write(`${t.t("cli.unknownCommand", { command: args.command })}\n`);
      return EXIT.usage;
  }
}

/** config.ts's ConfigError, recognised without loading config.ts (and zod) up front. */
function isConfigError(error: unknown): error is Error {
  return error instanceof Error && error.name === "ConfigError";
}

/**
 * Output piped into `head` or `less` that closes early: stop quietly, as `git log | head` does,
 * instead of a stack trace about EPIPE.
 */
export function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(EXIT.ok);
    throw error;
  });
}

function isEntryPoint(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  quietOnClosedPipe(process.stdout);
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
