/**
 * The merge of two threads' counts alone: the 200k posts read once, counted in two halves, then the second
 * half's state() taken, cloned (as a worker message is) and absorbed by the first (mergeInto). Prints each
 * step's milliseconds per round and the md5 of the merged report (equal to one pass's).
 *
 *   npx tsx bench/engine-merge.ts .bench/chat-200k.jsonl [rounds=5]
 */
import { createHash } from "node:crypto";
import type { Post } from "../src/domain/post.js";
import { createStatsAccumulator, mergeInto } from "../src/domain/stats/index.js";
import { openFile } from "../src/sources/detect.js";

const path = process.argv[2]!;
const rounds = Number(process.argv[3] ?? 5);
const context = { hashtag: "benchchat", hosts: ["chathost"] };

const posts: Post[] = [];
const detected = await openFile(path, {});
if (!detected) throw new Error(`not recognised: ${path}`);
for await (const batch of detected.batches)
  for (const item of batch) if (item.type === "post") posts.push(item.post);
const half = Math.floor(posts.length / 2);

for (let round = 0; round < rounds; round += 1) {
  const first = createStatsAccumulator(context);
  const second = createStatsAccumulator(context);
  for (let index = 0; index < half; index += 1) first.add(posts[index]!);
  for (let index = half; index < posts.length; index += 1) second.add(posts[index]!);
  let at = performance.now();
  const state = second.state();
  const stateMs = performance.now() - at;
  at = performance.now();
  const copy = structuredClone(state);
  const cloneMs = performance.now() - at;
  at = performance.now();
  const report = mergeInto(first, [copy]);
  const mergeMs = performance.now() - at;
  const digest = createHash("md5").update(JSON.stringify(report)).digest("hex");
  process.stdout.write(
    `round ${round}: state ${stateMs.toFixed(0)} ms, clone ${cloneMs.toFixed(0)} ms, absorb+finish ${mergeMs.toFixed(0)} ms, ${digest}\n`,
  );
}
