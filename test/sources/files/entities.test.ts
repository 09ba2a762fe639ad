import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { uniqueLower, uniqueLowerTags, uniqueLowerUsernames } from "../../../src/sources/files/entities.js";

// uniqueLowerTags and uniqueLowerUsernames read X's entity lists with fast paths (one- and two-entry lists written as
// a literal, short lists without a Set): each must give what uniqueLower gives for the same values.
const value = fc.oneof(
  fc.constantFrom(
    "",
    "#",
    "＃",
    "@",
    "BenchChat",
    "benchchat",
    "#BenchChat",
    "＃Été",
    "@User_1",
    "＠user_1",
    "ÉTÉ",
  ),
  fc.string({ maxLength: 4 }),
  fc.integer(),
  fc.constant(null),
  fc.constant(undefined),
);
const entry = (field: string) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ [field]: value, start: fc.nat(10) }) },
    fc.constant(null),
    fc.string({ maxLength: 3 }),
    fc.constant([]),
  );
const list = (field: string) =>
  fc.oneof(
    fc.array(entry(field), { maxLength: 1 }),
    fc.array(entry(field), { maxLength: 3 }),
    fc.array(entry(field), { maxLength: 40 }),
  );
const fieldOf = (field: string) => (item: unknown) =>
  typeof item === "object" && item !== null && !Array.isArray(item)
    ? (item as Record<string, unknown>)[field]
    : null;

describe("X entity lists", () => {
  it("GIVEN any hashtag entities THEN the tags are uniqueLower's of their `tag` fields", () => {
    fc.assert(
      fc.property(list("tag"), (tags) => {
        expect(uniqueLowerTags(tags)).toEqual(uniqueLower(tags.map(fieldOf("tag"))));
      }),
      { numRuns: 5000 },
    );
  });

  it("GIVEN any mention entities THEN the handles are uniqueLower's of their `username` fields", () => {
    fc.assert(
      fc.property(list("username"), (mentions) => {
        expect(uniqueLowerUsernames(mentions)).toEqual(uniqueLower(mentions.map(fieldOf("username"))));
      }),
      { numRuns: 5000 },
    );
  });

  it("GIVEN no list THEN no entries", () => {
    expect(uniqueLowerTags(undefined)).toEqual([]);
    expect(uniqueLowerUsernames({ username: "host" })).toEqual([]);
  });
});
