#!/usr/bin/env node
// `npx afterchat ...`: runs the compiled command line (../dist/src/cli.js, built by `npm ci` through `prepare`).
import { runBuilt } from "./dist.js";

const argv = process.argv.slice(2);
// First of all: a report's worker threads boot while the command line loads (src/cli/early-workers.ts). Other
// commands skip even that module (and node:worker_threads).
const early = argv.includes("report") ? await runBuilt("src/cli/early-workers.js") : null;
const workers = early?.earlyRangeWorkers(argv) ?? undefined;
const { quietOnClosedPipe, runCli } = await runBuilt("src/cli.js");
quietOnClosedPipe(process.stdout);
try {
  process.exitCode = await runCli(argv, undefined, undefined, workers);
} finally {
  await workers?.close();
}
