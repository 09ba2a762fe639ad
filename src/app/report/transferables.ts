/**
 * The ArrayBuffers a message may move to another thread instead of copying them: those of the typed arrays in
 * plain objects and arrays of objects (a worker's stats state keeps its big columns in typed arrays). Only a
 * buffer a typed array has to itself is taken: a Node Buffer from the shared pool, or a view on part of a
 * buffer, would take its neighbours with it. Moved buffers are empty on the sending side afterwards.
 */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  const found = new Set<ArrayBuffer>();
  collect(value, found);
  return [...found];
}

function collect(value: unknown, found: Set<ArrayBuffer>): void {
  if (typeof value !== "object" || value === null) return;
  if (ArrayBuffer.isView(value)) {
    const { buffer } = value;
    const whole = value.byteOffset === 0 && value.byteLength === buffer.byteLength;
    if (whole && buffer instanceof ArrayBuffer && !Buffer.isBuffer(value)) found.add(buffer);
    return;
  }
  if (Array.isArray(value)) {
    // Columns of strings or numbers hold no buffer: only arrays of objects are walked.
    if (value.length > 0 && typeof value[0] === "object") for (const item of value) collect(item, found);
    return;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return;
  for (const key in value) collect((value as Record<string, unknown>)[key], found);
}
