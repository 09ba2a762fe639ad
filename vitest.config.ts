import { defineConfig } from "vitest/config";

/**
 * Two projects, so the fast tests run apart (`npm run test:unit`) from those that start real
 * databases, processes, Bolt / discord.js or local fake servers (`npm run test:integration`);
 * `npm test` runs both. A test is integration when its directory is listed below or its file is
 * named `*.int.test.ts`; the few integration files in otherwise pure directories are listed by name.
 */
const INTEGRATION = [
  "test/store/**/*.test.ts",
  "test/process/**/*.test.ts",
  "test/jobs/**/*.test.ts",
  "test/fakes/**/*.test.ts",
  "test/adapters/**/*.test.ts",
  "test/cli/**/*.test.ts",
  "test/sources/live/**/*.test.ts",
  "test/**/*.int.test.ts",
  "test/app/stats/inputs.test.ts",
  "test/app/tasks/done-race.test.ts",
  "test/app/import/import-items.test.ts",
  "test/app/polls/anonymity/database-copy.test.ts",
  "test/app/after-party/stores.test.ts",
  "test/trust/slack-edge.test.ts",
];

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: "forks",
    globalSetup: ["test/support/global-setup.ts"],
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: INTEGRATION } },
      { extends: true, test: { name: "integration", include: INTEGRATION } },
    ],
  },
});
