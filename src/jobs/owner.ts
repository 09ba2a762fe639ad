/**
 * Who holds a job's lease: unique per process, and readable in the jobs table ("which process
 * was running this when it stopped?"). The random part keeps two runs with a recycled pid apart.
 */
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

export function processOwner(): string {
  return `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
}
