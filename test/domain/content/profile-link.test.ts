import { describe, expect, it } from "vitest";
import { profileLink } from "../../../src/domain/content/links.js";

describe("profileLink", () => {
  it("GIVEN an X or Bluesky handle THEN the network's profile page", () => {
    expect(profileLink("x", "user0")).toBe("https://x.com/user0");
    expect(profileLink("x", "@user0")).toBe("https://x.com/user0");
    expect(profileLink("bluesky", "ana.bsky.social")).toBe("https://bsky.app/profile/ana.bsky.social");
  });

  it("GIVEN a Mastodon user@host THEN the page on that host; a bare user on the series' instance", () => {
    expect(profileLink("mastodon", "ana@mastodon.social")).toBe("https://mastodon.social/@ana");
    expect(profileLink("mastodon", "ben", "https://piaille.fr/")).toBe("https://piaille.fr/@ben");
    expect(profileLink("mastodon", "ben", "piaille.fr")).toBe("https://piaille.fr/@ben");
  });

  it("GIVEN no handle, a bare Mastodon user without instance, or another network THEN null", () => {
    expect(profileLink("x", "")).toBeNull();
    expect(profileLink("mastodon", "ben")).toBeNull();
    expect(profileLink("linkedin", "ben")).toBeNull();
  });
});
