import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { chromium } from "playwright-core";
import { beforeAll, describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { contentVisuals } from "../../src/render/content/visuals.js";
import { syntheticContent } from "./support.js";
import { row, statusUrl } from "./synthetic-chat.js";

const CHROMIUM = "/usr/bin/chromium";
/** Flags from ../shared/notes/toolchain.md: without the last ones Chromium floods the closed network. */
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const pages: Record<string, string> = {};

beforeAll(async () => {
  const c = await syntheticContent();
  for (const locale of ["en", "fr"] as const) {
    const [file] = await contentVisuals.story(c, { t: translator(locale), timeZone: "Europe/Paris" });
    pages[locale] = new TextDecoder().decode(file!.bytes);
  }
}, 60_000);

describe("story page", () => {
  it("GIVEN the synthetic chat WHEN the story is made THEN one self-contained page: one h1, a heading per question in order, inline images with alt text, exact credits, no opted-out author", () => {
    const html = pages.en!;
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect([...html.matchAll(/<h2 id="q(\d+)h"/g)].map((m) => m[1])).toEqual(["1", "2", "3"]);
    for (const src of html.matchAll(/<(?:img|script|link|iframe)\b[^>]*>/g))
      expect(src[0]).toMatch(/src="data:image\/png;base64,/);
    for (const img of html.matchAll(/<img [^>]*alt="([^"]*)"/g)) expect(img[1]!.length).toBeGreaterThan(10);
    expect(html.match(/<img /g)?.length).toBe(5); // the timeline and four cards
    expect(html).toContain(`<a href="${statusUrl(row("ana_s"))}">original post</a>`);
    expect(html).toContain("Ana Silva (@ana_s)");
    expect(html).toContain(`content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"`);
    expect(html.replace(/data:image\/png;base64,[A-Za-z0-9+/=]+/g, "")).not.toMatch(/zoe/i);
    expect(pages.fr).toContain('<html lang="fr">');
    expect(pages.fr).toContain(translator("fr").t("content.story.timeline"));
  });

  const browser = existsSync(CHROMIUM) ? it : it.skip;
  if (!existsSync(CHROMIUM))
    console.warn(
      `skipping the story page's browser test: ${CHROMIUM} is absent (apt-get install -y chromium)`,
    );

  browser(
    "GIVEN the page in headless Chromium on a phone WHEN it loads offline THEN no console error, no request leaves the file, nothing scrolls sideways, and the top of the screenshot shows the title",
    async () => {
      const dir = mkdtempSync(join(tmpdir(), "afterchat-story-"));
      const path = join(dir, "story.html");
      writeFileSync(path, pages.en!);
      const launched = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
      try {
        const page = await launched.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
        const errors: string[] = [];
        const outside: string[] = [];
        page.on("console", (m) => {
          if (m.type() === "error") errors.push(m.text());
        });
        page.on("pageerror", (e) => errors.push(String(e)));
        page.on("request", (r) => {
          if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) outside.push(r.url());
        });
        await page.goto(pathToFileURL(path).href, { waitUntil: "load" });
        expect(errors).toEqual([]);
        expect(outside).toEqual([]);
        expect(await page.title()).toBe("#chatdemo edition 7: Why we teach");
        // Strings run in the page (the test's TypeScript has no DOM types).
        const sideways = await page.evaluate<number>(
          "document.documentElement.scrollWidth - window.innerWidth",
        );
        expect(sideways).toBeLessThanOrEqual(0);
        const box = await page.locator("h1").boundingBox();
        expect(box).not.toBeNull();
        expect(box!.y + box!.height).toBeLessThan(844);
        const top = await page.screenshot({ clip: { x: 0, y: 0, width: 390, height: 400 } });
        await page.addStyleTag({ content: "h1{visibility:hidden}" });
        const withoutTitle = await page.screenshot({ clip: { x: 0, y: 0, width: 390, height: 400 } });
        expect(top.equals(withoutTitle)).toBe(false);
        const naturalWidths = await page.evaluate<number[]>(
          "[...document.images].map((i) => (i.complete ? i.naturalWidth : 0))",
        );
        expect(naturalWidths.every((w) => w > 0)).toBe(true);
      } finally {
        await launched.close();
      }
    },
    60_000,
  );
});
