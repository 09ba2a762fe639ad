/**
 * An archive file is JavaScript: `window.YTD.tweets.part0 = [ ... ]` (older archives: `window.YTD.tweet.part0`).
 * This strips the assignment and any trailing `;` so the rest is plain JSON, without buffering more than the
 * first 256 characters and the trailing run of whitespace/semicolons.
 */
const PREFIX = /^\s*window\.YTD\.[\w$.-]+\s*=\s*/;
const HEAD_LIMIT = 256;

export async function* stripArchivePrefix(texts: AsyncIterable<string>): AsyncGenerator<string> {
  let head = "";
  let started = false;
  let pending = "";
  const tail = function* (text: string): Generator<string> {
    // Hold back trailing whitespace and semicolons: at the end of the file they are the statement's end.
    const joined = pending + text;
    const kept = joined.replace(/[\s;]+$/, "");
    pending = joined.slice(kept.length);
    if (kept.length > 0) yield kept;
  };
  for await (const text of texts) {
    if (started) {
      yield* tail(text);
      continue;
    }
    head += text;
    const match = PREFIX.exec(head);
    if (match && match[0].length < head.length) {
      started = true;
      yield* tail(head.slice(match[0].length));
    } else if (!mayBecomePrefix(head)) {
      started = true; // no prefix: plain JSON, or not an archive (the JSON parser will say so)
      yield* tail(head);
    }
  }
  if (!started) {
    const match = PREFIX.exec(head);
    yield* tail(match ? head.slice(match[0].length) : head);
  }
}

function mayBecomePrefix(head: string): boolean {
  if (head.length > HEAD_LIMIT) return false;
  const start = head.trimStart();
  const known = "window.YTD.";
  return start.length <= known.length ? known.startsWith(start) : start.startsWith(known);
}
