/** Every area's registry, polls without charts (drawing is slow and beside the point in tests). */
import { compareRegistry } from "../../src/app/compare/index.js";
import { createContentRegistry } from "../../src/app/content/index.js";
import type { Registry } from "../../src/app/handler.js";
import { helpRegistry } from "../../src/app/help/index.js";
import { notesRegistry } from "../../src/app/notes/index.js";
import { pollsRegistry } from "../../src/app/polls/index.js";
import { setupRegistry } from "../../src/app/setup/index.js";
import { statsRegistry } from "../../src/app/stats/index.js";
import { tasksRegistry } from "../../src/app/tasks/index.js";
import { watchRegistry } from "../../src/app/watch/index.js";

export const ALL_REGISTRIES: Registry[] = [
  helpRegistry,
  setupRegistry,
  notesRegistry,
  pollsRegistry,
  tasksRegistry,
  statsRegistry,
  compareRegistry,
  watchRegistry,
  createContentRegistry({
    visuals: async () => (await import("../../src/render/content/visuals.js")).contentVisuals,
  }),
];
