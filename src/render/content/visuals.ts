/** Quote cards and the story page: the image side of content, loaded on demand (resvg). */
import type { ContentVisuals } from "../../app/content/artefacts.js";
import { quoteCards } from "./cards.js";

export const contentVisuals: ContentVisuals = {
  cards: async (content, options) => quoteCards(content, options),
  story: async () => [],
};
