/** Quote cards and the story page: the image side of content, loaded on demand (resvg). */
import type { ContentVisuals } from "../../app/content/artefacts.js";

export const contentVisuals: ContentVisuals = {
  cards: async () => [],
  story: async () => [],
};
