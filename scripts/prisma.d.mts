/** Types of what scripts/prisma.mjs exports (tests import it; the rest is its command line). */

/** The PostgreSQL schema text derived from the SQLite one (provider and client output swapped, header added). */
export function derivePostgres(source: string): string;
