import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { CHAT } from "../app/stats/world.js";
import { runCliCapturing } from "./support.js";

const dir = mkdtempSync(join(tmpdir(), "afterchat-cli-"));
const archive = join(dir, "chat.jsonl");
writeFileSync(archive, `${CHAT}\n`);

const cli = (...argv: string[]) => runCliCapturing(argv);

describe("afterchat report", () => {
  it("GIVEN an archive WHEN --json THEN the report's documented fields are on stdout, the file summary on stderr", async () => {
    const { code, stdout, stderr } = await cli(
      "report",
      archive,
      "--hashtag",
      "chat",
      "--host",
      "@Host",
      "--json",
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.posts.total).toBe(6);
    expect(report.contributors.unique).toBe(4);
    expect(report.engagement.likes).toBe(10);
    expect(report.reach.potential).toBe(100 + 200 + 300 + 400);
    expect(report.reach.impressions).toBeNull();
    expect(report.questions.map((q: { answers: number }) => q.answers)).toEqual([2, 2]);
    expect(report.unanswered.map((u: { externalId: string }) => u.externalId)).toEqual(["106"]);
    expect(stderr).toContain("chat.jsonl (twarc2-jsonl): 6 posts kept, 0 outside the filter, 0 skipped");
  });

  it("GIVEN --md --lang fr --out THEN a French report on stdout and report.json, report.md and charts on disk", async () => {
    const out = join(dir, "out");
    const { code, stdout, stderr } = await cli(
      "report",
      archive,
      "--md",
      "--lang",
      "fr",
      "--out",
      out,
      "--tz",
      "Europe/Paris",
    );
    expect(code).toBe(0);
    expect(stdout).toContain("Portée potentielle");
    expect(stdout).toContain(translator("fr").t("report.section.unanswered"));
    for (const name of ["report.json", "report.md", "timeline.png"])
      expect(existsSync(join(out, name))).toBe(true);
    expect(readFileSync(join(out, "timeline.png")).subarray(1, 4).toString()).toBe("PNG");
    expect(stderr).toContain(`Écrit\u202F: ${join(out, "report.md")}`);
  });

  it("GIVEN no file THEN exit 2 with the usage hint", async () => {
    const { code, stderr } = await cli("report");
    expect(code).toBe(2);
    expect(stderr).toContain("Give at least one file or folder");
  });

  it("GIVEN a bad date THEN exit 2 naming the option and an example", async () => {
    const { code, stderr } = await cli("report", archive, "--since", "yesterday");
    expect(code).toBe(2);
    expect(stderr).toContain("--since must be a date like 2026-11-24");
  });

  it("GIVEN an unknown option THEN exit 2 and no stack trace", async () => {
    const { code, stderr } = await cli("report", archive, "--frobnicate");
    expect(code).toBe(2);
    expect(stderr).toContain(
      translator("en").t("cli.unknownOption", { option: "--frobnicate", command: "report" }),
    );
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it("GIVEN a file that is not an archive THEN exit 1 with the translated explanation", async () => {
    const stray = join(dir, "notes.txt");
    writeFileSync(stray, "hello");
    const { code, stderr } = await cli("report", stray, "--lang", "fr");
    expect(code).toBe(1);
    expect(stderr).toContain(
      translator("fr").t("cli.notRecognised.unknown", { file: "notes.txt", first: "hello" }),
    );
  });
});

describe("afterchat report with unreadable records", () => {
  it("GIVEN a broken line WHEN reported in French THEN stderr names the line and the reason in French", async () => {
    const broken = join(dir, "broken.jsonl");
    writeFileSync(broken, `${CHAT}\n{"data": [ nope\n${CHAT}\n`);
    const { code, stderr } = await cli("report", broken, "--lang", "fr", "--json");
    expect(code).toBe(0);
    expect(stderr).toContain("ignoré ligne 2\u202F: JSON invalide");
  });
});
