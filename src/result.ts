/**
 * The one shape of an expected failure returned as a value: parsers and checks at the edges (a
 * command line, a date, a duration, a CSV row, a form) answer `ok(value)` or `err(reason)`, never
 * throw. The reason is precise enough to say what to fix; AfterchatError (src/errors.ts) is for
 * failures that travel up to the dispatcher instead.
 */
export type Result<T, E> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}
