/** Child process: import+stats of one file the way `afterchat report` does; prints JSON figures. */
import { reportFromFiles } from "../src/app/report/file-report.js";

const path = process.argv[2]!;
const started = performance.now();
const cpu = process.cpuUsage();
const result = await reportFromFiles([path], {
  filter: { hashtag: "benchchat" },
  context: { hashtag: "benchchat", hosts: ["chathost"] },
});
const used = process.cpuUsage(cpu);
const ms = performance.now() - started;
process.stdout.write(
  JSON.stringify({
    posts: result.report.posts.total,
    questions: result.report.questions.length,
    ms,
    cpuMs: (used.user + used.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
