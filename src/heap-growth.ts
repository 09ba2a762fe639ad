/**
 * How far V8 lets the old generation grow past what the last full collection kept before it
 * collects again. On its own V8 picks a factor up to 4x when its heap limit is large (any machine
 * with a few GB), so under a 2-minute burst of Slack commands the old space committed went from
 * ~30 to ~190 MB while the live objects stayed near 50 MB: RSS +167 MB, and nothing of it kept
 * once collected (bench/burst.ts with BENCH_MEM_TRACE). At 1.5x the old space stays near 70 MB.
 * V8 reads the flag at each full collection, so setting it once at start-up takes effect (checked
 * by test/process/heap-growth.test.ts); Node calls flags set after start-up unsupported, hence that test.
 * @see https://nodejs.org/api/v8.html#v8setflagsfromstringflags
 */
import { setFlagsFromString } from "node:v8";

/** Caps V8's heap growing factor at 1 + percent / 100; 0 leaves V8's own. */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${percent}`);
}
