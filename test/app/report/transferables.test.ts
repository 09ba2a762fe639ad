import { MessageChannel, receiveMessageOnPort } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { transferablesOf } from "../../../src/app/report/transferables.js";

describe("GIVEN a worker's result with typed-array columns", () => {
  it("WHEN it is posted with transferablesOf THEN the columns arrive equal and are moved, not copied", () => {
    const ids = new Float64Array([1, 2, 3]);
    const values = new Int32Array([7, 8]);
    const state = { seen: { x: { numeric: ids, others: ["a", "b"] } }, rows: [{ values }], total: 3 };
    const { port1, port2 } = new MessageChannel();
    port1.postMessage(state, transferablesOf(state));
    const received = receiveMessageOnPort(port2)?.message as typeof state;
    port1.close();
    expect(received.seen.x.numeric).toEqual(new Float64Array([1, 2, 3]));
    expect(received.rows[0]!.values).toEqual(new Int32Array([7, 8]));
    expect(received.seen.x.others).toEqual(["a", "b"]);
    // Moved: the sender's arrays are empty now.
    expect(ids.byteLength).toBe(0);
    expect(values.byteLength).toBe(0);
  });

  it("WHEN a typed array shares its buffer (a view on part of it, a pooled Buffer) THEN it is not taken", () => {
    const whole = new ArrayBuffer(64);
    const part = new Uint8Array(whole, 8, 16);
    const pooled = Buffer.from("pooled");
    const own = new Uint32Array(4);
    const found = transferablesOf({
      part,
      pooled,
      nested: [{ own }, { own }],
      text: ["x"],
      date: new Date(0),
    });
    expect(found).toEqual([own.buffer]);
    expect(pooled.toString()).toBe("pooled");
  });

  it("WHEN the value holds no typed array THEN there is nothing to move", () => {
    expect(transferablesOf(null)).toEqual([]);
    expect(transferablesOf({ a: [1, 2], b: "text", c: [] })).toEqual([]);
  });
});
