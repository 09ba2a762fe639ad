import { describe, expect, it } from "vitest";
import { twarcParser } from "../../../src/sources/files/twarc.js";
import { sharedFixture } from "../../support/fixtures.js";
import { collect, fromStrings, kindsOf, ownFixture, parseWith, postsOf, skipsOf, sum } from "./support.js";

// Expected figures below were derived with python3's json module straight from the shared files, not with
// this parser: posts = data records whose author_id is in the same line's includes.users; kinds from
// referenced_tweets types (retweeted > replied_to > quoted); sums over public_metrics of those posts.

const brexit = sharedFixture("x-api-v2-twarc/brexit.jsonl");
describe.skipIf(!brexit)("GIVEN twarc2's brexit.jsonl (1 page of 100 tweets, per SOURCES.md)", () => {
  it("WHEN parsed THEN 100 posts come out and nothing is skipped", async () => {
    const items = await parseWith(twarcParser(), brexit!);
    expect(postsOf(items)).toHaveLength(100);
    expect(skipsOf(items)).toEqual([]);
  });
});

const kpop = sharedFixture("x-api-v2-twarc/kpop.jsonl");
describe.skipIf(!kpop)("GIVEN twarc2's kpop.jsonl (one page with a top-level errors array)", () => {
  it("WHEN parsed THEN its 100 tweets are posts (78 reposts, 22 originals) and its 1 error is an api_error skip", async () => {
    const items = await parseWith(twarcParser(), kpop!);
    const posts = postsOf(items);
    expect(posts).toHaveLength(100);
    expect(kindsOf(posts)).toEqual({ repost: 78, original: 22 });
    expect(sum(posts, "likes")).toBe(3);
    expect(sum(posts, "reposts")).toBe(82867);
    expect(skipsOf(items)).toEqual([
      { at: "line 1", code: "api_error", detail: "Forbidden: User has been suspended: [leeseunggi]." },
    ]);
  });

  it("WHEN parsed THEN the first tweet carries its author from includes.users", async () => {
    const [first] = postsOf(await parseWith(twarcParser(), kpop!));
    expect(first).toMatchObject({
      network: "x",
      externalId: "1440717170493689866",
      authorHandle: "ximerios12_",
      authorName: "Ximena Ríos",
      authorFollowers: 4,
      kind: "repost",
      impressions: null,
      url: "https://x.com/ximerios12_/status/1440717170493689866",
    });
    expect(first?.createdAt.toISOString()).toBe("2021-09-22T16:38:35.000Z");
    expect(first?.text.startsWith("RT @ChartsEcuador: #TopKPopEcuador\n@BTS_twt")).toBe(true);
  });

  it("WHEN parsed THEN tweets in includes.tweets (referenced context) are never posts", async () => {
    const ids = new Set(postsOf(await parseWith(twarcParser(), kpop!)).map((post) => post.externalId));
    expect(ids.size).toBe(100); // 100 data tweets; the 23 included tweets are not among the posts
  });
});

const withheld = sharedFixture("x-api-v2-twarc/withheld.jsonl");
describe.skipIf(!withheld)("GIVEN twarc2's withheld.jsonl (5 pages, 215 tweets, withheld content)", () => {
  it("WHEN parsed THEN 209 posts, and the 6 tweets whose author the API left out are skipped", async () => {
    const items = await parseWith(twarcParser(), withheld!);
    const posts = postsOf(items);
    expect(posts).toHaveLength(209);
    expect(kindsOf(posts)).toEqual({ original: 62, reply: 62, repost: 77, quote: 8 });
    expect(sum(posts, "likes")).toBe(2001);
    expect(sum(posts, "reposts")).toBe(112776);
    const skips = skipsOf(items);
    // 5 authors withheld (scope "user"), 1 author simply absent, 5 API errors (1 + 1 + 3 on lines 3-5).
    expect(skips.filter((s) => s.code === "withheld").map((s) => s.at)).toEqual(Array(5).fill("line 5"));
    expect(skips.filter((s) => s.code === "missing_field")).toEqual([
      { at: "line 5", code: "missing_field", detail: "author of 1404393588541202433" },
    ]);
    expect(skips.filter((s) => s.code === "api_error").map((s) => s.at)).toEqual([
      "line 3",
      "line 4",
      "line 5",
      "line 5",
      "line 5",
    ]);
  });

  it("WHEN parsed THEN a withheld tweet whose author is known is imported with its text as given", async () => {
    const posts = postsOf(await parseWith(twarcParser(), withheld!));
    const post = posts.find((p) => p.externalId === "1388424788171841537");
    expect(post).toMatchObject({ authorHandle: "manavjivan", authorFollowers: 103978, kind: "original" });
    expect(post?.text.startsWith("When the pandemic first hit “India fought a phony")).toBe(true);
  });

  it("WHEN a reply's in_reply_to_user_id is in includes.users THEN the post names the replied-to handle", async () => {
    const posts = postsOf(await parseWith(twarcParser(), withheld!));
    expect(posts.find((p) => p.externalId === "506695756406095872")).toMatchObject({
      kind: "reply",
      replyToId: "506694458445152256",
      replyToHandle: "ddeleteddddddd",
    });
    const replies = posts.filter((p) => p.kind === "reply");
    expect(replies.filter((p) => p.replyToHandle !== null)).toHaveLength(61); // python: 61 of 62 resolvable
  });
});

