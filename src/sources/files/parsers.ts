import type { FileFormat, FileParser, SourceItem } from "../types.js";
import type { Chunk } from "./text.js";
import { parseTwarcBatches, twarcParser } from "./twarc.js";

export interface ParseOptions {
  /** Account whose export/archive this is: tweets.js has no author; the analytics CSV falls back to it. */
  ownerHandle?: string;
  /** Longest twarc2 JSONL line kept (characters). */
  maxLineChars?: number;
}

export function parserFor(format: FileFormat, options: ParseOptions = {}): FileParser {
  switch (format) {
    case "twarc2-jsonl":
      return twarcParser(options);
    case "x-analytics-tweets-csv":
      return lazyParser(format, async () => (await import("./x-analytics.js")).xAnalyticsParser(options));
    case "x-analytics-daily-csv":
      return lazyParser(format, async () => (await import("./x-analytics-daily.js")).xAnalyticsDailyParser());
    case "tweets-js":
      return lazyParser(format, async () => (await import("./tweets-js.js")).tweetsJsParser(options));
    case "x-api-json":
      return lazyParser(format, async () => (await import("./saved-x.js")).savedXParser());
    case "bluesky-json":
      return lazyParser(format, async () => (await import("./saved-bluesky.js")).savedBlueskyParser());
    case "mastodon-json":
      return lazyParser(format, async () => (await import("./saved-mastodon.js")).savedMastodonParser());
  }
}

/**
 * A parser whose module loads on first use: saved responses map through the live pulls' zod schemas, and
 * loading them (about 15 MB) for every archive import was memory the large imports did not need; the CSV and
 * tweets.js parsers bring csv-parse's streaming API and stream-json's streamers, which a twarc2 report never
 * uses.
 */
function lazyParser(format: FileFormat, load: () => Promise<FileParser>): FileParser {
  return {
    format,
    async *parse(input) {
      yield* (await load()).parse(input);
    },
  };
}

/**
 * The items of `input` in arrays (see DetectedSource.batches). twarc2 archives, the large ones, are batched
 * per chunk read; the other formats give one item per batch.
 */
export function batchesFor(
  format: FileFormat,
  options: ParseOptions,
  input: AsyncIterable<Chunk>,
): AsyncIterable<readonly SourceItem[]> {
  if (format === "twarc2-jsonl") return parseTwarcBatches(input, options);
  return oneByOne(parserFor(format, options).parse(input));
}

async function* oneByOne(items: AsyncIterable<SourceItem>): AsyncGenerator<readonly SourceItem[]> {
  for await (const item of items) yield [item];
}
