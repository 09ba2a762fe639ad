/** The stats area of `/afterchat`: `stats` and `import`. */
import type { Registry } from "../handler.js";
import { importCommand } from "./import-command.js";
import { statsCommand } from "./stats-command.js";

export { editionReportMessage, postEditionReport } from "./edition-report-message.js";
export { pullEdition } from "./pull.js";

export const statsRegistry: Registry = {
  commands: { stats: statsCommand, import: importCommand },
};
