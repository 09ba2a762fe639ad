import { describe, expect, it } from "vitest";
import { cronFromWords } from "../../src/domain/weekly.js";

const words = (text: string) => cronFromWords(text.split(/\s+/u));

describe("a schedule in people's words", () => {
  it.each([
    ["tuesdays 18:00", "0 18 * * 2"],
    ["Tuesday 6pm", "0 18 * * 2"],
    ["tue 6:30pm", "30 18 * * 2"],
    ["mardi 18h", "0 18 * * 2"],
    ["Mardi 18h30", "30 18 * * 2"],
    ["mon, thu 19:00", "0 19 * * 1,4"],
    ["lundi et jeudi à 19h", "0 19 * * 1,4"],
    ["dimanche 12am", "0 0 * * 0"],
    ["Vendredi 9h", "0 9 * * 5"],
  ])("GIVEN %j THEN the cron is %j", (text, cron) => {
    expect(words(text)).toBe(cron);
  });

  it.each([
    "0 18 * * 2",
    "tuesday",
    "18:00",
    "tuesday 25:00",
    "tuesday 18",
    "someday 18:00",
    "tuesday 18:00 19:00",
  ])("GIVEN %j THEN it is not a day and a time", (text) => {
    expect(words(text)).toBeNull();
  });
});
