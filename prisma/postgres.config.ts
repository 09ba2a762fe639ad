// Prisma CLI configuration for the PostgreSQL schema (derived from the SQLite one). Used only to
// generate the client and to diff schema files. \`migrate diff\` opens a connection even between two
// schema files, so authoring a migration needs a reachable PostgreSQL: AFTERCHAT_PG_URL, else the
// local one (127.0.0.1:5432, database test).
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "postgres/schema.prisma",
  adapter: async () =>
    new PrismaPg({
      connectionString: process.env.AFTERCHAT_PG_URL ?? "postgresql://postgres@127.0.0.1:5432/test",
    }),
});
