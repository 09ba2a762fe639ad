import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { HEAD_BYTES } from "../../../src/sources/detect.js";
import { detectFormat } from "../../../src/sources/detect-format.js";
import { wholeTwarcLine } from "../../../src/sources/files/twarc-head.js";
import { sharedFixture } from "../../support/fixtures.js";
import { ownFixture } from "./support.js";

const headOf = (path: string): string => readFileSync(path).subarray(0, HEAD_BYTES).toString("utf8");

const tweet = { id: "1", text: "hi #chat", author_id: "2" };

describe("wholeTwarcLine, the quick look before detect-format.ts", () => {
  it("GIVEN a whole first line that is a page of tweets THEN it is twarc2 JSONL", () => {
    expect(wholeTwarcLine(`${JSON.stringify({ data: [tweet], includes: {} })}\n{"data"`)).toBe(
      "twarc2-jsonl",
    );
    expect(wholeTwarcLine(`\ufeff \r\n{ "data" : [ ${JSON.stringify(tweet)} ] }\r\n`)).toBe("twarc2-jsonl");
  });

  it("GIVEN a twarc2 flatten tweet THEN it is twarc2 JSONL", () => {
    expect(wholeTwarcLine(`${JSON.stringify({ ...tweet, author: { username: "ann" } })}\n`)).toBe(
      "twarc2-jsonl",
    );
  });

  it("GIVEN a first line that is cut, not JSON, not a page of tweets THEN it leaves the answer to detectFormat", () => {
    expect(wholeTwarcLine(JSON.stringify({ data: [tweet] }).slice(0, 30))).toBeNull();
    expect(wholeTwarcLine('{"data": [{"username": "ann", "id": "2"}]}\n')).toBeNull();
    expect(wholeTwarcLine('{"errors": [{"title": "Not Found Error"}]}\n')).toBeNull();
    expect(wholeTwarcLine("Tweet id,Tweet text\n")).toBeNull();
    expect(wholeTwarcLine("")).toBeNull();
  });

  it("GIVEN a repeated data key THEN the first record read is the first array's, as detectFormat reads it", () => {
    const line = `{"data": [{"name": "x", "s": "}]\\""}], "d\\u0061ta": [${JSON.stringify(tweet)}]}\n`;
    expect(wholeTwarcLine(line)).toBeNull();
    expect(detectFormat(line)).toBeNull();
  });

  it.each([
    ["shared", "kpop.jsonl"],
    ["shared", "flat.jsonl"],
    ["shared", "cotweet.jsonl"],
    ["shared", "counts.jsonl"],
    ["shared", "users.jsonl"],
    ["own", "twarc-page-errors.jsonl"],
  ])("GIVEN the %s file %s THEN it agrees with detectFormat wherever it answers", (where, name) => {
    const path = where === "own" ? ownFixture(name) : sharedFixture(`x-api-v2-twarc/${name}`);
    if (!path) return;
    const quick = wholeTwarcLine(headOf(path));
    if (quick !== null) expect(quick).toBe(detectFormat(headOf(path)));
  });

  it("GIVEN any JSON lines THEN it answers null or what detectFormat answers", () => {
    const record = fc.dictionary(
      fc.oneof(fc.constantFrom("id", "text", "author_id", "username", "edit_history_tweet_ids"), fc.string()),
      fc.json().map((json) => JSON.parse(json) as unknown),
      { maxKeys: 4 },
    );
    const page = fc.record(
      {
        data: fc.oneof(fc.array(record, { maxLength: 3 }), record),
        errors: fc.array(record, { maxLength: 2 }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(page, record), fc.array(fc.json(), { maxLength: 2 }), (first, rest) => {
        const text = [JSON.stringify(first), ...rest].join("\n");
        const quick = wholeTwarcLine(text);
        if (quick !== null) expect(quick).toBe(detectFormat(text));
      }),
      { numRuns: 500 },
    );
  });
});
