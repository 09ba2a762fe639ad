/** Deterministic ordering helpers: no locale (localeCompare depends on the machine), ties always broken. */

/** Code-unit order, the same on every machine. */
export function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}

/**
 * The first `n` items in `compare` order, without sorting everything: a small sorted buffer, so the cost is
 * O(items × log n) and the memory O(n). Used at finish only.
 */
export function topBy<T>(items: Iterable<T>, n: number, compare: (a: T, b: T) => number): T[] {
  const best: T[] = [];
  if (n <= 0) return best;
  for (const item of items) {
    if (best.length === n && compare(item, best[n - 1]!) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(item, best[middle]!) < 0) high = middle;
      else low = middle + 1;
    }
    best.splice(low, 0, item);
    if (best.length > n) best.pop();
  }
  return best;
}
