/** The areas the Slack flows run against (the real ones, as src/main.ts wires them). */
import { helpRegistry } from "../../../src/app/help/index.js";
import type { Registry } from "../../../src/app/services.js";
import { setupRegistry } from "../../../src/app/setup/index.js";
import { statsRegistry } from "../../../src/app/stats/index.js";
import { tasksRegistry } from "../../../src/app/tasks/index.js";

export const REGISTRIES: Registry[] = [helpRegistry, setupRegistry, statsRegistry, tasksRegistry];
