/**
 * Ids for rows the store writes itself (raw bulk inserts), shaped like the ones Prisma's `cuid()`
 * default makes: 25 characters, "c", then time and a counter in base 36, then randomness, so ids
 * made later sort later within one process.
 */
let counter = 0;

export function newId(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(8, "0");
  const count = counter.toString(36).padStart(4, "0");
  // Uniqueness comes from time + counter within a process; this part separates processes.
  const random = (Math.random().toString(36).slice(2, 8) + Math.random().toString(36).slice(2, 8)).padEnd(
    12,
    "0",
  );
  return `c${time}${count}${random}`;
}
