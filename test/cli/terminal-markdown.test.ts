/**
 * `report --md` on a terminal prints text to read (no Markdown escapes such as `\#chat` or `@user\_2`);
 * piped, and in the report.md file --out writes, it stays valid Markdown.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli.js";
import { parseConfig } from "../../src/config.js";
import { twarcPage } from "../app/stats/world.js";

let dir: string;
let archive: string;

function sink(isTTY: boolean) {
  let text = "";
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  Object.assign(stream, { isTTY, columns: 100 });
  return { stream, text: () => text };
}

async function report(stdoutIsTTY: boolean, ...extra: string[]) {
  const out = sink(stdoutIsTTY);
  const err = sink(false);
  const code = await runCli(
    ["report", archive, "--md", ...extra],
    { stdout: out.stream, stderr: err.stream },
    () => parseConfig({}),
  );
  return { code, stdout: out.text() };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "afterchat-terminal-"));
  archive = join(dir, "chat.jsonl");
  writeFileSync(
    archive,
    `${twarcPage([
      { id: "101", author: "1", text: "Q1: What brought you here? #chat", at: "2026-03-03T19:01:00.000Z" },
      { id: "102", author: "2", text: "A1 curiosity #chat", at: "2026-03-03T19:03:00.000Z" },
    ])}\n`,
  );
});

describe("afterchat report --md on a terminal or piped", () => {
  it("GIVEN stdout is a terminal THEN the report reads as text, without Markdown escapes", async () => {
    const { code, stdout } = await report(true);
    expect(code).toBe(0);
    expect(stdout).toContain("Q1: What brought you here? #chat");
    expect(stdout).not.toMatch(/\\[#*_]/u);
  });

  it("GIVEN stdout is piped THEN valid Markdown with its escapes; the file --out writes too, even from a terminal", async () => {
    const piped = await report(false);
    expect(piped.stdout).toContain("Q1: What brought you here? \\#chat");
    const out = join(dir, "out");
    const terminal = await report(true, "--out", out);
    expect(terminal.code).toBe(0);
    expect(readFileSync(join(out, "report.md"), "utf8")).toContain("\\#chat");
  });
});
