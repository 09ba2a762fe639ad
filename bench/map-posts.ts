/**
 * The mapping alone: parses a twarc2 archive's pages once, then times `passes` runs of tweetToPost and the
 * report's post filter (hashtag benchchat) over every tweet of every page, going round the pages again until
 * a pass has mapped 200,000 tweets, so neither the reading nor the parse hides the mapping's own cost. Prints
 * each pass's CPU and wall milliseconds and the young collections it caused (a proxy for what the mapping
 * allocates), their min-median-max, then an md5 of every mapped post (to check a change kept every field).
 *
 *   npx tsx bench/map-posts.ts .bench/chat-200k.jsonl [passes=5]
 *   npx tsx bench/map-posts.ts chat-20k.jsonl 20      (a file of bench/generate.ts generateTwarc, 10 rounds)
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { constants, PerformanceObserver } from "node:perf_hooks";
import { createInterface } from "node:readline";
import { postFilter } from "../src/domain/post-filter.js";
import { isObject, type JsonObject } from "../src/sources/files/json.js";
import { type Tweets, tweetToPost, type Users } from "../src/sources/files/twarc-tweet.js";

const path = process.argv[2]!;
const passes = Number(process.argv[3] ?? 5);

interface Page {
  tweets: unknown[];
  users: Users;
  included: Tweets;
}

function byId(list: unknown): Map<string, JsonObject> {
  const map = new Map<string, JsonObject>();
  if (Array.isArray(list)) for (const entry of list) if (isObject(entry)) map.set(String(entry.id), entry);
  return map;
}

const pages: Page[] = [];
for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
  const page: unknown = JSON.parse(line);
  if (!isObject(page) || !Array.isArray(page.data)) continue;
  const includes = isObject(page.includes) ? page.includes : {};
  pages.push({ tweets: page.data, users: byId(includes.users), included: byId(includes.tweets) });
}

// A pass maps at least 200,000 tweets, the size of the bench's archive, going round a smaller file's pages.
const tweetCount = pages.reduce((sum, page) => sum + page.tweets.length, 0);
const rounds = Math.max(1, Math.ceil(200_000 / tweetCount));

let scavenges = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = (entry as { detail?: { kind?: number } }).detail?.kind;
    if (kind === constants.NODE_PERFORMANCE_GC_MINOR) scavenges += 1;
  }
}).observe({ entryTypes: ["gc"] });

const accepts = postFilter({ hashtag: "benchchat" });
const cpuMs: number[] = [];
const digest = createHash("md5");
for (const page of pages)
  for (const tweet of page.tweets)
    digest.update(JSON.stringify(tweetToPost(tweet, page.users, page.included)));
for (let pass = 0; pass < passes; pass += 1) {
  const before = scavenges;
  const cpu = process.cpuUsage();
  const started = performance.now();
  let kept = 0;
  for (let round = 0; round < rounds; round += 1)
    for (const page of pages)
      for (const tweet of page.tweets) {
        const mapped = tweetToPost(tweet, page.users, page.included);
        if (mapped.ok && accepts(mapped.value)) kept += 1;
      }
  const used = process.cpuUsage(cpu);
  const ms = performance.now() - started;
  cpuMs.push((used.user + used.system) / 1000);
  // Let the observer see this pass's collections before reading the count.
  await new Promise((resolve) => setImmediate(resolve));
  process.stdout.write(
    `pass ${pass}: ${((used.user + used.system) / 1000).toFixed(0)} ms cpu, ${ms.toFixed(0)} ms wall, ${kept} kept, ${scavenges - before} scavenges\n`,
  );
}
cpuMs.sort((a, b) => a - b);
const spread = [cpuMs[0], cpuMs[Math.floor(cpuMs.length / 2)], cpuMs[cpuMs.length - 1]];
process.stdout.write(`cpu ms min-median-max: ${spread.map((ms) => ms?.toFixed(0)).join("-")}\n`);
process.stdout.write(`md5 of the mapped posts: ${digest.digest("hex")}\n`);
