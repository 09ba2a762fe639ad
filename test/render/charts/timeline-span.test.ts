/**
 * The timeline chart reads at any span: its title and subtitle always drawn (French ones were pushed out
 * of the image by a long y-axis title), ticks labelled by the span (times, dates, months, years; never
 * "Jan 1" on every tick of a multi-year archive), "Date" on the axis when it shows dates, and the slot said
 * as "per minute", not "per 1 minute". Both languages.
 */
import { PNG } from "pngjs";
import { describe, expect, it } from "vitest";
import type { Report } from "../../../src/domain/stats/report.js";
import { translator } from "../../../src/i18n/index.js";
import { chartSvg, reportChartSpecs, reportCharts } from "../../../src/render/charts/index.js";
import { timeTicks } from "../../../src/render/charts/time-ticks.js";
import { aReport } from "../report/factory.js";

const LOCALES = ["en", "fr"] as const;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const START = Date.UTC(2009, 0, 10, 12);

/** A report whose timeline runs `spanMs` from START in `count` buckets of `bucketMinutes`. */
function spanning(spanMs: number, bucketMinutes: number): Report {
  const count = Math.max(2, Math.round(spanMs / (bucketMinutes * 60_000)));
  const buckets = Array.from({ length: count }, (_, i) => ({
    start: new Date(START + i * bucketMinutes * 60_000).toISOString(),
    posts: (i * 7) % 11,
  }));
  const last = buckets.at(-1)!.start;
  return aReport({
    window: { first: buckets[0]!.start, last },
    timeline: { bucketMinutes, buckets },
    peak: { start: buckets[1]!.start, posts: 7, bucketMinutes },
    afterParty: null,
  });
}

function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);
}

function timelineOf(report: Report, locale: (typeof LOCALES)[number]) {
  return reportChartSpecs(report, { locale, timeZone: "UTC" }).find(
    (chart) => chart.name === "timeline.png",
  )!;
}

describe("timeTicks: the tick unit and format from the span", () => {
  it.each([
    [HOUR, "minute", false],
    [10 * HOUR, "hour", false],
    [3 * DAY, "day", true],
    [40 * DAY, "day", true],
    [2 * 365 * DAY, "month", true],
    [14 * 365 * DAY, "year", true],
  ] as const)("GIVEN a span of %i ms THEN %s ticks (dates: %s)", (span, unit, dates) => {
    expect(timeTicks(START, START + span, "en")).toMatchObject({ unit, dates });
    expect(timeTicks(START, START + span, "fr")).toMatchObject({ unit, dates });
  });

  it("GIVEN several years THEN the year is in every label; months carry their year", () => {
    expect(timeTicks(START, START + 14 * 365 * DAY, "fr").format).toBe("%Y");
    expect(timeTicks(START, START + 2 * 365 * DAY, "en").format).toContain("%Y");
    expect(timeTicks(START, START + 40 * DAY, "en").format).not.toContain("%Y");
    expect(timeTicks(Date.UTC(2009, 11, 1), Date.UTC(2010, 0, 20), "fr").format).toContain("%Y");
  });
});

describe.each(LOCALES)("timeline chart over any span (%s)", (locale) => {
  const { t } = translator(locale);

  it.each([
    ["an hour", HOUR, 1],
    ["a week", 6 * DAY, 60],
    ["fourteen years", 14 * 365 * DAY, 2 * 7 * 24 * 60],
  ] as const)(
    "GIVEN %s THEN the title and the slot subtitle are drawn, the axis titled for times or dates",
    async (_name, span, bucket) => {
      const chart = timelineOf(spanning(span, bucket), locale);
      const texts = svgTexts(await chartSvg(chart.spec));
      expect(texts).toContain(t("report.chart.timelineTitle"));
      expect(texts).toContain(t("report.chart.timelineY"));
      const dates = span > DAY;
      expect(texts).toContain(
        t(dates ? "report.chart.timelineXDate" : "report.chart.timelineX", { zone: "UTC" }),
      );
      expect(texts.some((text) => text.includes(" 1 "))).toBe(false);
    },
  );

  it("GIVEN fourteen years THEN ticks are years, each a different label", async () => {
    const texts = svgTexts(await chartSvg(timelineOf(spanning(14 * 365 * DAY, 20_160), locale).spec));
    const years = texts.filter((text) => /^\d{4}$/.test(text));
    expect(years.length).toBeGreaterThan(5);
    expect(new Set(years).size).toBe(years.length);
  });

  it("GIVEN a one-minute slot THEN the subtitle says per minute, not per 1 minute", () => {
    const spec = JSON.stringify(timelineOf(spanning(HOUR, 1), locale).spec);
    expect(spec).toContain(t("report.chart.timelineSlot", { count: 1, unit: "minute", slot: "1 minute" }));
    expect(spec).not.toMatch(/ 1 minute/);
  });

  it("GIVEN the rendered PNG THEN its title band holds dark pixels (the title is drawn, not cut)", async () => {
    const [timeline] = await reportCharts(spanning(14 * 365 * DAY, 20_160), { locale, timeZone: "UTC" });
    const png = PNG.sync.read(Buffer.from(timeline!.bytes));
    // The title sits in the top 50 logical pixels (100 at the PNG's 2x scale), left-aligned.
    let dark = 0;
    for (let y = 0; y < 100; y += 1)
      for (let x = 0; x < 600; x += 1) {
        const at = (png.width * y + x) * 4;
        if (png.data[at]! < 80 && png.data[at + 1]! < 80 && png.data[at + 2]! < 80) dark += 1;
      }
    expect(dark).toBeGreaterThan(500);
  });
});
