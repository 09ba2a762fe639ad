/** The areas the Slack flows run against: the real ones, as src/main.ts wires them. */

import type { Registry } from "../../../src/app/handler.js";
import { allRegistries } from "../../../src/app/registries.js";

export const REGISTRIES: readonly Registry[] = allRegistries;
