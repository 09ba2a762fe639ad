/**
 * A child for test/process/heap-growth.test.ts: keeps ~60 MB alive while it allocates objects that
 * outlive a few young collections before they die (as a burst's requests do), then prints the most
 * old space V8 committed and what a full collection then keeps (MB), as one JSON line.
 *   node --expose-gc --import tsx heap-churn.ts <HEAP_GROWTH_PERCENT>
 */
import { getHeapSpaceStatistics } from "node:v8";
import { limitHeapGrowth } from "../../../src/heap-growth.js";

limitHeapGrowth(Number(process.argv[2] ?? 0));
const oldSpace = () =>
  getHeapSpaceStatistics().find((s) => s.space_name === "old_space")?.physical_space_size ?? 0;
const mb = (n: number) => Math.round(n / 1024 / 1024);

const live: string[] = [];
for (let i = 0; i < 50_000; i += 1) live.push(`${"x".repeat(1000)}${i}`);
const ring: Array<{ text: string; n: number }> = new Array(60_000);
let peak = 0;
for (let i = 0; i < 1_500_000; i += 1) {
  ring[i % ring.length] = { text: `${"y".repeat(200)}${i}`, n: i };
  if (i % 5000 === 0) {
    await new Promise((resolve) => setImmediate(resolve));
    peak = Math.max(peak, oldSpace());
  }
}
globalThis.gc?.();
process.stdout.write(
  `${JSON.stringify({ peakOldMb: mb(peak), keptMb: mb(process.memoryUsage().heapUsed), live: live.length + ring.length })}\n`,
);
