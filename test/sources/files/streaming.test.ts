import { describe, expect, it } from "vitest";
import { parseStream } from "../../../src/sources/detect.js";
import { parserFor } from "../../../src/sources/files/parsers.js";
import type { FileFormat, SourceItem } from "../../../src/sources/types.js";

// A parser must hand items out as it reads: fed a 50,000-record source and stopped after 10 items, it
// has pulled only a small part of the source, and stopping it closes the source.

const RECORDS = 50_000;

interface Source {
  chunks: AsyncGenerator<string>;
  pulled: () => number;
  closed: () => boolean;
}

function source(head: string, record: (i: number) => string, tail = ""): Source {
  let pulled = 0;
  let closed = false;
  async function* chunks(): AsyncGenerator<string> {
    try {
      yield head;
      for (let i = 1; i <= RECORDS; i++) {
        pulled += 1;
        yield record(i);
      }
      yield tail;
    } finally {
      closed = true;
    }
  }
  return { chunks: chunks(), pulled: () => pulled, closed: () => closed };
}

const id = (i: number) => String(1_500_000_000_000_000_000n + BigInt(i));
const sources: Record<FileFormat, () => Source> = {
  "twarc2-jsonl": () =>
    source(
      "",
      (i) =>
        `{"id":"${id(i)}","text":"A${i}","author_id":"1","author":{"username":"a"},"created_at":"2022-03-01T19:00:00.000Z"}\n`,
    ),
  "x-analytics-tweets-csv": () =>
    source(
      '"Tweet id","Tweet permalink","Tweet text","time","impressions"\n',
      (i) => `"${id(i)}","https://twitter.com/a/status/${id(i)}","A${i}","2022-03-01 19:00 +0000","10.0"\n`,
    ),
  "x-analytics-daily-csv": () =>
    source(
      '"Date","Tweets published","impressions"\n',
      (i) => `"2022-03-${String((i % 28) + 1).padStart(2, "0")}","1","10"\n`,
    ),
  "tweets-js": () =>
    source(
      "window.YTD.tweets.part0 = [",
      (i) =>
        `${i > 1 ? "," : ""}{"tweet":{"id_str":"${id(i)}","full_text":"A${i}","created_at":"Tue Mar 01 19:00:00 +0000 2022"}}`,
      "]",
    ),
  // Saved API responses stream when they are a top-level array (tweepy's lists, Mastodon timelines, post views).
  "x-api-json": () =>
    source(
      "[",
      (i) =>
        `${i > 1 ? "," : ""}{"id_str":"${id(i)}","text":"A${i}","created_at":"Tue Mar 01 19:00:00 +0000 2022","user":{"screen_name":"a"}}`,
      "]",
    ),
  "bluesky-json": () =>
    source(
      "[",
      (i) =>
        `${i > 1 ? "," : ""}{"uri":"at://did:plc:a/app.bsky.feed.post/${i}","author":{"did":"did:plc:a","handle":"a.bsky.social"},"record":{"text":"A${i}","createdAt":"2022-03-01T19:00:00Z"}}`,
      "]",
    ),
  "mastodon-json": () =>
    source(
      "[",
      (i) =>
        `${i > 1 ? "," : ""}{"id":"${i}","created_at":"2022-03-01T19:00:00.000Z","content":"<p>A${i}</p>","account":{"acct":"a","url":"https://m.example/@a"}}`,
      "]",
    ),
};

async function firstTen(items: AsyncIterable<SourceItem>): Promise<SourceItem[]> {
  const taken: SourceItem[] = [];
  for await (const item of items) {
    taken.push(item);
    if (taken.length === 10) break;
  }
  return taken;
}

describe("incremental output", () => {
  it.each(Object.keys(sources) as FileFormat[])(
    "GIVEN a %s source of 50,000 records WHEN only 10 items are read THEN the source was barely read and is closed",
    async (format) => {
      const { chunks, pulled, closed } = sources[format]();
      const taken = await firstTen(parserFor(format).parse(chunks));
      expect(taken.map((item) => item.type)).toEqual(
        Array(10).fill(format.includes("daily") ? "daily" : "post"),
      );
      // Measured: 10 records for twarc2 and tweets.js; 164 and 761 for the CSVs, whose read-ahead is bounded
      // by stream buffers (16 KB of text, 16 records), not by the size of the source.
      expect(pulled()).toBeLessThan(2_000);
      expect(closed()).toBe(true);
    },
  );

  it("GIVEN a large source WHEN detected with parseStream and read in part THEN it is not drained either", async () => {
    const { chunks, pulled, closed } = sources["twarc2-jsonl"]();
    const detected = await parseStream(chunks);
    expect(detected?.format).toBe("twarc2-jsonl");
    await firstTen(detected!.items);
    expect(pulled()).toBeLessThan(2_000); // detection holds the first 64 KB (about 600 lines here)
    expect(closed()).toBe(true);
  });
});
