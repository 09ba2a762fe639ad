import { describe, expect, it } from "vitest";
import { contentFiles } from "../../src/app/content/artefacts.js";
import { postsFromFiles } from "../../src/app/content/file-posts.js";
import { OPEN_CONSENT } from "../../src/domain/content/consent.js";
import { editionContent } from "../../src/domain/content/edition-content.js";
import { postLink } from "../../src/domain/content/links.js";
import type { Post } from "../../src/domain/post.js";
import { translator } from "../../src/i18n/index.js";
import { pickRecycled, recycleItems, recycleMarkdown } from "../../src/render/content/recycle.js";
import { contentVisuals } from "../../src/render/content/visuals.js";
import { sharedFixture } from "../support/fixtures.js";

const FIXTURES = ["x-api-v2-twarc/flat.jsonl", "bluesky/getTimeline.json"] as const;

function mostActive(posts: readonly Post[]): Post {
  const count = new Map<string, number>();
  for (const p of posts)
    if (p.kind !== "repost") count.set(p.authorHandle, (count.get(p.authorHandle) ?? 0) + 1);
  const top = [...count.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  return posts.find((p) => p.authorHandle === top)!;
}

describe.each(FIXTURES)("content from the real fixture %s", (fixture) => {
  const path = sharedFixture(fixture);
  const maybe = path ? it : it.skip;

  maybe(
    "GIVEN the real posts WHEN every artefact is made in both languages THEN each exists, the transcript holds every non-repost post once with its own link, and an opted-out author is nowhere",
    async () => {
      const read = await postsFromFiles([path!], { filter: {}, context: { hashtag: null, hosts: [] } });
      const words = read.posts.filter((p) => p.kind !== "repost");
      expect(words.length).toBeGreaterThan(5);
      const out = mostActive(read.posts);
      for (const locale of ["en", "fr"] as const) {
        const t = translator(locale);
        const base = {
          posts: read.posts,
          report: read.report,
          hashtag: "fixture",
          title: fixture,
          hosts: [],
        };
        const open = editionContent({ ...base, consent: OPEN_CONSENT });
        const csv = new TextDecoder().decode(
          (await contentFiles("transcript", open, { t, timeZone: "UTC" }))[0]!.bytes,
        );
        const rows = csv
          .replace(/^\uFEFF/, "")
          .trim()
          .split("\r\n")
          .slice(1);
        // Rows may span lines inside quotes; count the links instead: one per post, each its own.
        for (const post of words) expect(csv).toContain(postLink(post) ?? "");
        expect(rows.length).toBeGreaterThanOrEqual(words.length);

        const consent = {
          ...OPEN_CONSENT,
          optOuts: [
            { network: out.network, handle: out.authorHandle.toLowerCase(), source: "moderator" as const },
          ],
        };
        const closed = editionContent({ ...base, consent });
        const recycle = recycleMarkdown(
          recycleItems(pickRecycled([...closed.top, ...closed.outside]), {
            t,
            timeZone: "UTC",
            hashtag: "fixture",
          }),
          { t, hashtag: "fixture" },
        );
        const kinds = ["recap", "transcript", "script", "recycle"] as const;
        for (const kind of kinds)
          for (const file of await contentFiles(kind, closed, { t, timeZone: "UTC", recycle })) {
            const text = new TextDecoder().decode(file.bytes);
            expect(text.length, file.name).toBeGreaterThan(20);
            expect(text, file.name).not.toContain(`@${out.authorHandle})`);
            expect(text, file.name).not.toContain(`,${out.authorHandle},`);
            expect(text, file.name).not.toContain(postLink(out) ?? "never");
          }
        if (locale === "en") {
          const story = await contentVisuals.story(closed, { t, timeZone: "UTC" });
          const html = new TextDecoder()
            .decode(story[0]!.bytes)
            .replace(/data:image\/png;base64,[A-Za-z0-9+/=]+/g, "");
          expect(html).toContain("<h1>");
          expect(html).not.toContain(postLink(out) ?? "never");
          const cards = await contentVisuals.cards(closed, { t, timeZone: "UTC" });
          for (const card of cards) expect(card.title).not.toContain(`(@${out.authorHandle})`);
        }
      }
    },
    60_000,
  );
});
