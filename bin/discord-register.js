#!/usr/bin/env node
// `npm run discord:register`: registers /afterchat with Discord (../dist/scripts/discord-register.js).
import { runBuilt } from "./dist.js";

await runBuilt("scripts/discord-register.js");
