#!/usr/bin/env node
// `npx afterchat ...`: runs the TypeScript CLI through tsx's loader (no build step).
import { register } from "tsx/esm/api";

register();
const { quietOnClosedPipe, runCli } = await import("../src/cli.ts");
quietOnClosedPipe(process.stdout);
process.exitCode = await runCli(process.argv.slice(2));
