import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packDrafts, weightedLength } from "../../src/render/roster/drafts.js";
import { listOf } from "../../src/render/roster/list-format.js";

const thanks = (names: readonly string[]) =>
  `Thank you ${listOf(names, "en")} for joining #chat! See you at the next one.`;

describe("drafts within a post's length", () => {
  it("GIVEN three handles THEN one draft names them all", () => {
    expect(packDrafts(["@a", "@b", "@c"], thanks, 280).drafts).toEqual([
      "Thank you @a, @b and @c for joining #chat! See you at the next one.",
    ]);
  });

  it("GIVEN forty 15-character handles THEN several drafts, each at most 280, naming everyone once", () => {
    const handles = Array.from({ length: 40 }, (_, i) => `@contributor${String(i).padStart(3, "0")}`);
    const { drafts, left } = packDrafts(handles, thanks, 280);
    expect(drafts.length).toBeGreaterThan(1);
    for (const draft of drafts) expect(weightedLength(draft)).toBeLessThanOrEqual(280);
    expect(left).toEqual([]);
    for (const handle of handles)
      expect(drafts.filter((d) => d.includes(`${handle} `) || d.includes(`${handle},`)).length).toBe(1);
  });

  it("GIVEN emoji and CJK THEN they weigh two, as X counts them", () => {
    expect(weightedLength("abc")).toBe(3);
    expect(weightedLength("日本")).toBe(4);
    expect(weightedLength("🎉")).toBe(2);
  });

  it("GIVEN no handles THEN the draft without names", () => {
    expect(packDrafts([], thanks, 280, "Thank you all!").drafts).toEqual(["Thank you all!"]);
  });

  it("GIVEN any handles THEN every draft stays within the limit and no handle is lost or repeated", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string({ minLength: 1, maxLength: 40 }).map((s) => `@${s.replace(/[\s,]/g, "x")}`),
          { maxLength: 60 },
        ),
        fc.integer({ min: 80, max: 500 }),
        (handles, limit) => {
          const render = (names: readonly string[]) => `Thanks ${names.join(" ")}!`;
          const { drafts, left } = packDrafts(handles, render, limit);
          for (const draft of drafts) expect(weightedLength(draft)).toBeLessThanOrEqual(limit);
          const named = drafts.flatMap((d) => d.slice("Thanks ".length, -1).split(" "));
          expect([...named, ...left].sort()).toEqual([...handles].sort());
        },
      ),
    );
  });
});
