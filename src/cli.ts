/**
 * Composition root of the command line: `npx afterchat <command>`. Works without Slack or
 * Discord; `import`, `export` and `migrate` use the configured database.
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ArgsError, parseCliArgs } from "./cli/args.js";
import { pullCommand } from "./cli/pull-command.js";
import { reportRenderers } from "./cli/renderers.js";
import { type CliIo, reportCommand } from "./cli/report-command.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { isAfterchatError } from "./errors.js";
import { translator } from "./i18n/index.js";
import { maskSecrets } from "./log.js";

/** `configure` reads the configuration (the environment, by default); tests give their own. */
export async function runCli(
  argv: string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr },
  configure: () => Config = loadConfig,
): Promise<number> {
  let config: Config;
  try {
    config = configure();
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  let t = translator(config.defaultLocale);
  try {
    const args = parseCliArgs(argv, { locale: config.defaultLocale, timeZone: "UTC" });
    t = translator(args.output.locale);
    switch (args.command) {
      case "help":
        io.stdout.write(`${t.t("cli.usage")}\n`);
        return 0;
      case "report":
        return await reportCommand(args, t, reportRenderers, io);
      case "content": {
        const { contentCommand } = await import("./cli/content-command.js");
        return await contentCommand(
          args,
          t,
          io,
          async () => (await import("./render/content/visuals.js")).contentVisuals,
        );
      }
      case "pull":
        return await pullCommand(args, config, t, reportRenderers, io);
      case "import": {
        // Loaded on demand: `report` and `pull` need no database.
        const { importCommand } = await import("./cli/import-command.js");
        return await importCommand(args, config, t, io);
      }
      case "export": {
        const { exportCommand } = await import("./cli/export-command.js");
        return await exportCommand(args, config, t, io);
      }
      case "migrate": {
        const { migrate } = await import("./store/migrate.js");
        const result = await migrate(config.databaseUrl);
        io.stderr.write(`${t.t("cli.migrated", { count: result.applied.length, total: result.total })}\n`);
        return 0;
      }
      default:
        io.stderr.write(`${t.t("cli.unknownCommand", { command: args.command })}\n`);
        return 2;
    }
  } catch (error) {
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
