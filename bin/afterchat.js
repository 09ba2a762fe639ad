#!/usr/bin/env node
// `npx afterchat ...`: runs the compiled command line (../dist/src/cli.js, built by `npm ci` through `prepare`).
import { runBuilt } from "./dist.js";

const { quietOnClosedPipe, runCli } = await runBuilt("src/cli.js");
quietOnClosedPipe(process.stdout);
process.exitCode = await runCli(process.argv.slice(2));
