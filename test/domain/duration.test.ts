import { describe, expect, it } from "vitest";
import { formatDuration, parseDuration } from "../../src/domain/duration.js";

const M = 60_000;
const H = 60 * M;
const D = 24 * H;

describe("parseDuration", () => {
  it.each([
    ["30m", 30 * M],
    ["2h", 2 * H],
    ["48h", 48 * H],
    ["3d", 3 * D],
    ["3j", 3 * D],
    ["1h30", 90 * M],
    ["1h 30m", 90 * M],
    ["90 min", 90 * M],
    ["2 days", 2 * D],
    ["2 jours", 2 * D],
    ["1 heure", H],
    ["1.5h", 90 * M],
    ["1,5 h", 90 * M],
    ["2 days and 3 hours", 2 * D + 3 * H],
    ["1 semaine", 7 * D],
    ["  2H  ", 2 * H],
    ["2j12", 2 * D + 12 * H],
  ])("GIVEN %j WHEN parsed THEN it lasts the expected milliseconds", (input, ms) => {
    expect(parseDuration(input)).toEqual({ ok: true, value: ms });
  });

  it.each(["", "abc", "90", "0m", "-2h", "2x", "h", "constructor", "2 lundis", "400d", "1h30 foo"])(
    "GIVEN %j WHEN parsed THEN it is refused with the input echoed",
    (input) => {
      expect(parseDuration(input)).toEqual({ ok: false, error: input.trim() });
    },
  );

  it("GIVEN a duration WHEN formatted THEN it reads back the same", () => {
    expect(formatDuration(2 * D + 3 * H + 30 * M)).toBe("2d 3h 30m");
    expect(parseDuration(formatDuration(2 * D + 3 * H + 30 * M))).toEqual({
      ok: true,
      value: 2 * D + 3 * H + 30 * M,
    });
  });
});
