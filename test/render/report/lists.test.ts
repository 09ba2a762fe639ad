import { describe, expect, it } from "vitest";
import { renderContext } from "../../../src/render/report/context.js";
import { fitLines } from "../../../src/render/report/lists.js";
import { sparkline } from "../../../src/render/report/sparkline.js";

const en = renderContext({ window: null }, "en", "UTC");
const fr = renderContext({ window: null }, "fr", "UTC");

describe("fitLines", () => {
  it("GIVEN lines that fit WHEN fitted THEN all are kept and nothing is announced", () => {
    expect(fitLines(["a", "b"], 100, en)).toEqual(["a", "b"]);
  });

  it("GIVEN too many lines WHEN fitted THEN the rest is counted, and the result still fits", () => {
    const lines = Array.from({ length: 50 }, (_, i) => `line number ${i}`);
    const kept = fitLines(lines, 100, fr);
    expect(kept.at(-1)).toBe(`et ${50 - (kept.length - 1)} de plus`);
    expect(kept.join("\n").length).toBeLessThanOrEqual(100);
  });
});

describe("sparkline", () => {
  it("GIVEN a series with one peak WHEN drawn THEN the peak is the full block", () => {
    expect(sparkline([1, 2, 8, 2, 0])).toBe("▂▃█▃▁");
  });

  it("GIVEN more values than the width WHEN drawn THEN neighbours are summed into one character", () => {
    expect(
      sparkline(
        Array.from({ length: 500 }, () => 1),
        50,
      ),
    ).toHaveLength(50);
  });
});
