/**
 * Ordinary mistakes, made as a user makes them: the command line run as a real process. Each gets
 * one translated sentence naming the path or the database, and the documented exit code
 * (docs/cli.md): never "our side", never a Node stack, never a hang. The processes run a few at a
 * time in beforeAll; each `it` reads one outcome.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { openDatabase } from "../../src/store/database.js";
import { createPrismaStore } from "../../src/store/prisma-store.js";
import { twarcPage } from "../app/stats/world.js";
import { OWN_FIXTURES } from "../support/fixtures.js";
import { type ProcessRun, runProcess, runShell } from "./process.js";

const en = translator("en").t;
const fr = translator("fr").t;
const dir = mkdtempSync(join(tmpdir(), "afterchat-mistakes-"));
const DB = `file:${join(dir, "data/afterchat.db")}`;
const line = twarcPage([
  { id: "101", author: "1", text: "Q1: What brought you here? #chat", at: "2026-03-03T19:01:00.000Z" },
  { id: "102", author: "2", text: "A1 curiosity #chat", at: "2026-03-03T19:03:00.000Z" },
]);

const CASES: Record<string, { argv?: string[]; shell?: string; env?: Record<string, string> }> = {
  importMissing: { argv: ["import", "nope.jsonl", "--hashtag", "chat"] },
  importFolder: { argv: ["import", "folder", "--hashtag", "chat", "--edition", "1"] },
  importNothing: { argv: ["import", "other.jsonl", "--hashtag", "chat", "--edition", "2"] },
  importSkips: { argv: ["import", "cut.jsonl", "--hashtag", "chat", "--edition", "1", "--lang", "fr"] },
  outIsFile: { argv: ["report", "chat.jsonl", "--out", "file.txt"] },
  outUnderFile: { argv: ["report", "chat.jsonl", "--out", "file.txt/sub"] },
  outProc: { argv: ["report", "chat.jsonl", "--out", "/proc/nope/out"] },
  exportToFolder: { argv: ["export", "posts", "--hashtag", "chat", "--edition", "1", "--out", "folder"] },
  pipe: { shell: "set -o pipefail; afterchat report chat.jsonl --md | head -c 0" },
  dbMissing: {
    argv: ["series", "list"],
    env: { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/afterchat_no_such_db" },
  },
  dbDown: { argv: ["series", "list"], env: { DATABASE_URL: "postgresql://postgres@127.0.0.1:9/afterchat" } },
  wrongTag: { argv: ["report", "chat.jsonl", "--hashtag", "wrongtag"] },
  onlyCut: { argv: ["report", "onlycut.jsonl"] },
  dailyOnly: { argv: ["report", "daily.csv"] },
  datesSwapped: { argv: ["report", "chat.jsonl", "--since", "2026-03-04", "--until", "2026-03-03"] },
  typo: { argv: ["report", "chat.jsonl", "--hashtg", "chat"] },
  version: { argv: ["--version"] },
  langUpper: { argv: ["help", "--lang", "FR"] },
  importMd: { argv: ["import", "chat.jsonl", "--hashtag", "chat", "--md"] },
  importSince: { argv: ["import", "chat.jsonl", "--hashtag", "chat", "--since", "2026-03-03"] },
  importNoFile: { argv: ["import", "--hashtag", "chat"] },
  empty: { argv: ["report", "empty.jsonl"] },
  garbage: { argv: ["report", "garbage.bin"] },
  cutFirst: { argv: ["report", "cut.jsonl", "--json"] },
  helpBadPort: { argv: ["help"], env: { PORT: "abc" } },
  reportPostgres: {
    argv: ["report", "chat.jsonl", "--json"],
    env: { DATABASE_URL: "postgresql://u@db.example:5432/x" },
  },
};

const runs: Record<string, ProcessRun> = {};

beforeAll(async () => {
  writeFileSync(join(dir, "chat.jsonl"), `${line}\n`);
  writeFileSync(
    join(dir, "other.jsonl"),
    `${line.replaceAll("#chat", "#other").replaceAll('"chat"', '"other"')}\n`,
  );
  writeFileSync(join(dir, "cut.jsonl"), `${line.slice(40)}\n${line}\n{"data": [ nope ]}\n`);
  writeFileSync(join(dir, "onlycut.jsonl"), line.slice(0, 80));
  writeFileSync(join(dir, "empty.jsonl"), "");
  writeFileSync(join(dir, "garbage.bin"), Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0xff, 0xfe, 0, 1, 2]));
  writeFileSync(join(dir, "file.txt"), "x");
  mkdirSync(join(dir, "folder"));
  writeFileSync(join(dir, "folder/part1.jsonl"), `${line}\n`);
  writeFileSync(join(dir, "folder/notes.txt"), "not an archive");
  copyFileSync(join(OWN_FIXTURES, "sources/analytics-daily-en.csv"), join(dir, "daily.csv"));
  const env = { DATABASE_URL: DB };
  const setup = async (...argv: string[]) => {
    const run = await runProcess(argv, { cwd: dir, env });
    if (run.code !== 0) throw new Error(`${argv.join(" ")}: ${run.stderr}`);
  };
  await setup("series", "add", "chat");
  await setup("edition", "new", "--hashtag", "chat", "--at", "2026-03-03 19:00");
  await setup("edition", "new", "--hashtag", "chat", "--at", "2026-03-10 19:00");
  const names = Object.keys(CASES);
  const next = async (): Promise<void> => {
    const name = names.shift();
    if (!name) return;
    const { argv, shell, env: extra } = CASES[name]!;
    const options = { cwd: dir, env: { ...env, ...extra }, timeoutMs: 60_000 };
    runs[name] = shell ? await runShell(shell, options) : await runProcess(argv ?? [], options);
    return next();
  };
  // importFolder must store before exportToFolder reads: the database cases run first, in order.
  for (const name of ["importFolder", "importNothing", "importSkips"]) {
    names.splice(names.indexOf(name), 1);
    const { argv } = CASES[name]!;
    runs[name] = await runProcess(argv ?? [], { cwd: dir, env, timeoutMs: 60_000 });
  }
  await Promise.all([next(), next(), next()]);
}, 600_000);

/** No Node stack, no "our side". */
function plain(run: ProcessRun): void {
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(run.stderr).not.toContain(en("errors.internal", { ref: "" }).slice(0, 30));
}

