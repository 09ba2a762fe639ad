import { describe, expect, it } from "vitest";
import { isAfterchatError } from "../../../src/errors.js";
import { openFile, parseFile, parseStream } from "../../../src/sources/detect.js";
import { sharedFixture } from "../../support/fixtures.js";
import { collect, fileStream, fromStrings, ownFixture, postsOf } from "./support.js";

describe("openFile / parseFile", () => {
  it("GIVEN our twarc2 file WHEN opened THEN its format is known before any item is read", async () => {
    const opened = await openFile(ownFixture("twarc-page-errors.jsonl"));
    expect(opened?.format).toBe("twarc2-jsonl");
    expect(postsOf(await collect(opened!.items))).toHaveLength(3);
  });

  it("GIVEN an archive and an owner handle WHEN parsed THEN the handle reaches the posts", async () => {
    const items = await collect(
      parseFile(ownFixture("tweets-old-archive.js.txt"), { ownerHandle: "ChatHote" }),
    );
    expect(postsOf(items).map((post) => post.authorHandle)).toEqual(["ChatHote", "ChatHote"]);
  });

  it("GIVEN a file of no known format WHEN parsed THEN an import_unrecognised error names the file", async () => {
    const path = sharedFixture("x-api-v2-twarc/counts.jsonl") ?? ownFixture("../../support/fixtures.ts");
    const error = await collect(parseFile(path)).catch((caught: unknown) => caught);
    expect(isAfterchatError(error) && error.code).toBe("import_unrecognised");
    expect(isAfterchatError(error) && error.params.file).toBe(path.split("/").pop());
  });
});

describe("parseStream", () => {
  it("GIVEN a stream of small chunks WHEN parsed THEN the held head chunks are replayed before the rest", async () => {
    const path = sharedFixture("x-api-v2-twarc/withheld.jsonl");
    if (!path) return;
    const detected = await parseStream(fileStream(path, 4096));
    expect(detected?.format).toBe("twarc2-jsonl");
    expect(postsOf(await collect(detected!.items))).toHaveLength(209);
  });

  it("GIVEN a stream whose head is not recognised THEN null, and the source is closed", async () => {
    let closed = false;
    async function* source() {
      try {
        yield "plain text\n";
        yield "more\n";
      } finally {
        closed = true;
      }
    }
    expect(await parseStream(source())).toBeNull();
    expect(closed).toBe(true);
  });

  it("GIVEN an empty stream THEN null", async () => {
    expect(await parseStream(fromStrings())).toBeNull();
  });

  it("GIVEN a daily CSV as one string chunk THEN daily items come out", async () => {
    const detected = await parseStream(
      fromStrings('"Date","Tweets published","impressions"\n"2021-01-01","2","30"\n'),
    );
    expect(detected?.format).toBe("x-analytics-daily-csv");
    expect(await collect(detected!.items)).toMatchObject([
      { type: "daily", at: "row 2", day: { postsPublished: 2 } },
    ]);
  });
});
