/** `afterchat report` as a process with stderr piped: no progress bar, only the summary lines. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { twarcPage } from "../app/stats/world.js";
import { runProcess } from "./process.js";

describe("afterchat report piped", () => {
  it("GIVEN stderr is a pipe THEN no bar and no terminal escape, in either language", async () => {
    const dir = mkdtempSync(join(tmpdir(), "afterchat-piped-"));
    const tweets = Array.from({ length: 300 }, (_, i) => ({
      id: String(1000 + i),
      author: String(2 + (i % 5)),
      text: `A1 answer ${i} #chat`,
      at: "2026-03-03T19:03:00.000Z",
    }));
    writeFileSync(join(dir, "chat.jsonl"), `${twarcPage(tweets)}\n`);
    for (const lang of ["en", "fr"] as const) {
      const run = await runProcess(["report", "chat.jsonl", "--json", "--lang", lang], {
        cwd: dir,
        timeoutMs: 120_000,
      });
      expect(run.code).toBe(0);
      expect(run.stderr).not.toContain("\u001b[");
      const bar = translator(lang).t("cli.progressBar").split("{records}")[1]!.trim().split(" ")[0]!;
      expect(run.stderr).not.toContain(` ${bar} · `);
      expect(run.stderr).toContain("chat.jsonl (twarc2-jsonl)");
    }
  }, 240_000);
});
