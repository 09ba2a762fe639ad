/** The areas the Slack flows run against: the real ones, as src/main.ts wires them. */
import { allRegistries } from "../../../src/app/registries.js";
import type { Registry } from "../../../src/app/services.js";

export const REGISTRIES: readonly Registry[] = allRegistries;
