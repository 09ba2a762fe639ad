// Whether node was started with the script at `moduleUrl` (`node scripts/x.mjs`), not importing it: the
// scripts' command lines run only then, so tests can import what they export.
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";

export function startedDirectly(moduleUrl) {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
