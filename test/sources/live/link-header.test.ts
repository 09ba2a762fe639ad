import { describe, expect, it } from "vitest";
import { nextLink, sameOrigin } from "../../../src/sources/live/link-header.js";

const REQUEST = "https://mastodon.example/api/v1/timelines/tag/hoot?limit=40";

describe("nextLink", () => {
  it("GIVEN Mastodon's next and prev links THEN the next one", () => {
    const header =
      '<https://mastodon.example/api/v1/timelines/tag/hoot?max_id=117020593741189701>; rel="next", ' +
      '<https://mastodon.example/api/v1/timelines/tag/hoot?min_id=117020593741189701>; rel="prev"';

    expect(nextLink(header, REQUEST)).toBe(
      "https://mastodon.example/api/v1/timelines/tag/hoot?max_id=117020593741189701",
    );
  });

  it("GIVEN only prev THEN null", () => {
    expect(nextLink('<https://mastodon.example/x?min_id=1>; rel="prev"', REQUEST)).toBeNull();
  });

  it("GIVEN a relative link and an unquoted rel THEN it is resolved against the request", () => {
    expect(nextLink("</api/v1/timelines/tag/hoot?max_id=5>; rel=next", REQUEST)).toBe(
      "https://mastodon.example/api/v1/timelines/tag/hoot?max_id=5",
    );
  });

  it.each([null, "", "garbage", "<>; rel=next"])("GIVEN %j THEN no crash", (header) => {
    const link = nextLink(header, REQUEST);
    expect(link === null || link === REQUEST).toBe(true);
  });
});

describe("sameOrigin", () => {
  it.each([
    ["https://a.example/x", "https://a.example/y?z", true],
    ["https://a.example/x", "http://a.example/x", false],
    ["https://a.example/x", "https://a.example:8443/x", false],
    ["https://a.example/x", "https://evil.example/x", false],
    ["https://a.example/x", "not a url", false],
  ])("%s vs %s -> %s", (a, b, same) => {
    expect(sameOrigin(a, b)).toBe(same);
  });
});
