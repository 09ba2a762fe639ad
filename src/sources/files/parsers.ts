import type { FileFormat, FileParser } from "../types.js";
import { twarcParser } from "./twarc.js";
import { tweetsJsParser } from "./tweets-js.js";
import { xAnalyticsParser } from "./x-analytics.js";
import { xAnalyticsDailyParser } from "./x-analytics-daily.js";

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
      return xAnalyticsParser(options);
    case "x-analytics-daily-csv":
      return xAnalyticsDailyParser();
    case "tweets-js":
      return tweetsJsParser(options);
  }
}
