import { describe, expect, it } from "vitest";
import { classifyKind } from "../../src/domain/post.js";

describe("classifyKind", () => {
  it("GIVEN a post that reposts and replies THEN it is a repost", () => {
    expect(classifyKind({ reposts: true, replies: true, quotes: true })).toBe("repost");
  });
  it("GIVEN a reply that quotes THEN it is a reply", () => {
    expect(classifyKind({ reposts: false, replies: true, quotes: true })).toBe("reply");
  });
  it("GIVEN a quote THEN it is a quote", () => {
    expect(classifyKind({ reposts: false, replies: false, quotes: true })).toBe("quote");
  });
  it("GIVEN nothing referenced THEN it is original", () => {
    expect(classifyKind({ reposts: false, replies: false, quotes: false })).toBe("original");
  });
});
