/** Child process: import+stats of one file the way `afterchat report` does; prints JSON figures. */
import { reportFromFiles } from "../src/app/report/file-report.js";

const path = process.argv[2]!;
const started = performance.now();
const result = await reportFromFiles([path], { filter: { hashtag: "benchchat" }, context: { hashtag: "benchchat", hosts: ["chathost"] } });
const ms = performance.now() - started;
process.stdout.write(
  JSON.stringify({ posts: result.report.posts.total, questions: result.report.questions.length, ms, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
);
