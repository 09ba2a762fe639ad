import { describe, expect, it } from "vitest";
import { readNumber, sourceCount } from "../../../src/sources/files/counts.js";
import {
  parseAnalyticsTime,
  parseIsoDate,
  parseIsoDay,
  parseTwitterDate,
} from "../../../src/sources/files/dates.js";
import { extractHashtags, extractMentions } from "../../../src/sources/files/entities.js";
import { decodeHtmlEntities } from "../../../src/sources/files/html.js";
import { asId, handleFromPermalink, statusUrl } from "../../../src/sources/files/ids.js";

describe("hashtags and mentions from plain text", () => {
  it("GIVEN chat text THEN hashtags come lower-case, once each, without the #", () => {
    expect(extractHashtags("Q1 #ChatDuMardi and #chatdumardi, #été2024 #rstats!")).toEqual([
      "chatdumardi",
      "été2024",
      "rstats",
    ]);
  });

  it("GIVEN a number, a URL fragment or an HTML entity THEN it is not a hashtag", () => {
    expect(extractHashtags("#1 https://x.com/a#anchor &#39; x#y")).toEqual([]);
  });

  it("GIVEN handles, an e-mail address and a too-long name THEN only real mentions count", () => {
    expect(extractMentions("RT @rOpenSci: hi @Marie_L, mail me@example.org @abcdefghijklmnopq")).toEqual([
      "ropensci",
      "marie_l",
    ]);
  });
});

describe("dates as X writes them", () => {
  it("GIVEN an archive date THEN it is read in UTC, offset applied", () => {
    expect(parseTwitterDate("Sat May 13 17:20:09 +0000 2023")?.toISOString()).toBe(
      "2023-05-13T17:20:09.000Z",
    );
    expect(parseTwitterDate("Sat May 13 17:20:09 +0200 2023")?.toISOString()).toBe(
      "2023-05-13T15:20:09.000Z",
    );
  });

  it("GIVEN an analytics time THEN minutes precision, offset applied", () => {
    expect(parseAnalyticsTime("2016-12-23 18:50 +0000")?.toISOString()).toBe("2016-12-23T18:50:00.000Z");
    expect(parseAnalyticsTime("2016-12-23 18:50 -0130")?.toISOString()).toBe("2016-12-23T20:20:00.000Z");
  });

  it("GIVEN impossible or foreign dates THEN null, never an Invalid Date", () => {
    expect(parseTwitterDate("Sat Foo 13 17:20:09 +0000 2023")).toBeNull();
    expect(parseAnalyticsTime("2016-02-30 18:50 +0000")).toBeNull();
    expect(parseAnalyticsTime("23/12/2016 18:50")).toBeNull();
    expect(parseIsoDate("2021-09-22")).toBeNull();
    expect(parseIsoDate("2021-09-22T16:37:29.000Z")?.getTime()).toBe(Date.UTC(2021, 8, 22, 16, 37, 29));
    expect(parseIsoDay("2021-13-01")).toBeNull();
    expect(parseIsoDay(" 2021-01-31 ")).toBe("2021-01-31");
  });
});

describe("counts as X writes them", () => {
  it("GIVEN floats, strings, scientific and comma decimals THEN numbers", () => {
    expect(sourceCount("1938.0")).toBe(1938);
    expect(sourceCount("4")).toBe(4);
    expect(sourceCount(12)).toBe(12);
    expect(readNumber("7.358351729212656E-4")).toEqual({ kind: "number", value: 0.0007358351729212656 });
    expect(readNumber("0,04")).toEqual({ kind: "number", value: 0.04 });
  });

  it("GIVEN '-' or nothing THEN absent; words THEN invalid; a negative stays negative for the post check", () => {
    expect(readNumber("-")).toEqual({ kind: "absent" });
    expect(readNumber(undefined)).toEqual({ kind: "absent" });
    expect(readNumber("lots")).toEqual({ kind: "invalid" });
    expect(sourceCount("-")).toBeNull();
    expect(sourceCount("lots")).toBeNaN();
    expect(sourceCount("-3")).toBe(-3);
  });
});

describe("ids, links and text", () => {
  it("GIVEN ids as strings or safe numbers THEN strings; an unsafe number THEN refused", () => {
    expect(asId("1377649934414049282")).toBe("1377649934414049282");
    expect(asId(25712847277)).toBe("25712847277");
    expect(asId(JSON.parse("1377649934414049282"))).toBeNull(); // what JSON.parse makes of a stream rule id
    expect(asId("12a")).toBeNull();
  });

  it("GIVEN permalinks THEN the handle; links use x.com", () => {
    expect(handleFromPermalink("https://twitter.com/rOpenSci/status/812369747765362688")).toBe("rOpenSci");
    expect(handleFromPermalink("https://x.com/a_b/status/1")).toBe("a_b");
    expect(handleFromPermalink("https://example.org/rOpenSci/status/1")).toBeNull();
    expect(statusUrl("rOpenSci", "1")).toBe("https://x.com/rOpenSci/status/1");
  });

  it("GIVEN escaped text THEN the five X escapes are decoded once", () => {
    expect(decodeHtmlEntities("a &amp; b &lt;3 &gt; &quot;q&quot; it&#39;s &amp;lt;")).toBe(
      'a & b <3 > "q" it\'s &lt;',
    );
  });
});
