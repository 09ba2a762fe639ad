// Loaded with --expose-gc --import into the bot by bench/burst.ts: on SIGUSR2, runs a full garbage collection and
// writes the heap then (MB), and the collections since the previous signal (count and pause ms by kind), as one
// JSON line appended to $BENCH_HEAP_FILE. With BENCH_HEAP_SNAPSHOT_DIR set, also
// writes a heap snapshot there (v8.writeHeapSnapshot) to compare what is kept. The heap after a full collection
// does not depend on how busy the machine is, unlike RSS, which follows when V8 chooses to collect.
// With BENCH_HEAP_ALLOC_PROFILE=<file>, V8's sampling heap profiler runs from the first signal to the second,
// counting every allocation (collected ones included), and its profile is written there (.heapprofile, which
// Chrome DevTools opens): what the request path allocates, by function.
// With BENCH_MEM_TRACE=<file>, every 250 ms one JSON line of where the RSS sits (MB): V8's heap (committed, by
// space), external and array buffers, and the rest (malloc and native: Prisma's WASM, SQLite, sockets).
import { appendFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { join } from "node:path";
import { constants, PerformanceObserver } from "node:perf_hooks";
import { getHeapSpaceStatistics, writeHeapSnapshot } from "node:v8";

let taken = 0;
// Collections since the last signal, by kind (count, pause ms): what a smaller heap costs in GC time.
const KINDS = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: "minor",
  [constants.NODE_PERFORMANCE_GC_MAJOR]: "major",
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: "incremental",
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: "weakcb",
};
let gcs = {};
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const kind = KINDS[entry.detail?.kind] ?? "other";
    gcs[kind] ??= { count: 0, ms: 0 };
    const seen = gcs[kind];
    seen.count += 1;
    seen.ms = Math.round((seen.ms + entry.duration) * 10) / 10;
  }
}).observe({ entryTypes: ["gc"] });
const profileFile = process.env.BENCH_HEAP_ALLOC_PROFILE;
const session = profileFile ? new Session() : null;
session?.connect();
let sampling = false;
let signals = 0;
process.on("SIGUSR2", () => {
  signals += 1;
  if (session && sampling) {
    session.post("HeapProfiler.stopSampling", (error, result) => {
      if (!error) writeFileSync(profileFile, JSON.stringify(result.profile));
    });
    sampling = false;
  }
  const collected = gcs;
  gcs = {};
  globalThis.gc?.();
  globalThis.gc?.();
  const { heapUsed, heapTotal, rss, external, arrayBuffers } = process.memoryUsage();
  const mb = (n) => Math.round((n / 1024 / 1024) * 10) / 10;
  if (process.env.BENCH_HEAP_SNAPSHOT_DIR)
    writeHeapSnapshot(join(process.env.BENCH_HEAP_SNAPSHOT_DIR, `bot-${++taken}.heapsnapshot`));
  appendFileSync(
    process.env.BENCH_HEAP_FILE ?? "/dev/null",
    `${JSON.stringify({ heapUsedMb: mb(heapUsed), heapTotalMb: mb(heapTotal), rssMb: mb(rss), externalMb: mb(external), arrayBuffersMb: mb(arrayBuffers), gcs: collected })}\n`,
  );
  if (session && signals === 1) {
    sampling = true;
    session.post("HeapProfiler.startSampling", {
      samplingInterval: 32768,
      includeObjectsCollectedByMajorGC: true,
      includeObjectsCollectedByMinorGC: true,
    });
  }
});

const traceFile = process.env.BENCH_MEM_TRACE;
if (traceFile) {
  const mb = (n) => Math.round((n / 1024 / 1024) * 10) / 10;
  setInterval(() => {
    const { rss, heapTotal, heapUsed, external, arrayBuffers } = process.memoryUsage();
    const spaces = Object.fromEntries(
      getHeapSpaceStatistics().map((s) => [s.space_name.replace(/_space$/, ""), mb(s.physical_space_size)]),
    );
    const line = { t: Date.now(), rss: mb(rss), heapTotal: mb(heapTotal), heapUsed: mb(heapUsed) };
    Object.assign(line, { external: mb(external), arrayBuffers: mb(arrayBuffers), spaces });
    line.native = Math.round((line.rss - line.heapTotal - line.external) * 10) / 10;
    appendFileSync(traceFile, `${JSON.stringify(line)}\n`);
  }, 250).unref();
}
