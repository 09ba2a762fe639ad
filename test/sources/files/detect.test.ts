import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { translator } from "../../../src/i18n/index.js";
import { HEAD_BYTES } from "../../../src/sources/detect.js";
import { detectFormat } from "../../../src/sources/detect-format.js";
import { FILE_FORMATS } from "../../../src/sources/types.js";
import { sharedFixture } from "../../support/fixtures.js";
import { ownFixture } from "./support.js";

/** The first 64 KB of a file, as detection sees it (a multi-byte character cut at the end is harmless). */
const headOf = (path: string): string => readFileSync(path).subarray(0, HEAD_BYTES).toString("utf8");

const twarc = (name: string) => sharedFixture(`x-api-v2-twarc/${name}`);

describe("detectFormat on the shared real files", () => {
  it.each([
    "kpop.jsonl",
    "withheld.jsonl",
    "flat.jsonl",
    "streaming_output_with_error.jsonl",
    "cotweet.jsonl",
    "geo_tweets.jsonl",
  ])("GIVEN twarc2's %s THEN it is twarc2 JSONL", (name) => {
    const path = twarc(name);
    if (path) expect(detectFormat(headOf(path))).toBe("twarc2-jsonl");
  });

  it.each(["counts.jsonl", "users.jsonl"])(
    "GIVEN twarc2's %s (no posts inside) THEN it is not recognised",
    (name) => {
      const path = twarc(name);
      if (path) expect(detectFormat(headOf(path))).toBeNull();
    },
  );

  it("GIVEN an analytics per-tweet export THEN it is the tweets CSV", () => {
    const path = sharedFixture("x-analytics-csv/tweet_activity_metrics_rOpenSci_20180501_20180601_en.csv");
    if (path) expect(detectFormat(headOf(path))).toBe("x-analytics-tweets-csv");
  });

  it("GIVEN the archive's tweets.js THEN it is tweets-js", () => {
    const path = sharedFixture("x-archive/tweets.first400.js");
    if (path) expect(detectFormat(headOf(path))).toBe("tweets-js");
  });

  it.each([
    ["x-api-tweepy/v2_search_recent_tweets.json", "x-api-json"],
    ["x-api-tweepy/v2_home_timeline.json", "x-api-json"],
    ["x-api-tweepy/v1.1_user_timeline.json", "x-api-json"],
    ["x-api-tweepy/v1.1_search_tweets_q-tweepy.json", "x-api-json"],
    ["bluesky/getTimeline.json", "bluesky-json"],
    ["bluesky/getPostThread.json", "bluesky-json"],
    ["bluesky/getQuotes.json", "bluesky-json"],
    ["mastodon/timelines_tag_hoot.json", "mastodon-json"],
    ["mastodon/status_get.json", "mastodon-json"],
  ])("GIVEN the saved API response %s THEN it is %s", (name, format) => {
    const path = sharedFixture(name);
    if (path) expect(detectFormat(headOf(path))).toBe(format);
  });

  it.each([
    "slack-payload-schemas/BlockActionPayload.json",
    "mastodon/tag_heeho.json",
    "mastodon/followed_tags.json",
    "x-api-v2-twarc/users.jsonl",
  ])("GIVEN %s (another shape of JSON) THEN it is not recognised", (name) => {
    const path = sharedFixture(name);
    if (path) expect(detectFormat(headOf(path))).toBeNull();
  });
});

describe("detectFormat on our own files", () => {
  it.each([
    ["analytics-tweets-fr.csv", "x-analytics-tweets-csv"],
    ["analytics-daily-en.csv", "x-analytics-daily-csv"],
    ["analytics-daily-fr.csv", "x-analytics-daily-csv"],
    ["twarc-page-errors.jsonl", "twarc2-jsonl"],
    ["tweets-old-archive.js.txt", "tweets-js"],
    ["tweets-truncated.js.txt", "tweets-js"],
  ])("GIVEN %s THEN it is %s, whatever the file is called", (name, format) => {
    expect(detectFormat(headOf(ownFixture(name)))).toBe(format);
  });
});

describe("detectFormat on edge cases", () => {
  it("GIVEN a twarc2 page whose first line is longer than the head THEN its valid prefix is enough", () => {
    const page = `{"data": [{"id": "1", "text": "${"x".repeat(HEAD_BYTES)}"`;
    expect(detectFormat(page.slice(0, HEAD_BYTES))).toBe("twarc2-jsonl");
    expect(detectFormat('{"data": [{"edit_history_tweet_ids": ["1"], "id": "1"')).toBe("twarc2-jsonl");
  });

  it("GIVEN a page that has only errors and twarc's metadata THEN it is twarc2 JSONL", () => {
    expect(
      detectFormat('{"errors": [{"title": "Not Found Error"}], "__twarc": {"version": "2.10.4"}}\n'),
    ).toBe("twarc2-jsonl");
  });

  it("GIVEN JSON that is not a twarc2 page or tweet THEN it is not recognised", () => {
    expect(detectFormat('{"data": [{"name": "x"}]}')).toBeNull();
    expect(detectFormat('{"id": "1", "text": "no author"}')).toBeNull();
    expect(detectFormat('[{"tweet": {}}]')).toBeNull();
    expect(detectFormat('{"data": [ nope ]}')).toBeNull();
  });

  it("GIVEN a UTF-8 byte-order mark and leading blank lines THEN they are ignored", () => {
    expect(detectFormat('\ufeff\n\n{"id": "1", "text": "t", "author_id": "2"}')).toBe("twarc2-jsonl");
    expect(detectFormat("\ufeff  window.YTD.tweets.part0 = [ {")).toBe("tweets-js");
  });

  it("GIVEN other archive files (likes, account) THEN they are not taken for tweets", () => {
    expect(detectFormat('window.YTD.like.part0 = [ {"like": {}} ]')).toBeNull();
    expect(detectFormat('window.YTD.account.part0 = [ {"account": {}} ]')).toBeNull();
  });

  it("GIVEN a CSV with unrelated columns, or plain text THEN it is not recognised", () => {
    expect(detectFormat('"Date","Tweets published"\n')).toBeNull();
    expect(detectFormat("name,email\nann,a@example.org\n")).toBeNull();
    expect(detectFormat("hello world")).toBeNull();
    expect(detectFormat("")).toBeNull();
  });

  it("GIVEN an English header with Windows line ends THEN it is the tweets CSV", () => {
    const header = '"Tweet id","Tweet permalink","Tweet text","time","impressions","likes"\r\n"1",';
    expect(detectFormat(header)).toBe("x-analytics-tweets-csv");
  });
});

describe("an unrecognised file", () => {
  it.each(["en", "fr"] as const)(
    "GIVEN the %s message THEN it names every format there is, not only X's",
    (locale) => {
      const t = translator(locale);
      const message = t.t("errors.import_unrecognised", { file: "notes.txt" });
      for (const format of FILE_FORMATS) expect(message).toContain(t.t(`stats.formats.${format}`));
      expect(message).toContain("Bluesky");
      expect(message).toContain("Mastodon");
    },
  );
});
