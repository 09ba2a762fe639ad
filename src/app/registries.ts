/**
 * Every area's handlers, as the composition roots give them to createDispatcher. Poll results
 * posted by the Close button carry the results chart (src/render/charts pollChart); the scheduler
 * passes the same `chart` to closeDuePolls.
 */
import { pollChart } from "../render/charts/on-demand.js";
import { compareRegistry } from "./compare/index.js";
import { createContentRegistry } from "./content/index.js";
import type { Registry } from "./handler.js";
import { helpRegistry } from "./help/index.js";
import { notesRegistry } from "./notes/index.js";
import { createPollsRegistry } from "./polls/index.js";
import { setupRegistry } from "./setup/index.js";
import { statsRegistry } from "./stats/index.js";
import { tasksRegistry } from "./tasks/index.js";
import { watchRegistry } from "./watch/index.js";

export const allRegistries: readonly Registry[] = [
  helpRegistry,
  setupRegistry,
  notesRegistry,
  createPollsRegistry({ chart: pollChart }),
  tasksRegistry,
  statsRegistry,
  compareRegistry,
  watchRegistry,
  // Quote cards and the story page load resvg only when someone asks for them.
  createContentRegistry({
    visuals: async () => (await import("../render/content/visuals.js")).contentVisuals,
  }),
];
