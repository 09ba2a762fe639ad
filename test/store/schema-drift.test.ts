/**
 * prisma/postgres/schema.prisma is derived from the SQLite one (`npm run db:schema`); the two must
 * never drift. The check is the script's own (`derive --check`), so the rule lives in one place.
 */
import { spawnSync } from "node:child_process";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

describe("PostgreSQL schema", () => {
  it("GIVEN the SQLite schema WHEN the PostgreSQL one is derived THEN it equals the committed file", () => {
    const check = spawnSync(process.execPath, ["scripts/prisma.mjs", "derive", "--check"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(check.stderr).toBe("");
    expect(check.status).toBe(0);
  });
});
