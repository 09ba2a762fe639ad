/**
 * Worker thread entry: loads its modules at once, then reads the one RangeJob it is sent (range-workers.ts
 * starts it before the job is known), posts progress, then its RangeResult.
 */
import { parentPort } from "node:worker_threads";
import { type RangeJob, readRange } from "./range-read.js";

const port = parentPort;
port?.once("message", async (job: RangeJob) => {
  const result = await readRange(job, (read, bytes) => port.postMessage({ type: "progress", read, bytes }));
  port.postMessage({ type: "done", result });
});
