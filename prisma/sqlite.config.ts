// Prisma CLI configuration for the SQLite schema. The adapter only lets the CLI use its bundled
// WebAssembly schema engine (no native download); the CLI never migrates a real database here.
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "sqlite/schema.prisma",
  adapter: async () => new PrismaBetterSQLite3({ url: `file:${join(tmpdir(), "afterchat-prisma-cli.db")}` }),
});
