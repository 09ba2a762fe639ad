import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { reportFromFiles } from "../../../src/app/report/file-report.js";
import { CHAT, twarcPage } from "../stats/world.js";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "afterchat-files-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const context = { hashtag: "chat", hosts: ["host"] };

describe("a report straight from files", () => {
  it("GIVEN a folder with an archive and a stray file THEN the archive is counted and the stray file listed as not recognised", async () => {
    const dir = folder({ "chat.jsonl": CHAT, "readme.txt": "not an archive" });
    const result = await reportFromFiles([dir], { filter: {}, context });
    expect(result.report.posts.total).toBe(6);
    expect(result.report.questions.map((q) => [q.number, q.answers])).toEqual([
      [1, 2],
      [2, 2],
    ]);
    expect(result.unrecognised).toEqual([join(dir, "readme.txt")]);
    expect(result.files).toMatchObject([{ format: "twarc2-jsonl", posts: 6, ignored: 0, skippedCount: 0 }]);
  });

  it("GIVEN an explicitly named file that is not an archive THEN import_unrecognised", async () => {
    const dir = folder({ "readme.txt": "not an archive" });
    await expect(reportFromFiles([join(dir, "readme.txt")], { filter: {}, context })).rejects.toMatchObject({
      code: "import_unrecognised",
    });
  });

  it("GIVEN a path that does not exist THEN not_found naming it", async () => {
    await expect(reportFromFiles(["/nowhere/at/all.jsonl"], { filter: {}, context })).rejects.toMatchObject({
      code: "not_found",
      params: { what: "/nowhere/at/all.jsonl" },
    });
  });

  it("GIVEN a hashtag in another case and a time window THEN only the chat's posts in the window count", async () => {
    const other = twarcPage([
      { id: "900", author: "5", text: "unrelated #elsewhere", at: "2026-03-03T19:30:00.000Z" },
    ]).replace('"tag":"chat"', '"tag":"elsewhere"');
    const dir = folder({ "a.jsonl": `${CHAT}\n${other}\n` });
    const result = await reportFromFiles([dir], {
      filter: {
        hashtag: "#CHAT",
        since: new Date("2026-03-03T19:02:00Z"),
        until: new Date("2026-03-03T19:16:00Z"),
      },
      context,
    });
    // 19:03, 19:04, 19:15 are inside; 19:01, 19:17, 19:20 and the #elsewhere post are not.
    expect(result.report.posts.total).toBe(3);
    expect(result.files[0]).toMatchObject({ posts: 3, ignored: 4 });
  });

  it("GIVEN the same archive twice THEN each post counts once", async () => {
    const dir = folder({ "a.jsonl": CHAT, "b.jsonl": CHAT });
    const result = await reportFromFiles([dir], { filter: {}, context });
    expect(result.report.posts.total).toBe(6);
    expect(result.files.map((f) => f.posts)).toEqual([6, 6]);
  });
});

describe("GIVEN sources that say whether replies can be known", () => {
  const archive = (text: string) =>
    `window.YTD.tweet.part0 = ${JSON.stringify([
      { id_str: "1100000000000000011", full_text: text, created_at: "Tue Feb 26 19:10:00 +0000 2019" },
    ])};\n`;

  it("WHEN a tweets.js archive (own posts, no reply counts) is reported THEN repliesKnown is false", async () => {
    const dir = folder({ "tweets.js": archive("Anyone else using Quarto? #chat") });
    const result = await reportFromFiles([dir], { filter: {}, context });
    expect(result.report.unanswered).toHaveLength(1);
    expect(result.report.repliesKnown).toBe(false);
  });

  it("WHEN a twarc2 archive (replies matching the search, reply counts) is reported THEN repliesKnown is true", async () => {
    const dir = folder({ "chat.jsonl": CHAT });
    expect((await reportFromFiles([dir], { filter: {}, context })).report.repliesKnown).toBe(true);
  });
});
