/**
 * Composition root of the command line: `npx afterchat <command>`. Works without Slack or
 * Discord; `import`, `export` and `migrate` use the configured database.
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ArgsError, parseCliArgs } from "./cli/args.js";
import type { CliIo } from "./cli/report-command.js";
import type { Config } from "./config.js";
import { environmentLocale } from "./config-locale.js";
import { isAfterchatError } from "./errors.js";
import { translator } from "./i18n/index.js";
import { maskSecrets } from "./redact.js";

/**
 * `configure` reads the configuration (the environment, by default, loaded only by the commands that
 * use it: `help` and `report` need DEFAULT_LOCALE alone); tests give their own.
 */
export async function runCli(
  argv: string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr },
  configure?: () => Config,
): Promise<number> {
  let loaded: Config | null = null;
  const config = async (): Promise<Config> => {
    loaded ??= configure ? configure() : (await import("./config.js")).loadConfig();
    return loaded;
  };
  let t = translator("en");
  try {
    const locale = configure
      ? (await config()).defaultLocale
      : (environmentLocale() ?? (await config()).defaultLocale);
    t = translator(locale);
    const args = parseCliArgs(argv, { locale, timeZone: "UTC" });
    t = translator(args.output.locale);
    switch (args.command) {
      case "help":
        io.stdout.write(`${t.t("cli.usage")}\n`);
        return 0;
      // Each command loads what it needs, so `help` starts as fast as Node itself (`npm run bench`).
      case "report": {
        const [{ reportCommand }, { reportRenderers }] = await Promise.all([
          import("./cli/report-command.js"),
          import("./cli/renderers.js"),
        ]);
        return await reportCommand(args, t, reportRenderers, io);
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
      case "migrate": {
        const { migrate } = await import("./store/migrate.js");
        const result = await migrate((await config()).databaseUrl);
        io.stderr.write(`${t.t("cli.migrated", { count: result.applied.length, total: result.total })}\n`);
        return 0;
      }
      default:
        io.stderr.write(`${t.t("cli.unknownCommand", { command: args.command })}\n`);
        return 2;
    }
  } catch (error) {
    if (isConfigError(error)) {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    if (error instanceof ArgsError) {
      io.stderr.write(`${t.t(`cli.${error.key}`, error.params)}\n`);
      return 2;
    }
    if (isAfterchatError(error)) {
      io.stderr.write(`${t.t(`errors.${error.code}`, { ref: "cli", ...error.params })}\n`);
      return 1;
    }
    const text = error instanceof Error ? error.message : String(error);
    io.stderr.write(`${t.t("errors.internal", { ref: "cli" })}\n${maskSecrets(text)}\n`);
    return 1;
  }
}

/** config.ts's ConfigError, recognised without loading config.ts (and zod) up front. */
function isConfigError(error: unknown): error is Error {
  return error instanceof Error && error.name === "ConfigError";
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
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${maskSecrets(error instanceof Error ? error.message : String(error))}\n`);
      process.exitCode = 1;
    },
  );
}
