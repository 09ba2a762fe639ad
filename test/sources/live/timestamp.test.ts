import { describe, expect, it } from "vitest";
import { parseTimestamp, toRfc3339Seconds } from "../../../src/sources/live/timestamp.js";

describe("parseTimestamp", () => {
  it.each([
    ["2025-05-19T17:24:22.643828Z", "2025-05-19T17:24:22.643Z"],
    ["2025-05-19T17:24:22.6Z", "2025-05-19T17:24:22.600Z"],
    ["2025-05-19T17:24:22+00:00", "2025-05-19T17:24:22.000Z"],
    ["2025-05-19T17:24:22-0530", "2025-05-19T22:54:22.000Z"],
    ["2025-05-19T17:24:22", "2025-05-19T17:24:22.000Z"],
  ])("GIVEN %s THEN %s (no zone means UTC, never local time)", (value, iso) => {
    expect(parseTimestamp(value)?.toISOString()).toBe(iso);
  });

  it.each(["", "2025-05-19", "2025-02-30T00:00:00Z", "2025-05-19T24:00:00Z", "May 19 2025", 1716140000])(
    "GIVEN %j THEN null",
    (value) => {
      expect(parseTimestamp(value)).toBeNull();
    },
  );
});

describe("toRfc3339Seconds", () => {
  it("GIVEN a date with milliseconds THEN whole seconds with Z, the form X documents", () => {
    expect(toRfc3339Seconds(new Date("2021-09-22T16:37:29.999Z"))).toBe("2021-09-22T16:37:29Z");
  });
});
