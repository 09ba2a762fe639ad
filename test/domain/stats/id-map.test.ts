import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IdMap } from "../../../src/domain/stats/id-map.js";

// IdMap keeps decimal ids as numbers in a table of its own and every other id in a Map; whatever the ids,
// it must answer as a Map<string, number> would, and list the same entries.
const ids = fc.oneof(
  fc.bigInt({ min: 0n, max: 9_999_999_999_999_999_999n }).map(String),
  fc.bigInt({ min: 1_500_000_000_000_000_000n, max: 1_500_000_000_000_000_300n }).map(String),
  fc.nat({ max: 2_000 }).map(String),
  fc.constantFrom(
    "0",
    "00",
    "007",
    "10000000000000000000",
    "99999999999999999999",
    "",
    "at://did:plc:x/1",
    "1e5",
    " 1",
  ),
  fc.string({ maxLength: 6 }),
);

/** A few ids, so the same one comes back often (get then set, set twice, neighbours in the table). */
const fewIds = fc.constantFrom("1", "2", "3", "17", "1025", "2049", "1500000000000000001", "07", "x");

describe("IdMap", () => {
  it("GIVEN gets and sets over a few ids THEN it answers as a Map", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), fewIds, fc.integer()), { maxLength: 60 }), (operations) => {
        const map = new IdMap();
        const model = new Map<string, number>();
        for (const [isSet, id, value] of operations) {
          if (isSet) {
            map.set(id, value);
            model.set(id, value);
          } else expect(map.get(id)).toBe(model.get(id));
        }
        expect(map.size).toBe(model.size);
        expect(new Map(map.entries())).toEqual(model);
      }),
      { numRuns: 2_000 },
    );
  });

  it("GIVEN any gets and sets THEN it answers as a Map and lists the same entries", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), ids, fc.integer()), { maxLength: 3_000 }), (operations) => {
        const map = new IdMap();
        const model = new Map<string, number>();
        for (const [isSet, id, value] of operations) {
          if (isSet) {
            map.set(id, value);
            model.set(id, value);
          } else expect(map.get(id)).toBe(model.get(id));
        }
        expect(map.size).toBe(model.size);
        expect(new Map(map.entries())).toEqual(model);
      }),
      { numRuns: 300 },
    );
  });

  it("GIVEN 5,000 expected ids and 3,000 set THEN each is found again", () => {
    const map = new IdMap(5_000);
    for (let i = 0; i < 3_000; i += 1) map.set(String(1_500_000_000_000_000_000n + BigInt(7 * i)), i);
    for (let i = 0; i < 3_000; i += 1)
      expect(map.get(String(1_500_000_000_000_000_000n + BigInt(7 * i)))).toBe(i);
    expect(map.size).toBe(3_000);
  });

  it("GIVEN an expected count of ids THEN it answers as a Map whether the ids are fewer or more", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(0, 300, 1_500, 5_000),
        fc.array(fc.tuple(fc.boolean(), ids, fc.integer()), { minLength: 1_500, maxLength: 3_000 }),
        (expected, operations) => {
          const map = new IdMap(expected);
          const model = new Map<string, number>();
          for (const [isSet, id, value] of operations) {
            if (isSet) {
              map.set(id, value);
              model.set(id, value);
            } else expect(map.get(id)).toBe(model.get(id));
          }
          expect(map.size).toBe(model.size);
          expect(new Map(map.entries())).toEqual(model);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("GIVEN ids that differ only past the ninth digit from the end, or by a leading zero THEN they stay apart", () => {
    const map = new IdMap();
    const ids = ["1000000001", "2000000001", "1", "01", "1500000000000000001"];
    for (const [index, id] of ids.entries()) map.set(id, index);
    expect(ids.map((id) => map.get(id))).toEqual([0, 1, 2, 3, 4]);
    expect(map.get("0000000001")).toBeUndefined();
  });

  it("GIVEN 100,000 sequential ids THEN each is found again and an absent one is not", () => {
    const map = new IdMap();
    for (let i = 0; i < 100_000; i += 1) map.set(String(1_500_000_000_000_000_000n + BigInt(i)), i);
    expect(map.get("1500000000000099999")).toBe(99_999);
    expect(map.get("1500000000000100000")).toBeUndefined();
    expect(map.size).toBe(100_000);
  });
});
