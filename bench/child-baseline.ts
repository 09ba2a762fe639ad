/** Child process: the bare baseline: read the same file line by line with JSON.parse only. */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

const path = process.argv[2]!;
const started = performance.now();
const cpu = process.cpuUsage();
let tweets = 0;
for await (const line of createInterface({
  input: createReadStream(path),
  crlfDelay: Number.POSITIVE_INFINITY,
})) {
  if (!line) continue;
  const page = JSON.parse(line) as { data?: unknown[] };
  tweets += page.data?.length ?? 0;
}
const used = process.cpuUsage(cpu);
const ms = performance.now() - started;
process.stdout.write(
  JSON.stringify({
    posts: tweets,
    ms,
    cpuMs: (used.user + used.system) / 1000,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
  }),
);
