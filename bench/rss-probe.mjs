// Loaded with --import into a measured process: at exit, writes its peak RSS (MB) and CPU time (user + system,
// ms) as JSON to $BENCH_PROBE_FILE. On a shared machine CPU time measures the code, wall time the neighbours.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  if (!process.env.BENCH_PROBE_FILE) return;
  const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
  writeFileSync(
    process.env.BENCH_PROBE_FILE,
    JSON.stringify({ rssMb: maxRSS / 1024, cpuMs: (userCPUTime + systemCPUTime) / 1000 }),
  );
});
