#!/usr/bin/env node
// Runs the Prisma CLI the way that works offline here (see README "Database"): the WebAssembly
// schema engine through a driver adapter, native engine downloads pointed at a placeholder.
// The CLI never touches a real database: it generates the clients and writes migration SQL by
// diffing schema files; src/store/migrate.ts applies the migrations.
//
//   node scripts/prisma.mjs generate             derive the PostgreSQL schema, generate both clients
//   node scripts/prisma.mjs derive [--check]     write (or check) prisma/postgres/schema.prisma
//   node scripts/prisma.mjs new-migration NAME   write the SQL for both databases from HEAD's schema
//
// Importing it (tests import derivePostgres) runs nothing: the command line runs only when this
// file is the script node was started with.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startedDirectly } from "./started-directly.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const sqliteSchema = join(root, "prisma/sqlite/schema.prisma");
const pgSchema = join(root, "prisma/postgres/schema.prisma");
const placeholder = join(tmpdir(), "afterchat-prisma-engine-placeholder");

const env = {
  ...process.env,
  PRISMA_QUERY_ENGINE_LIBRARY: placeholder,
  PRISMA_SCHEMA_ENGINE_BINARY: placeholder,
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
  DATABASE_URL: process.env.DATABASE_URL ?? "file:./data/afterchat.db",
};

const HEADER = `// GENERATED from prisma/sqlite/schema.prisma by \`npm run db:schema\`. Do not edit by hand:
// edit the SQLite schema and run \`npm run db:schema\`; test/store/schema-drift.test.ts fails on drift.
`;

/** The PostgreSQL schema is the SQLite one with its provider and client output swapped. */
export function derivePostgres(source) {
  const swapped = source
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace(/generated\/sqlite"/, 'generated/postgres"');
  if (swapped === source) throw new Error("prisma/sqlite/schema.prisma: provider or output not found");
  return HEADER + swapped;
}

function derive(check) {
  const expected = derivePostgres(readFileSync(sqliteSchema, "utf8"));
  const actual = existsSync(pgSchema) ? readFileSync(pgSchema, "utf8") : "";
  if (check) {
    if (actual !== expected) {
      console.error("prisma/postgres/schema.prisma is out of date: run `npm run db:schema`.");
      process.exit(1);
    }
    return;
  }
  if (actual !== expected) {
    mkdirSync(dirname(pgSchema), { recursive: true });
    writeFileSync(pgSchema, expected);
  }
}

function prisma(args) {
  if (!existsSync(placeholder)) writeFileSync(placeholder, "");
  const bin = join(root, "node_modules/.bin/prisma");
  const result = spawnSync(bin, args, { cwd: root, env, encoding: "utf8" });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    process.exit(result.status ?? 1);
  }
  return result.stdout;
}

function configFor(provider) {
  return join(root, `prisma/${provider}.config.ts`);
}

function generate() {
  derive(false);
  prisma(["generate", "--config", configFor("sqlite")]);
  prisma(["generate", "--config", configFor("postgres")]);
}

function diff(provider, fromSchema, toSchema) {
  const from = fromSchema ? ["--from-schema-datamodel", fromSchema] : ["--from-empty"];
  const out = prisma([
    "migrate",
    "diff",
    "--config",
    configFor(provider),
    ...from,
    "--to-schema-datamodel",
    toSchema,
    "--script",
  ]);
  // The runner (src/store/migrate.ts) chooses the PostgreSQL schema through search_path.
  return out
    .replace(/^Loaded Prisma config.*\n/m, "")
    .replace(/-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n\n/, "");
}

function headSchema(path) {
  try {
    const rel = path.slice(root.length + 1);
    return execFileSync("git", ["show", `HEAD:${rel}`], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
  } catch {
    return null;
  }
}

function newMigration(name) {
  if (!name || !/^[a-z0-9_]+$/.test(name)) {
    console.error("usage: npm run db:new-migration -- <name_in_snake_case>");
    process.exit(2);
  }
  derive(false);
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  for (const [provider, schema] of [
    ["sqlite", sqliteSchema],
    ["postgres", pgSchema],
  ]) {
    const dir = join(root, `prisma/${provider}/migrations`);
    const hasMigrations = existsSync(dir) && readdirSync(dir).some((d) => /^\d{14}_/.test(d));
    let previous = null;
    if (hasMigrations) {
      const text = headSchema(schema);
      if (text === null) throw new Error(`no committed ${schema} to diff from`);
      previous = join(tmpdir(), `afterchat-prev-${provider}.prisma`);
      writeFileSync(previous, text);
    }
    const sql = diff(provider, previous, schema);
    if (!sql.trim() || /^-- This is an empty migration/m.test(sql)) {
      console.log(`${provider}: no change`);
      continue;
    }
    const target = join(dir, `${stamp}_${name}`);
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, "migration.sql"), sql);
    console.log(`${provider}: wrote ${target}/migration.sql`);
  }
}

function main([command, ...rest]) {
  if (command === "generate") generate();
  else if (command === "derive") derive(rest.includes("--check"));
  else if (command === "new-migration") newMigration(rest[0]);
  else if (command === "diff-empty")
    process.stdout.write(diff(rest[0], null, rest[0] === "sqlite" ? sqliteSchema : pgSchema));
  else {
    console.error(
      "usage: node scripts/prisma.mjs generate | derive [--check] | new-migration NAME | diff-empty sqlite|postgres",
    );
    process.exit(2);
  }
}

if (startedDirectly(import.meta.url)) main(process.argv.slice(2));
