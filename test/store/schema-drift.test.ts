/**
 * prisma/postgres/schema.prisma is derived from the SQLite one (`npm run db:schema`); the two must
 * never drift. The rule lives in one place, scripts/prisma.mjs: imported here for its derivation,
 * and run as the command line once, since that guard (`derive --check`) is what `npm run` uses.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { derivePostgres } from "../../scripts/prisma.mjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const read = (path: string) => readFileSync(resolve(ROOT, path), "utf8");

describe("PostgreSQL schema", () => {
  it("GIVEN the SQLite schema WHEN the PostgreSQL one is derived THEN it equals the committed file", () => {
    expect(derivePostgres(read("prisma/sqlite/schema.prisma"))).toBe(read("prisma/postgres/schema.prisma"));
  });

  it("GIVEN a schema with neither the SQLite provider nor the SQLite client output THEN deriving refuses instead of copying it", () => {
    const other = read("prisma/postgres/schema.prisma");
    expect(() => derivePostgres(other)).toThrow("provider or output not found");
  });

  it("GIVEN the script run as a command WHEN it checks THEN it passes, so `npm run db:schema` and CI agree with the import", () => {
    const check = spawnSync(process.execPath, ["scripts/prisma.mjs", "derive", "--check"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });
});
