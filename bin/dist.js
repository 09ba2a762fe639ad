// The compiled build's entry points, loaded with one sentence when `npm ci` (which builds dist/) was skipped
// or failed, instead of Node's ERR_MODULE_NOT_FOUND stack.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Imports dist/<path> (relative to the project), or says how to build it and exits 1. */
export async function runBuilt(path) {
  const url = new URL(`../dist/${path}`, import.meta.url);
  if (!existsSync(fileURLToPath(url))) {
    process.stderr.write(
      `afterchat is not built yet (dist/${path} is missing): run \`npm ci\` (or \`npm run build\`) in the project folder first.\n` +
        `afterchat n'est pas encore compilé (dist/${path} manque) : lancez d'abord \`npm ci\` (ou \`npm run build\`) dans le dossier du projet.\n`,
    );
    process.exit(1);
  }
  return import(url.href);
}
