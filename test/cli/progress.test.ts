/**
 * The progress bar of `report` and `import`: on a terminal, the file, a bar of its bytes, "4 MB of 10 MB",
 * the posts read and their rate, the time left; nothing at all on a stream that is not a terminal.
 * A fake terminal stream (isTTY, columns) and a fake clock stand in for the real ones.
 */
import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { byteText, progress } from "../../src/cli/progress.js";
import { translator } from "../../src/i18n/index.js";

function stream(isTTY: boolean) {
  let text = "";
  const out = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk);
      done();
    },
  });
  Object.assign(out, { isTTY, columns: 160 });
  return { out, text: () => text };
}

/** Two seconds into a 10 MB file, 4 MB and 34,000 posts read. */
function run(locale: "en" | "fr", isTTY: boolean) {
  const terminal = stream(isTTY);
  let clock = 1_000_000;
  let read = 0;
  const bar = progress(translator(locale), terminal.out, "files", () => clock);
  bar.file("/data/big100k.jsonl", { size: 10_000_000, bytesRead: () => read });
  clock += 2_000;
  read = 4_000_000;
  bar.update(34_000);
  bar.stop();
  return terminal.text();
}

describe.each([
  { locale: "en", tag: "en-US", words: ["of", "34,000 posts", "17,000/s", "3 s left"], percent: "40%" },
  { locale: "fr", tag: "fr-FR", words: ["sur", "publications", "/s", "reste 3 s"], percent: "40 %" },
] as const)("progress bar ($locale)", ({ locale, tag, words, percent }) => {
  it("GIVEN a terminal THEN the file, its bytes read of its size, posts, rate and time left", () => {
    const text = run(locale, true);
    expect(text).toContain("big100k.jsonl");
    expect(text).toContain(percent);
    expect(text).toContain(`${byteText(4_000_000, tag)} ${words[0]} ${byteText(10_000_000, tag)}`);
    for (const word of words.slice(1)) expect(text).toContain(word);
    expect(text).toMatch(/[█=]{2,}/u);
  });

  it("GIVEN a stream that is not a terminal THEN nothing is written", () => {
    expect(run(locale, false)).toBe("");
  });
});

describe("byteText", () => {
  it("GIVEN bytes THEN kilobytes under a megabyte, megabytes above, in the locale's words", () => {
    expect(byteText(732_926, "en-US")).toBe("732.9 kB");
    expect(byteText(12_345_678, "en-US")).toBe("12.3 MB");
    expect(byteText(12_345_678, "fr-FR")).toMatch(/^12,3\s?Mo$/u);
  });
});
