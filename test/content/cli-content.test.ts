import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { runCliCapturing } from "../cli/support.js";
import { row, statusUrl, writeSyntheticChat } from "./synthetic-chat.js";

const base = ["--hashtag", "chatdemo", "--host", "hostaccount", "--tz", "Europe/Paris"];

describe("afterchat content", () => {
  it("GIVEN the synthetic chat WHEN `content recap` runs without --out THEN the Markdown recap is printed and the opt-out said on stderr", async () => {
    const run = await runCliCapturing([
      "content",
      "recap",
      writeSyntheticChat(),
      ...base,
      "--title",
      "Why we teach",
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("# \\#chatdemo: Why we teach");
    expect(run.stdout).toContain(statusUrl(row("ana_s")));
    expect(run.stdout).not.toMatch(/zoe/i);
    expect(run.stderr).toContain(translator("en").t("content.cli.optOuts", { count: 1, handles: "@zoe_q" }));
  });

  it("GIVEN --opt-out WHEN `content all --out DIR --lang fr` runs THEN every file is written and the named author is absent from all", async () => {
    const out = mkdtempSync(join(tmpdir(), "afterchat-content-out-"));
    const run = await runCliCapturing([
      "content",
      "all",
      writeSyntheticChat(),
      ...base,
      "--out",
      out,
      "--lang",
      "fr",
      "--opt-out",
      "@Ana_S",
    ]);
    expect(run.code, run.stderr).toBe(0);
    for (const name of [
      "recap.md",
      "recap.html",
      "transcript.csv",
      "transcript.md",
      "script.md",
      "recycle.md",
    ]) {
      expect(existsSync(join(out, name)), name).toBe(true);
      const text = readFileSync(join(out, name), "utf8");
      expect(text, name).not.toMatch(/ana_s|Ana Silva|village school|whiteboard|zoe/i);
    }
    expect(readFileSync(join(out, "recap.md"), "utf8")).toContain(
      translator("fr").t("content.recap.figures"),
    );
  });

  it("GIVEN a wrong kind or no --out for pages WHEN run THEN a translated error says what to do", async () => {
    const bad = await runCliCapturing(["content", "poster", writeSyntheticChat(), ...base, "--lang", "fr"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(translator("fr").t("content.cli.badKind", { kind: "poster" }));
    const noOut = await runCliCapturing(["content", "story", writeSyntheticChat(), ...base]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr.trim()).toBe(translator("en").t("content.cli.needsOut", { kind: "story" }));
  });
});
