/**
 * Composition root of the bot process (`npm start`): configuration, database (migrated at start),
 * the use cases, then every platform whose credentials are set, the scheduler and the health
 * endpoints. With no platform configured it says what to set and keeps serving what works.
 */
import { liveSourceFactory } from "./app/live-sources.js";
import { expectedText } from "./app/reply-error.js";
import type { Services } from "./app/services.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import type { RunningPlatform } from "./edge.js";
import { isAfterchatError } from "./errors.js";
import { healthRoutes, startHealthServer } from "./health.js";
import { limitHeapGrowth } from "./heap-growth.js";
import { translator } from "./i18n/index.js";
import { createLogger, type Logger } from "./log.js";
import { PlatformRouter } from "./platforms.js";
import { resolveSecret } from "./secret.js";
import { startPlatforms } from "./start-platforms.js";
import { startupProblem } from "./startup-failure.js";
import { openDatabase } from "./store/database.js";
import { migrate } from "./store/migrate.js";
import { createPrismaStore } from "./store/prisma-store.js";
import { describeDatabase } from "./store/url.js";

export async function main(config: Config, log: Logger): Promise<() => Promise<void>> {
  // Before the burst, not after: a long-lived process whose RSS follows its live objects.
  limitHeapGrowth(config.heapGrowthPercent);
  const t = translator(config.defaultLocale);
  const migration = await migrate(config.databaseUrl);
  log.info(
    { applied: migration.applied },
    t.t("common.startup.migrated", { count: migration.applied.length }),
  );
  const database = await openDatabase(config.databaseUrl);
  if (database.sharedSafely === false) {
    const warning = t.t("common.startup.sqliteSingleProcess", {
      database: describeDatabase(config.databaseUrl),
    });
    process.stderr.write(`${warning}\n`);
    log.warn("SQLite not in WAL mode: one process at a time");
  }
  const store = createPrismaStore(database);
  const clock = { now: () => new Date() };
  const platforms = new PlatformRouter();
  const services: Services = {
    store,
    clock,
    platforms,
    log,
    secret: resolveSecret(config),
    liveSource: liveSourceFactory(config, clock),
    importMaxBytes: config.importMaxBytes,
  };
  const running: RunningPlatform[] = [];
  const routes = healthRoutes(() => ({
    database: () => store.ping(),
    ...Object.fromEntries(running.map((p) => [p.platform.platform, () => p.ready()])),
  }));
  if (config.slack || config.discord) {
    // The use cases are loaded for a chat platform only (the scheduler loads what its jobs use): start-up.
    const [{ createDispatcher }, { allRegistries }] = await Promise.all([
      import("./app/dispatch.js"),
      import("./app/registries.js"),
    ]);
    const dispatcher = createDispatcher(services, allRegistries);
    running.push(...(await startPlatforms({ config, services, dispatcher, routes, log })));
  }
  for (const p of running) platforms.register(p.platform);
  const healthServer = running.some((p) => p.servesHttp)
    ? null
    : await startHealthServer(routes, config.port, config.host);
  if (running.length === 0) {
    process.stderr.write(`${t.t("common.startup.noPlatform")}\n`);
    log.warn("no chat platform configured");
  }
  const scheduler = config.scheduler.enabled
    ? await (await import("./jobs/start.js")).startScheduler({ config, services, log })
    : null;
  log.info(
    t.t("common.startup.ready", {
      platforms: running.map((p) => p.platform.platform).join(", ") || "CLI",
      database: describeDatabase(config.databaseUrl),
    }),
  );
  return async () => {
    log.info(t.t("common.startup.stopping"));
    // Each platform stops taking work, then answers what it acknowledged (up to
    // SHUTDOWN_DRAIN_SECONDS): side by side, so the wait is one drain timeout, not one per platform.
    await Promise.all([
      scheduler?.stop(),
      ...running.map((p) =>
        p.stop().catch((error: unknown) => log.error({ err: error }, "platform stop failed")),
      ),
    ]);
    await new Promise<void>((resolve) => (healthServer ? healthServer.close(() => resolve()) : resolve()));
    await database.close();
  };
}

async function run(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable.\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger({ level: config.logLevel });
  let stop: (() => Promise<void>) | null = null;
  const shutdown = (signal: string) => {
    log.info({ signal }, "signal received");
    void (stop ?? (async () => {}))().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
  try {
    stop = await main(config, log);
  } catch (error) {
    if (isAfterchatError(error) && error.code === "config_invalid") {
      // A setting a platform refused (a token, an intent): one sentence naming it, no stack.
      const sentence = expectedText(translator(config.defaultLocale), error);
      process.stderr.write(`${sentence}\n`);
      log.fatal({ code: error.code, detail: error.params.detailKey }, sentence);
    } else {
      // One plain sentence first (port in use, database down), then the JSON line with the detail.
      const said = startupProblem(error, translator(config.defaultLocale), config);
      if (said) process.stderr.write(`${said}\n`);
      log.fatal({ err: error }, "afterchat could not start");
    }
    process.exit(1);
  }
}

void run();
