/**
 * Every catalogue area, one re-export each (keep the list sorted; add yours on its own line). The build
 * (scripts/flatten-catalogue.mjs) replaces the compiled copy of this module with one module holding them all as
 * JSON: the 23 area modules cost a command-line start ~27 ms to load, one JSON.parse ~5 ms (`afterchat help`:
 * 161 -> 151 ms wall, 169 -> 150 ms CPU). Sources, tests and `tsx` read the areas themselves.
 */
export { afterparty } from "./afterparty.js";
export { cli } from "./cli.js";
export { commands } from "./commands.js";
export { common } from "./common.js";
export { compare } from "./compare.js";
export { content } from "./content.js";
export { discord } from "./discord.js";
export { errors } from "./errors.js";
export { exportArea } from "./export.js";
export { help } from "./help.js";
export { home } from "./home.js";
export { jobs } from "./jobs.js";
export { notes } from "./notes.js";
export { playbook } from "./playbook.js";
export { poll } from "./poll.js";
export { report } from "./report.js";
export { reportData } from "./report-data.js";
export { roster } from "./roster.js";
export { setup } from "./setup.js";
export { slack } from "./slack.js";
export { stats } from "./stats.js";
export { tasks } from "./tasks.js";
export { watch } from "./watch.js";
