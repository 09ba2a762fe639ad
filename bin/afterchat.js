#!/usr/bin/env node
// `npx afterchat ...`: runs the compiled command line (dist/, built by `npm ci` through `prepare`).
import { runCli } from "../dist/src/cli.js";

process.exitCode = await runCli(process.argv.slice(2));
