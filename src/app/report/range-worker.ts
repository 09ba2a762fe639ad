/** Worker thread entry: reads the RangeJob in workerData, posts progress, then its RangeResult. */
import { parentPort, workerData } from "node:worker_threads";
import { type RangeJob, readRange } from "./range-read.js";

const port = parentPort;
if (port !== null) {
  const result = await readRange(workerData as RangeJob, (read, bytes) =>
    port.postMessage({ type: "progress", read, bytes }),
  );
  port.postMessage({ type: "done", result });
}
