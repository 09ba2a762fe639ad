#!/usr/bin/env node
// `npm start`: the bot from the compiled build (../dist/src/main.js, built by `npm ci` through `prepare`).
import { runBuilt } from "./dist.js";

await runBuilt("src/main.js");