describe("paths and databases (exit 1, one sentence naming them)", () => {
  it("GIVEN import of a path that does not exist THEN it names the path", () => {
    const run = runs.importMissing!;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(en("errors.not_found", { what: "nope.jsonl" }));
    plain(run);
  });

  it("GIVEN import of a folder THEN its files are imported and the unrecognised one named, as report does", () => {
    const run = runs.importFolder!;
    expect(run.stderr).toContain(en("cli.unrecognised", { file: join("folder", "notes.txt") }));
    expect(run.stderr).toContain("2 new");
    expect(run.code).toBe(0);
  });

  it("GIVEN --out that is a file, or under a file THEN it says so before any report is written", () => {
    expect(runs.outIsFile!.code).toBe(1);
    expect(runs.outIsFile!.stderr).toContain(en("cli.fs.eexist", { path: "file.txt" }));
    expect(runs.outIsFile!.stdout).toBe("");
    expect(runs.outUnderFile!.code).toBe(1);
    expect(runs.outUnderFile!.stderr).toContain(en("cli.fs.enotdir", { path: "file.txt/sub" }));
    plain(runs.outUnderFile!);
  });

  it("GIVEN export --out a folder THEN it asks for a file name", () => {
    const run = runs.exportToFolder!;
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(en("cli.fs.eisdir", { path: "folder" }));
    plain(run);
  });

  it("GIVEN the output piped to a command that closed THEN it ends quietly with 0", () => {
    const run = runs.pipe!;
    expect(run.stderr).not.toContain("EPIPE");
    plain(run);
    expect(run.code).toBe(0);
  });

  it("GIVEN a PostgreSQL database that does not exist, or does not answer THEN it names it and what to do", () => {
    expect(runs.dbMissing!.code).toBe(1);
    expect(runs.dbMissing!.stderr).toContain(
      en("cli.db.missing", { database: "PostgreSQL 127.0.0.1:5432/afterchat_no_such_db" }),
    );
    expect(runs.dbDown!.code).toBe(1);
    expect(runs.dbDown!.stderr).toContain(
      en("cli.db.down", { database: "PostgreSQL 127.0.0.1:9/afterchat" }),
    );
    plain(runs.dbDown!);
  });
});

describe("--out /proc/nope", () => {
  it("GIVEN a folder the system refuses to create THEN it stops at once with a sentence", () => {
    const run = runs.outProc!;
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(en("cli.fs.ecreate", { path: "/proc/nope/out" }));
  });
});

