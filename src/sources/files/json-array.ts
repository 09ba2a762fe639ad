import { jsonParser } from "stream-json/core/parser.js";
import { streamArray } from "stream-json/core/streamers/stream-array.js";

/**
 * Streams the elements of one top-level JSON array with stream-json's synchronous core: its tokenizer and
 * its `streamArray` assembler, driven here chunk by chunk instead of through Node streams, so elements
 * already parsed are never lost when a later byte is bad (a Node stream drops its buffer on error).
 * The stages speak stream-chain's object-stream protocol: `Symbol.for("object-stream.none")` means "no
 * value" (and, given as input, "flush"); an object marked `Symbol.for("object-stream.many")` holds `values`.
 * @see https://github.com/uhop/stream-json/wiki/Parser
 * @see https://github.com/uhop/stream-chain/wiki/defs
 */
const NONE = Symbol.for("object-stream.none");
const MANY = Symbol.for("object-stream.many");

type Stage = (input: unknown) => unknown;

export type ArrayEvent =
  | { type: "element"; index: number; value: unknown }
  | { type: "error"; index: number; truncated: boolean; detail: string };

export async function* streamJsonArray(
  texts: AsyncIterable<string>,
  options: { numberAsString?: boolean } = {},
): AsyncGenerator<ArrayEvent> {
  // Packed values only (the assembler reads nothing else); by default numbers stay strings, so ids above
  // 2^53 survive (tweets.js); sources whose ids are strings anyway (API responses) read numbers as numbers.
  const tokenize = jsonParser({ streamValues: false }) as unknown as Stage;
  const assemble = streamArray({ numberAsString: options.numberAsString ?? true }) as unknown as Stage;
  let next = 0;
  const feed = (input: unknown): ArrayEvent[] => {
    const events: ArrayEvent[] = [];
    for (const token of valuesOf(tokenize(input))) {
      const item = assemble(token) as { key?: unknown; value?: unknown } | symbol;
      if (typeof item === "object" && item !== null && typeof item.key === "number") {
        next = item.key + 1;
        events.push({ type: "element", index: item.key, value: item.value });
      }
    }
    return events;
  };
  for await (const text of texts) {
    // Cut after every `}` and `]`: the tokenizer emits an element's closing token in the call that sees it,
    // so an error can only lose tokens of the element being read, never a finished one.
    for (const piece of piecesOf(text)) {
      let events: ArrayEvent[];
      try {
        events = feed(piece);
      } catch (error) {
        yield { type: "error", index: next, truncated: false, detail: detailOf(error) };
        return;
      }
      yield* events;
    }
  }
  try {
    yield* feed(NONE);
  } catch (error) {
    yield { type: "error", index: next, truncated: true, detail: detailOf(error) };
  }
}

function valuesOf(output: unknown): unknown[] {
  if (output === NONE || output === undefined) return [];
  const many = output as { [MANY]?: number; values?: unknown };
  if (many[MANY] === 1 && Array.isArray(many.values)) return many.values;
  return [output];
}

function* piecesOf(text: string): Generator<string> {
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x7d || code === 0x5d) {
      yield text.slice(start, i + 1);
      start = i + 1;
    }
  }
  if (start < text.length) yield text.slice(start);
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