const stream = sharedFixture("x-api-v2-twarc/streaming_output_with_error.jsonl");
describe.skipIf(!stream)("GIVEN twarc2's filtered-stream output whose line 8 is cut short", () => {
  it("WHEN parsed THEN the 7 whole lines give posts and line 8 is a truncated skip", async () => {
    const items = await parseWith(twarcParser(), stream!);
    const posts = postsOf(items);
    expect(kindsOf(posts)).toEqual({ quote: 1, reply: 3, original: 3 });
    expect(posts[0]).toMatchObject({
      externalId: "1377650090978992134",
      authorHandle: "blackheart_265",
      authorFollowers: 881,
      referencedId: "1377640162566496258",
    });
    expect(skipsOf(items).map(({ at, code }) => ({ at, code }))).toEqual([
      { at: "line 8", code: "truncated" },
    ]);
  });
});

const flat = sharedFixture("x-api-v2-twarc/flat.jsonl");
describe.skipIf(!flat)("GIVEN `twarc2 flatten` output (one tweet per line, author inlined)", () => {
  it("WHEN parsed THEN each of the 100 lines is a post with its inlined author", async () => {
    const items = await parseWith(twarcParser(), flat!);
    const posts = postsOf(items);
    expect(kindsOf(posts)).toEqual({ repost: 47, reply: 31, original: 14, quote: 8 });
    expect(sum(posts, "likes")).toBe(12);
    expect(items[3]).toMatchObject({
      at: "line 4",
      post: {
        externalId: "1380242586288328707",
        authorHandle: "PDXPapaG",
        authorFollowers: 458,
        replyToHandle: "TalkToTheFoot",
      },
    });
  });
});

const counts = sharedFixture("x-api-v2-twarc/counts.jsonl");
const users = sharedFixture("x-api-v2-twarc/users.jsonl");
describe.skipIf(!counts || !users)(
  "GIVEN twarc2 files of other endpoints (tweet counts, users lookup)",
  () => {
    it("WHEN given to the parser anyway THEN every record is a not_a_post skip and no post comes out", async () => {
      const countItems = await parseWith(twarcParser(), counts!);
      expect(countItems.map((item) => item.type === "skip" && item.reason.code)).toEqual(
        Array(169).fill("not_a_post"),
      );
      const userItems = await parseWith(twarcParser(), users!);
      expect(postsOf(userItems)).toEqual([]);
      expect(skipsOf(userItems).filter((s) => s.code === "not_a_post")).toHaveLength(96);
      expect(skipsOf(userItems).filter((s) => s.code === "api_error")).toHaveLength(8);
    });
  },
);

describe("GIVEN our own twarc2 file with CRLF ends, partial errors, a bad line and a cut last line", () => {
  const file = ownFixture("twarc-page-errors.jsonl");

  it("WHEN parsed THEN items keep input order with their line numbers", async () => {
    const items = await parseWith(twarcParser(), file, 64);
    expect(items.map((item) => [item.at, item.type === "skip" ? item.reason.code : item.type])).toEqual([
      ["line 1", "post"],
      ["line 1", "post"],
      ["line 1", "api_error"],
      ["line 1", "api_error"],
      ["line 3", "invalid_json"],
      ["line 4", "post"],
      ["line 5", "truncated"],
    ]);
    expect(
      skipsOf(items)
        .filter((s) => s.code === "api_error")
        .map((s) => s.detail),
    ).toEqual([
      "Not Found Error: Could not find tweet with referenced_tweets.id: [1].",
      "Forbidden: suspendu",
    ]);
  });

  it("WHEN parsed THEN entities, metrics and the reply target come from the page", async () => {
    const [question, answer, repost] = postsOf(await parseWith(twarcParser(), file));
    expect(question).toMatchObject({
      authorHandle: "ChatHote",
      authorName: "Hôte du chat",
      authorFollowers: 1200,
      kind: "original",
      likes: 12,
      reposts: 4,
      replies: 6,
      quotes: 1,
      impressions: null, // impression_count 0: the API only fills it for the caller's own tweets
      hashtags: ["chatdumardi"],
      mentions: [],
    });
    expect(answer).toMatchObject({
      text: "@ChatHote A1 Apprendre & partager #chatdumardi",
      kind: "reply",
      replyToId: "1500000000000000001",
      replyToHandle: "ChatHote",
      conversationId: "1500000000000000001",
      impressions: 57,
      mentions: ["chathote"],
    });
    expect(repost).toMatchObject({
      authorHandle: "paul_b",
      kind: "repost",
      referencedId: "1500000000000000002",
    });
  });
});

describe("GIVEN lines that are not what a twarc2 file holds", () => {
  it("WHEN a line is a JSON array, a scalar or an unrelated object THEN each is a not_a_post skip", async () => {
    const items = await collect(twarcParser().parse(fromStrings('[1]\n"x"\n{"hello":1}\n')));
    expect(skipsOf(items).map((s) => `${s.at} ${s.code}`)).toEqual([
      "line 1 not_a_post",
      "line 2 not_a_post",
      "line 3 not_a_post",
    ]);
  });

  it("WHEN a line is longer than the limit THEN it is skipped without being kept", async () => {
    const items = await collect(
      twarcParser({ maxLineChars: 10 }).parse(fromStrings(`{"data":[${"1".repeat(50)}]}\n{}`)),
    );
    expect(skipsOf(items).map((s) => `${s.at} ${s.code}`)).toEqual([
      "line 1 invalid_json",
      "line 2 not_a_post",
    ]);
  });

  it("WHEN a tweet has an id as a number above 2^53 THEN it is refused rather than rounded", async () => {
    const line =
      '{"data":[{"id":1377649934414049282,"text":"t","author_id":"1","created_at":"2021-04-01T15:52:31.000Z"}],"includes":{"users":[{"id":"1","username":"a"}]}}';
    const items = await collect(twarcParser().parse(fromStrings(line)));
    expect(skipsOf(items)).toEqual([{ at: "line 1", code: "missing_field", detail: "id" }]);
  });
});
