/** The compare area: `/afterchat compare` and the select that copies a watched chat's question into our tasks. */
import type { Registry } from "../handler.js";
import { compareCommand } from "./compare-command.js";
import { copyQuestion } from "./copy-question.js";

export const compareRegistry: Registry = {
  commands: { compare: compareCommand },
  actions: { "compare.copy": copyQuestion },
};
