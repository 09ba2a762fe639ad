import { parse } from "csv-parse/sync";
import {
  DAILY_COLUMNS,
  DAILY_REQUIRED,
  hasColumns,
  mapColumns,
  TWEET_COLUMNS,
  TWEET_REQUIRED,
} from "./analytics-columns.js";
import { csvDelimiter } from "./csv-delimiter.js";

/** Which analytics export a header line belongs to, if any (English or French column names). */
export function analyticsKindOf(
  firstLine: string,
): "x-analytics-tweets-csv" | "x-analytics-daily-csv" | null {
  let header: unknown;
  try {
    header = parse(firstLine, {
      delimiter: csvDelimiter(firstLine),
      relax_quotes: true,
      relax_column_count: true,
      to_line: 1,
    })[0];
  } catch {
    return null;
  }
  if (!Array.isArray(header)) return null;
  const fields = header.filter((field): field is string => typeof field === "string");
  const tweets = mapColumns(fields, TWEET_COLUMNS);
  if (hasColumns(tweets, TWEET_REQUIRED) && (tweets.time !== undefined || tweets.date !== undefined))
    return "x-analytics-tweets-csv";
  if (hasColumns(mapColumns(fields, DAILY_COLUMNS), DAILY_REQUIRED)) return "x-analytics-daily-csv";
  return null;
}
