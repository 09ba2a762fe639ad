#!/usr/bin/env node
// `npx afterchat ...`: runs the compiled command line (dist/, built by `npm ci` through `prepare`).
import { quietOnClosedPipe, runCli } from "../dist/src/cli.js";

quietOnClosedPipe(process.stdout);
process.exitCode = await runCli(process.argv.slice(2));
