import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli.js";
import { parseConfig } from "../../src/config.js";
import type { Series } from "../../src/domain/series.js";
import { openDatabase } from "../../src/store/database.js";
import { migrate } from "../../src/store/migrate.js";
import { createPrismaStore } from "../../src/store/prisma-store.js";
import { posts } from "../app/tasks/support/posts.js";

// `afterchat export` run through runCli against a temporary SQLite database the test fills the
// way the bot would: #cafechat (Paris) with two editions, notes and tasks on both, and more posts
// on edition 2 than the chat export's 100,000-row cap.
const BOM = "\uFEFF";
const MANY = 100_005;
let dir: string;
let url: string;
let series: Series;

/** stdout and stderr as a slow terminal would take them (a small buffer: the writer must wait). */
function captured() {
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  const sink = (into: Buffer[]) =>
    new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        into.push(Buffer.from(chunk));
        setImmediate(done);
      },
    });
  return {
    io: { stdout: sink(chunks.stdout), stderr: sink(chunks.stderr) },
    stdout: () => Buffer.concat(chunks.stdout).toString("utf8"),
    stderr: () => Buffer.concat(chunks.stderr).toString("utf8"),
  };
}

async function cli(...argv: string[]) {
  return cliIn("en", ...argv);
}

/** The command line with DEFAULT_LOCALE set (what a problem found before --lang is read speaks). */
async function cliIn(locale: "en" | "fr", ...argv: string[]) {
  const out = captured();
  const code = await runCli(argv, out.io, () => parseConfig({ DATABASE_URL: url, DEFAULT_LOCALE: locale }));
  // What the command wrote may still sit in the streams' buffers: let them drain first.
  for (const stream of [out.io.stdout, out.io.stderr]) {
    stream.end();
    await finished(stream);
  }
  return { code, stdout: out.stdout(), stderr: out.stderr() };
}

