import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDue } from "../../src/domain/dates.js";

/** Friday 27 March 2026, 11:00 in Paris (CET, UTC+1); Paris moves to CEST on Sunday 29 March. */
const PARIS_NOW = new Date("2026-03-27T10:00:00Z");
const paris = { now: PARIS_NOW, timeZone: "Europe/Paris" } as const;
/** Friday 30 October 2026, 10:00 in New York (EDT); New York moves to EST on Sunday 1 November. */
const NY_NOW = new Date("2026-10-30T14:00:00Z");
const newYork = { now: NY_NOW, timeZone: "America/New_York" } as const;

function due(input: string, context: Parameters<typeof parseDue>[1]): string {
  const result = parseDue(input, context);
  if (!result.ok) throw new Error(`expected a date for ${input}, got ${result.error.reason}`);
  return result.value.toISOString();
}

describe("parseDue in English", () => {
  const en = { ...paris, locale: "en" } as const;

  it("GIVEN a Friday WHEN 'friday' is typed THEN it is next week's Friday at 17:00 local", () => {
    expect(due("friday", en)).toBe("2026-04-03T15:00:00.000Z");
  });

  it("GIVEN Friday before the DST change WHEN 'in 3 days' THEN Monday 17:00 in summer time", () => {
    expect(due("in 3 days", en)).toBe("2026-03-30T15:00:00.000Z");
  });

  it("GIVEN a date without time WHEN 'tomorrow' THEN Saturday 17:00 in winter time", () => {
    expect(due("tomorrow", en)).toBe("2026-03-28T16:00:00.000Z");
  });

  it("GIVEN 'next week' THEN seven days later at 17:00 local (after the DST change)", () => {
    expect(due("next week", en)).toBe("2026-04-03T15:00:00.000Z");
  });

  it("GIVEN an ISO date THEN that day at 17:00 local", () => {
    expect(due("2026-12-03", en)).toBe("2026-12-03T16:00:00.000Z");
  });

  it("GIVEN 'in 3 hours' THEN exactly three hours later", () => {
    expect(due("in 3 hours", en)).toBe("2026-03-27T13:00:00.000Z");
  });

  it("GIVEN a weekday with a time THEN that time local", () => {
    expect(due("monday 9am", en)).toBe("2026-03-30T07:00:00.000Z");
  });

  it("GIVEN filler words around the date THEN they are ignored", () => {
    expect(due("by friday", en)).toBe("2026-04-03T15:00:00.000Z");
  });

  it("GIVEN an English actor WHEN 04/12/2026 THEN US order: 12 April", () => {
    expect(due("04/12/2026", en)).toBe("2026-04-12T15:00:00.000Z");
  });

  it("GIVEN an English actor WHEN 03/12/2026 (12 March, past) THEN refused, not re-read as French", () => {
    expect(parseDue("03/12/2026", en)).toMatchObject({ ok: false, error: { reason: "past" } });
  });

  it("GIVEN New York before its DST end WHEN 'in 3 days' THEN Monday 17:00 EST", () => {
    expect(due("in 3 days", { ...newYork, locale: "en" })).toBe("2026-11-02T22:00:00.000Z");
  });

  it("GIVEN New York WHEN 'sunday' THEN 17:00 EST on the first day of winter time", () => {
    expect(due("sunday", { ...newYork, locale: "en" })).toBe("2026-11-01T22:00:00.000Z");
  });
});

describe("parseDue in French", () => {
  const fr = { ...paris, locale: "fr" } as const;

  it("GIVEN 'vendredi' on a Friday THEN the next Friday at 17:00", () => {
    expect(due("vendredi", fr)).toBe("2026-04-03T15:00:00.000Z");
  });

  it("GIVEN '03/12/2026' THEN 3 December (day first)", () => {
    expect(due("03/12/2026", fr)).toBe("2026-12-03T16:00:00.000Z");
  });

  it("GIVEN 'dans 3 jours' THEN Monday 17:00 in summer time", () => {
    expect(due("dans 3 jours", fr)).toBe("2026-03-30T15:00:00.000Z");
  });

  it("GIVEN 'demain' THEN Saturday 17:00", () => {
    expect(due("demain", fr)).toBe("2026-03-28T16:00:00.000Z");
  });

  it("GIVEN 'la semaine prochaine' THEN seven days later at 17:00", () => {
    expect(due("la semaine prochaine", fr)).toBe("2026-04-03T15:00:00.000Z");
  });

  it("GIVEN 'pour vendredi 15h' THEN that time on next Friday", () => {
    expect(due("pour vendredi 15h", fr)).toBe("2026-04-03T13:00:00.000Z");
  });

  it("GIVEN a French actor typing English THEN the other language is tried", () => {
    expect(due("tomorrow", fr)).toBe("2026-03-28T16:00:00.000Z");
  });
});

describe("parseDue refusals", () => {
  const en = { ...paris, locale: "en" } as const;

  it("GIVEN a date in the past THEN it is refused as past", () => {
    expect(parseDue("2026-01-05", en)).toEqual({ ok: false, error: { input: "2026-01-05", reason: "past" } });
  });

  it("GIVEN words that are not a date THEN it is unreadable", () => {
    expect(parseDue("whenever you can", en)).toMatchObject({ ok: false, error: { reason: "unreadable" } });
  });

  it("GIVEN a date buried in a sentence THEN it is unreadable rather than guessed", () => {
    expect(parseDue("call bob friday", en)).toMatchObject({ ok: false, error: { reason: "unreadable" } });
  });

  it("GIVEN an unknown time zone THEN UTC is used", () => {
    expect(due("2026-12-03", { ...en, timeZone: "Mars/Olympus" })).toBe("2026-12-03T17:00:00.000Z");
  });

  it("GIVEN any text at all THEN parseDue never throws and never returns a past date", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.constantFrom("en", "fr"), (text, locale) => {
        const result = parseDue(text, { ...paris, locale: locale as "en" | "fr" });
        if (result.ok) expect(result.value.getTime()).toBeGreaterThan(PARIS_NOW.getTime());
      }),
      { numRuns: 300 },
    );
  });
});
