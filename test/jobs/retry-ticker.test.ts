import { validate } from "node-cron";
import { describe, expect, it } from "vitest";
import { AfterchatError } from "../../src/errors.js";
import { failureFromLastError, failureOf, lastErrorText, retryAt } from "../../src/jobs/retry.js";
import { tickPattern } from "../../src/jobs/ticker.js";

const t0 = new Date("2026-12-01T19:30:00Z");

describe("back-off and heartbeat", () => {
  it("GIVEN attempts 1 to 5 WHEN each fails THEN the next try comes 1, 4, 16, 64 minutes later, and none after the fifth", () => {
    const waits = [1, 2, 3, 4, 5].map((attempt) => {
      const next = retryAt(t0, attempt);
      return next === null ? null : (next.getTime() - t0.getTime()) / 60_000;
    });
    expect(waits).toEqual([1, 4, 16, 64, null]);
  });

  it("GIVEN an expected error or a crash WHEN stored as lastError THEN it reads back with its code and masked detail", () => {
    const expected = failureOf(new AfterchatError("source_rate_limited", { network: "X", retryAt: "20:00" }));
    expect(failureFromLastError(lastErrorText(expected))).toEqual(expected);
    const crash = failureOf(new Error("Authorization: Bearer abc.def-123 refused"));
    expect(crash).toEqual({ code: "internal", params: {}, detail: "Authorization: [redacted] refused" });
    expect(failureFromLastError("plain text from elsewhere")).toEqual({
      code: "internal",
      params: {},
      detail: "plain text from elsewhere",
    });
  });

  it("GIVEN poll intervals WHEN turned into node-cron patterns THEN they are valid and as close as cron allows", () => {
    const patterns = [1000, 15_000, 59_000, 60_000, 300_000, 3_600_000].map(tickPattern);
    expect(patterns).toEqual([
      "*/1 * * * * *",
      "*/15 * * * * *",
      "*/59 * * * * *",
      "0 */1 * * * *",
      "0 */5 * * * *",
      "0 0 * * * *",
    ]);
    expect(patterns.every((p) => validate(p))).toBe(true);
  });
});
