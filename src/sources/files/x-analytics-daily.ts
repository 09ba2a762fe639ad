import { isCount } from "../post-check.js";
import { type DailyMetrics, type FileParser, type SourceItem, written } from "../types.js";
import { canonicalOther, DAILY_COLUMNS, hasColumns, mapColumns } from "./analytics-columns.js";
import { readNumber, sourceCount } from "./counts.js";
import { readCsv } from "./csv-records.js";
import { parseIsoDay } from "./dates.js";
import { badValueItem, skipItem } from "./skip.js";

type Columns = ReturnType<typeof mapColumns<typeof DAILY_COLUMNS>>;
type MainKey = Exclude<keyof typeof DAILY_COLUMNS, "date">;

/**
 * X analytics "daily overview" export: one row per day of the account, the "tweet activity" one (until 2023,
 * `Date` as 2021-01-01) and `account_overview_analytics.csv` (since 2024, `Date` as "Sat, Sep 13, 2026",
 * "Create Post" for posts published, "New follows" and "Unfollows"). Main counts that read "-" are 0, and a
 * negative, fractional-beyond-rounding or absurd one skips the day as bad_value;
 * other columns go to `extra` under their canonical English name, and a "-" there (promoted columns of an
 * account that ran no ads) is left out rather than made a 0 that would read as "promoted, no effect".
 */
export function xAnalyticsDailyParser(): FileParser {
  return { format: "x-analytics-daily-csv", parse: parseDaily };
}

async function* parseDaily(input: AsyncIterable<Uint8Array | string>): AsyncGenerator<SourceItem> {
  let columns: Columns | null = null;
  let others: { index: number; key: string }[] = [];
  for await (const item of readCsv(input)) {
    const at = `row ${item.row}`;
    if (item.type === "error") {
      yield skipItem(at, item.code, item.detail);
    } else if (!columns) {
      columns = mapColumns(item.fields, DAILY_COLUMNS);
      if (!hasColumns(columns, ["date"])) {
        yield skipItem(at, "missing_field", "header without a Date column");
        return;
      }
      const main = new Set(Object.values(columns));
      others = item.fields.flatMap((name, index) =>
        main.has(index) ? [] : [{ index, key: canonicalOther(name) }],
      );
    } else {
      yield dayItem(item.fields, columns, others, at);
    }
  }
}

function dayItem(
  fields: string[],
  columns: Columns,
  others: { index: number; key: string }[],
  at: string,
): SourceItem {
  const date = parseIsoDay(columns.date === undefined ? undefined : fields[columns.date]);
  if (!date)
    return badValueItem(at, {
      field: "Date",
      expected: "day",
      got: written(fields[columns.date ?? 0] ?? ""),
    });
  const main: Record<MainKey, number> = {
    published: 0,
    impressions: 0,
    engagements: 0,
    retweets: 0,
    replies: 0,
    likes: 0,
  };
  for (const key of Object.keys(main) as MainKey[]) {
    const index = columns[key];
    const count = sourceCount(index === undefined ? undefined : fields[index]);
    if (count !== null && !isCount(count))
      return badValueItem(at, {
        field: key,
        of: date,
        expected: "count",
        got: written(fields[index!] ?? ""),
      });
    if (count !== null) main[key] = count;
  }
  const extra: Record<string, number> = {};
  for (const { index, key } of others) {
    const count = readNumber(fields[index]);
    if (count.kind === "number") extra[key] = count.value;
  }
  const day: DailyMetrics = {
    date,
    postsPublished: main.published,
    impressions: main.impressions,
    engagements: main.engagements,
    likes: main.likes,
    reposts: main.retweets,
    replies: main.replies,
    extra,
  };
  return { type: "daily", day, at };
}
