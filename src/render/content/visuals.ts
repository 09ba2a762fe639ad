/** Quote cards and the story page: the image side of content, loaded on demand (resvg, vega). */
import type { ContentVisuals } from "../../app/content/artefacts.js";
import { chartSvg, svgToPng } from "../charts/render.js";
import { chartConfig } from "../charts/theme.js";
import { timelineSpec } from "../charts/timeline.js";
import { renderContext } from "../report/context.js";
import { quoteCards } from "./cards.js";
import { storyHtml } from "./story.js";

export const contentVisuals: ContentVisuals = {
  cards: async (content, options) => quoteCards(content, options),
  async story(content, options) {
    const ctx = renderContext(content.chart, options.t.locale, options.timeZone);
    const spec = timelineSpec(content.chart, ctx);
    const peak = content.chart.peak;
    const timeline = spec
      ? {
          png: svgToPng(await chartSvg({ ...spec, config: chartConfig(options.t.locale) })),
          alt: options.t.t("content.story.timelineAlt", {
            minutes: content.chart.timeline.bucketMinutes,
            peak: peak?.posts ?? 0,
          }),
        }
      : null;
    const html = storyHtml(content, {
      ...options,
      images: { cards: quoteCards(content, options), timeline },
    });
    return [
      { name: "story.html", title: "story.html", mime: "text/html", bytes: new TextEncoder().encode(html) },
    ];
  },
};
