/**
 * The stats engine alone: reads a file's posts once, then times `passes` runs of createStatsAccumulator, add
 * and finish over them, so parse noise does not hide the engine's own cost. Prints each pass's CPU and wall
 * milliseconds, the heap after a pass, and an md5 of the last report (to check a change kept every figure).
 *
 *   npx tsx bench/engine-passes.ts .bench/chat-200k.jsonl [passes=5] [plain] [hint]
 *
 * `plain` reports without the bench's hashtag and host (the other byte-identical check); `hint` tells the
 * accumulator the posts to expect as a file report would (the file's bytes / 650).
 */
import { createHash } from "node:crypto";
import { statSync } from "node:fs";
import type { Post } from "../src/domain/post.js";
import { createStatsAccumulator } from "../src/domain/stats/index.js";
import { openFile } from "../src/sources/detect.js";

const path = process.argv[2]!;
const passes = Number(process.argv[3] ?? 5);
const flags = process.argv.slice(4);
const plain = flags.includes("plain");
const expectedPosts = flags.includes("hint") ? statSync(path).size / 650 : 0;
const context = plain ? { hashtag: null, hosts: [] } : { hashtag: "benchchat", hosts: ["chathost"] };

const posts: Post[] = [];
const detected = await openFile(path, {});
if (!detected) throw new Error(`not recognised: ${path}`);
for await (const batch of detected.batches)
  for (const item of batch) if (item.type === "post") posts.push(item.post);

let digest = "";
for (let pass = 0; pass < passes; pass += 1) {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const stats = createStatsAccumulator(context, { expectedPosts });
  for (const post of posts) stats.add(post);
  const report = stats.finish();
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - started;
  digest = createHash("md5").update(JSON.stringify(report)).digest("hex");
  const heapMb = process.memoryUsage().heapUsed / 1024 / 1024;
  process.stdout.write(
    `pass ${pass}: ${((used.user + used.system) / 1000).toFixed(0)} ms cpu, ${ms.toFixed(0)} ms wall, heap ${heapMb.toFixed(0)} MB\n`,
  );
}
process.stdout.write(`${posts.length} posts, report md5 ${digest}\n`);