const rowsOf = (csv: string) => parse(csv.replace(BOM, ""), { relax_column_count: true }) as string[][];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "afterchat-export-"));
  url = `file:${join(dir, "afterchat.db")}`;
  await migrate(url);
  const database = await openDatabase(url);
  try {
    const store = createPrismaStore(database);
    const ws = await store.workspaces.ensure({
      platform: "slack",
      externalId: "T1",
      name: "Team",
      locale: "fr",
    });
    series = await store.series.create({
      workspaceId: ws.id,
      hashtag: "cafechat",
      title: "Café chat",
      hosts: [],
      networks: ["x"],
      mastodonInstance: null,
      cron: null,
      timeZone: "Europe/Paris",
      durationMinutes: 60,
      debriefChannel: "slack:T1:C1",
      afterPartyChannel: null,
      teamRoleIds: [],
      moderatorRoleIds: [],
      locale: "en",
    });
    for (const number of [1, 2]) {
      const edition = await store.editions.create({
        workspaceId: ws.id,
        seriesId: series.id,
        number,
        startsAt: new Date(`2026-03-0${number}T17:00:00Z`),
        endsAt: new Date(`2026-03-0${number}T18:00:00Z`),
      });
      await store.notes.add({
        workspaceId: ws.id,
        editionId: edition.id,
        authorRef: "slack:T1:U1",
        kind: "good",
        text: `Note of edition ${number}, "quoted"`,
      });
      await store.tasks.create({
        workspaceId: ws.id,
        seriesId: series.id,
        editionId: edition.id,
        title: `=Task of edition ${number}`,
        ownerRef: null,
        dueAt: null,
        createdBy: "slack:T1:U1",
      });
      if (number === 2) {
        const all = posts("ana", MANY);
        for (let i = 0; i < all.length; i += 10_000)
          await store.posts.upsertBatch(ws.id, edition.id, all.slice(i, i + 10_000));
      }
    }
  } finally {
    await database.close();
  }
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("afterchat export", () => {
  it("GIVEN notes on two editions WHEN exported to stdout THEN the CSV starts with a BOM, speaks the series' language and has every edition", async () => {
    const { code, stdout, stderr } = await cli("export", "notes", "--hashtag", "#CafeChat");
    expect(code).toBe(0);
    expect(stdout.startsWith(BOM)).toBe(true);
    expect(rowsOf(stdout)).toEqual([
      ["Edition", "Kind", "Author", "Author id (Slack)", "Text", "Created (Europe/Paris)"],
      ["1", "What went well", "U1", "U1", 'Note of edition 1, "quoted"', expect.any(String)],
      ["2", "What went well", "U1", "U1", 'Note of edition 2, "quoted"', expect.any(String)],
    ]);
    expect(stderr).toContain("Export of notes for #cafechat: 2 rows.");
  });

  it("GIVEN --edition 1 WHEN tasks are exported THEN only that edition's, a formula neutralised", async () => {
    const { code, stdout } = await cli("export", "tasks", "--hashtag", "cafechat", "--edition", "1");
    expect(code).toBe(0);
    expect(
      rowsOf(stdout)
        .slice(1)
        .map((r) => [r[0], r[1]]),
    ).toEqual([["1", "'=Task of edition 1"]]);
  });

  it("GIVEN more posts than the chat export's cap WHEN exported with --out THEN the file has every one of them", async () => {
    const file = join(dir, "posts.csv");
    const { code, stdout, stderr } = await cli(
      "export",
      "posts",
      "--hashtag",
      "cafechat",
      "--edition",
      "2",
      "--out",
      file,
    );
    expect(code).toBe(0);
    expect(stdout).toBe("");
    const text = readFileSync(file, "utf8");
    expect(text.startsWith(`${BOM}Network,Post id,Handle,Profile`)).toBe(true);
    expect(text.split("\r\n").filter((line) => line !== "")).toHaveLength(MANY + 1);
    expect(stderr).toContain(
      `Export of posts of edition 2 for #cafechat: ${MANY.toLocaleString("en-US")} rows.`,
    );
    expect(stderr).toContain(`Wrote ${file}`);
  }, 60_000);

  it("GIVEN --lang fr WHEN exporting THEN the summary is French, cells split on ';' for French Excel, headers in the series' language", async () => {
    const { stdout, stderr } = await cli("export", "roster", "--hashtag", "cafechat", "--lang", "fr");
    expect(stdout.split("\r\n")[0]).toBe(
      `${BOM}Handles;Profiles;Name;Editions;Posts;Engagement;Last seen (Europe/Paris)`,
    );
    expect(stderr).toContain("Export de la communauté de #cafechat");
  });

  it.each([
    [";", "Edition;Kind;Author;Author id (Slack);Text;Created (Europe/Paris)"],
    [",", "Edition,Kind,Author,Author id (Slack),Text,Created (Europe/Paris)"],
  ])("GIVEN --sep '%s' WHEN exporting THEN cells are split on it", async (sep, header) => {
    const { code, stdout } = await cli(
      "export",
      "notes",
      "--hashtag",
      "cafechat",
      "--sep",
      sep,
      "--lang",
      "fr",
    );
    expect(code).toBe(0);
    expect(stdout.split("\r\n")[0]).toBe(`${BOM}${header}`);
  });

  it.each([
    ["en", '--sep must be ";" or "," (got “tab”)'],
    ["fr", '--sep doit valoir ";" ou "," (reçu «\u202Ftab\u202F»)'],
  ] as const)("GIVEN --sep tab (%s) THEN refused with what it takes", async (lang, message) => {
    const { code, stderr } = await cliIn(lang, "export", "notes", "--hashtag", "cafechat", "--sep", "tab");
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });

  it.each([
    [
      ["export", "polls", "--hashtag", "cafechat"],
      2,
      "export takes one of notes, tasks, roster or posts (got “polls”).",
    ],
    [["export", "notes"], 2, "Give the chat's hashtag with --hashtag TAG."],
    [["export", "notes", "--hashtag", "nochat"], 1, "No series #nochat in the database."],
    [["export", "posts", "--hashtag", "cafechat", "--edition", "9"], 1, "#cafechat has no edition 9."],
  ])("GIVEN %j THEN exit %i and stderr says %s", async (argv, exit, said) => {
    const { code, stdout, stderr } = await cli(...argv);
    expect(code).toBe(exit);
    expect(stdout).toBe("");
    expect(stderr).toContain(said);
  });

  it("GIVEN help THEN the usage lists export, in both languages", async () => {
    expect((await cli("help")).stdout).toContain(
      "afterchat export notes|tasks|roster|posts --hashtag TAG [--edition N] [--workspace ID] [--out FILE]",
    );
    expect((await cli("help", "--lang", "fr")).stdout).toContain("[--out FICHIER]");
  });
});
