/**
 * Composition root of the command line: `npx afterchat <command>`. Works without Slack or
 * Discord; `import`, `export`, `series`, `edition` and `migrate` use the configured database.
 * Each command reads only the configuration it uses (a wrong PORT does not stop `report`), every
 * failure is one translated sentence, and the exit codes are those of docs/cli.md.
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ArgsError, parseCliArgs } from "./cli/args.js";
import { describeFailure, EXIT } from "./cli/failures.js";
import { pullCommand } from "./cli/pull-command.js";
import { reportRenderers } from "./cli/renderers.js";
import { type CliIo, reportCommand } from "./cli/report-command.js";
import { configScope } from "./cli/scope.js";
import { versionOf } from "./cli/version.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { type Translator, translator } from "./i18n/index.js";

export type Configure = (only?: readonly string[]) => Config;

/** `configure` reads the configuration (the environment, by default); tests give their own. */
export async function runCli(
  argv: string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr },
  configure: Configure = (only) => loadConfig(".env", only),
): Promise<number> {
  let t: Translator = translator("en");
  let databaseUrl: string | null = null;
  try {
    t = translator(configure(["DEFAULT_LOCALE"]).defaultLocale);
    const args = parseCliArgs(argv, { locale: t.locale, timeZone: "UTC" });
    t = translator(args.output.locale);
    const scope = configScope(args.command);
    const config = configure(scope);
    if (scope.includes("DATABASE_URL")) databaseUrl = config.databaseUrl;
    return await run(args, config, t, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n${t.t("cli.register.seeExample")}\n`);
      return EXIT.failed;
    }
    if (error instanceof ArgsError) {
      io.stderr.write(`${t.t(`cli.${error.key}`, error.params)}\n`);
      return EXIT.usage;
    }
    const failure = describeFailure(error, t, databaseUrl);
    io.stderr.write(`${failure.text}\n`);
    return failure.code;
  }
}

async function run(
  args: ReturnType<typeof parseCliArgs>,
  config: Config,
  t: Translator,
  io: CliIo,
): Promise<number> {
  switch (args.command) {
    case "help":
      io.stdout.write(`${t.t("cli.usage")}\n`);
      return EXIT.ok;
    case "version":
      io.stdout.write(`afterchat ${versionOf()}\n`);
      return EXIT.ok;
    case "report":
      return await reportCommand(args, t, reportRenderers, io);
    case "pull":
      return await pullCommand(args, config, t, reportRenderers, io);
    // Loaded on demand: `report` and `pull` need no database.
    case "import": {
      const { importCommand } = await import("./cli/import-command.js");
      return await importCommand(args, config, t, io);
    }
    case "export": {
      const { exportCommand } = await import("./cli/export-command.js");
      return await exportCommand(args, config, t, io);
    }
    case "series": {
      const { seriesCommand } = await import("./cli/series-command.js");
      return await seriesCommand(args, config, t, io);
    }
    case "edition": {
      const { editionCommand } = await import("./cli/edition-command.js");
      return await editionCommand(args, config, t, io);
    }
    case "migrate": {
      const { migrate } = await import("./store/migrate.js");
      const result = await migrate(config.databaseUrl);
      io.stderr.write(`${t.t("cli.migrated", { count: result.applied.length, total: result.total })}\n`);
      return EXIT.ok;
    }
    default:
      io.stderr.write(`${t.t("cli.unknownCommand", { command: args.command })}\n`);
      return EXIT.usage;
  }
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