describe("exit codes", () => {
  it("GIVEN posts all outside --hashtag THEN 3 and how many were outside", () => {
    expect(runs.wrongTag!.code).toBe(3);
    expect(runs.wrongTag!.stderr).toContain(en("cli.nothing.filtered", { count: 2, hashtag: "wrongtag" }));
  });

  it("GIVEN a file whose only line is cut off THEN 3 and the cut line named", () => {
    expect(runs.onlyCut!.code).toBe(3);
    expect(runs.onlyCut!.stderr).toContain(en("cli.nothing.skipped", { count: 1 }));
    expect(runs.onlyCut!.stderr).toMatch(/skipped line 1: cut off/);
  });

  it("GIVEN daily overviews alone THEN 3: they hold no posts", () => {
    expect(runs.dailyOnly!.code).toBe(3);
    expect(runs.dailyOnly!.stderr).toContain(en("cli.nothing.dailyOnly"));
  });

  it("GIVEN --since after --until THEN 2", () => {
    expect(runs.datesSwapped!.code).toBe(2);
    expect(runs.datesSwapped!.stderr).toContain(
      en("cli.dateOrder", { since: "2026-03-04", until: "2026-03-03" }),
    );
  });
});

describe("options", () => {
  it("GIVEN --hashtg THEN unknown option, did you mean --hashtag", () => {
    expect(runs.typo!.code).toBe(2);
    expect(runs.typo!.stderr.trim()).toBe(
      en("cli.unknownOptionGuess", { option: "--hashtg", guess: "--hashtag" }),
    );
  });

  it("GIVEN --version THEN the package's version", () => {
    expect(runs.version!.code).toBe(0);
    expect(runs.version!.stdout).toMatch(/^afterchat \d+\.\d+\.\d+\n$/);
  });

  it("GIVEN --lang FR THEN French", () => {
    expect(runs.langUpper!.code).toBe(0);
    expect(runs.langUpper!.stdout).toContain(fr("cli.usage").slice(0, 40));
  });

  it("GIVEN import --md or import --since THEN refused: import does not take them", () => {
    expect(runs.importMd!.code).toBe(2);
    expect(runs.importMd!.stderr).toContain(en("cli.optionNotFor", { option: "--md", command: "import" }));
    expect(runs.importSince!.code).toBe(2);
    expect(runs.importSince!.stderr).toContain(
      en("cli.optionNotFor", { option: "--since", command: "import" }),
    );
  });

  it("GIVEN import with no file THEN its usage names import", () => {
    expect(runs.importNoFile!.code).toBe(2);
    expect(runs.importNoFile!.stderr).toContain(en("cli.missingImportPaths"));
    expect(en("cli.missingImportPaths")).toContain("afterchat import");
  });
});

describe("files that are not recognised, and skipped lines", () => {
  it("GIVEN an empty file or a binary one THEN the file is named with what it is", () => {
    expect(runs.empty!.code).toBe(1);
    expect(runs.empty!.stderr).toContain(en("cli.notRecognised.empty", { file: "empty.jsonl" }));
    expect(runs.garbage!.code).toBe(1);
    expect(runs.garbage!.stderr).toContain(en("cli.notRecognised.binary", { file: "garbage.bin" }));
  });

  it("GIVEN a JSONL whose first line is cut THEN it is recognised from the next lines, the cut line skipped", () => {
    expect(runs.cutFirst!.code).toBe(0);
    expect(JSON.parse(runs.cutFirst!.stdout).posts.total).toBe(2);
    expect(runs.cutFirst!.stderr).toMatch(/skipped line 1: not valid JSON/);
  });

  it("GIVEN import THEN its skipped lines are listed with their numbers, in the CLI's language", () => {
    expect(runs.importSkips!.stderr).toMatch(/ignoré ligne 1\u202F:/u);
    expect(runs.importSkips!.stderr).toMatch(/ignoré ligne 3\u202F:/u);
  });

  it("GIVEN an import that stores nothing THEN 3, and the edition is not marked imported", async () => {
    expect(runs.importNothing!.code).toBe(3);
    expect(runs.importNothing!.stderr).toContain(en("cli.importedNothing", { hashtag: "chat", number: 2 }));
    const database = await openDatabase(DB);
    try {
      const store = createPrismaStore(database);
      const [series] = await store.series.findByHashtagAcrossWorkspaces("chat");
      const imported = await store.editions.byNumber(series!.workspaceId, series!.id, 1);
      const empty = await store.editions.byNumber(series!.workspaceId, series!.id, 2);
      expect(imported?.importedAt).not.toBeNull();
      expect(empty?.importedAt).toBeNull();
    } finally {
      await database.close();
    }
  });
});

describe("configuration", () => {
  it("GIVEN PORT=abc THEN help still works", () => {
    expect(runs.helpBadPort!.code).toBe(0);
    expect(runs.helpBadPort!.stdout).toContain("afterchat report");
  });

  it("GIVEN a PostgreSQL DATABASE_URL and no AFTERCHAT_SECRET THEN report (no database) works", () => {
    expect(runs.reportPostgres!.stderr).not.toContain("AFTERCHAT_SECRET");
    expect(runs.reportPostgres!.code).toBe(0);
  });
});
