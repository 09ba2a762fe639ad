#!/usr/bin/env node
// `npx afterchat ...`: runs the compiled command line (../dist/src/cli.js, built by `npm ci` through `prepare`).
import { runBuilt } from "./dist.js";

const argv = process.argv.slice(2);
// First of all: a report's worker threads boot while the command line loads (src/cli/early-workers.ts).
const { earlyRangeWorkers } = await runBuilt("src/cli/early-workers.js");
const workers = earlyRangeWorkers(argv) ?? undefined;
const { quietOnClosedPipe, runCli } = await runBuilt("src/cli.js");
quietOnClosedPipe(process.stdout);
try {
  process.exitCode = await runCli(argv, undefined, undefined, workers);
} finally {
  await workers?.close();
}
