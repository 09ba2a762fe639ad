import { jsonParser } from "stream-json/core/parser.js";

/** What the start of a JSON object line says about itself, read from a possibly cut-off prefix. */
export interface JsonHead {
  /** Keys of the top-level object seen so far. */
  keys: Set<string>;
  /** Keys of the first `data` record (first array element, or the object itself), when one was seen. */
  dataKeys: Set<string> | null;
  /** True when that first record was read to its end. */
  dataComplete: boolean;
}

const NONE = Symbol.for("object-stream.none");
const MANY = Symbol.for("object-stream.many");

export type Token = { name: string; value?: unknown };

/**
 * The tokens of a JSON prefix (stream-json's tokenizer accepts a valid prefix and waits for more instead of
 * failing), or null when the prefix is already invalid.
 */
export function prefixTokens(text: string): Token[] | null {
  try {
    const tokenize = jsonParser({ streamValues: false }) as unknown as (input: unknown) => unknown;
    const output = tokenize(text) as { [MANY]?: number; values?: Token[] } | symbol;
    return output === NONE || typeof output !== "object" || output[MANY] !== 1 ? [] : (output.values ?? []);
  } catch {
    return null;
  }
}

/**
 * Tokenises `text` (the first line of a file, perhaps cut at 64 KB) with stream-json's tokenizer, which
 * accepts a valid prefix and waits for more instead of failing. Null when it is not a JSON object or the
 * prefix is already invalid.
 */
export function readJsonHead(text: string): JsonHead | null {
  const tokens = prefixTokens(text);
  if (tokens === null || tokens[0]?.name !== "startObject") return null;
  const head: JsonHead = { keys: new Set(), dataKeys: null, dataComplete: false };
  let depth = 0;
  let key: string | null = null;
  // Depth at which the first data record's own keys appear, once its start is seen.
  let recordDepth = -1;
  let dataArrayDepth = -1;
  for (const token of tokens) {
    switch (token.name) {
      case "keyValue":
        if (depth === 1) {
          key = String(token.value);
          head.keys.add(key);
        } else if (depth === recordDepth && !head.dataComplete) head.dataKeys?.add(String(token.value));
        break;
      case "startObject":
        depth += 1;
        if (head.dataKeys === null && ((depth === 2 && key === "data") || depth === dataArrayDepth + 1)) {
          head.dataKeys = new Set();
          recordDepth = depth;
        }
        break;
      case "startArray":
        depth += 1;
        if (depth === 2 && key === "data" && dataArrayDepth < 0) dataArrayDepth = depth;
        break;
      case "endObject":
      case "endArray":
        if (depth === recordDepth) head.dataComplete = true;
        depth -= 1;
        break;
    }
  }
  return head;
}
