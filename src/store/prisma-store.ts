/**
 * The Store on Prisma (SQLite or PostgreSQL): every repository bound to one client, and
 * `transaction` re-binding them all to an interactive transaction.
 * @see https://www.prisma.io/docs/orm/prisma-client/queries/transactions#interactive-transactions
 */
import type { Store } from "../ports.js";
import type { Database, DbOrTx } from "./database.js";
import { PrismaAfterPartyRepository } from "./prisma-after-party.js";
import { PrismaAuditRepository, PrismaImportRunRepository } from "./prisma-audit.js";
import { PrismaConsentRepository } from "./prisma-consent.js";
import { PrismaDailyMetricRepository } from "./prisma-daily-metrics.js";
import { PrismaEditionRepository } from "./prisma-editions.js";
import { PrismaInstallationRepository } from "./prisma-installations.js";
import { PrismaJobRepository } from "./prisma-jobs.js";
import { PrismaLeaseRepository } from "./prisma-leases.js";
import { PrismaSeriesLinkRepository } from "./prisma-links.js";
import { PrismaNoteRepository } from "./prisma-notes.js";
import { PrismaParticipantRepository } from "./prisma-participants.js";
import { PrismaPollRepository } from "./prisma-polls.js";
import { PrismaPostRepository } from "./prisma-posts.js";
import { PrismaSeriesRepository } from "./prisma-series.js";
import { type DbKind, inTransaction } from "./prisma-support.js";
import { PrismaTaskRepository } from "./prisma-tasks.js";
import { PrismaTeamRepository } from "./prisma-team.js";
import { PrismaWatchEditionRepository } from "./prisma-watch-editions.js";
import { PrismaWatchRepository } from "./prisma-watches.js";
import { PrismaWorkspaceRepository } from "./prisma-workspaces.js";
import type { SqliteBulk } from "./sqlite-bulk.js";

/**
 * What runs after a committed write to an anonymous poll. SQLite keeps the earlier images of the
 * pages a transaction changed in its WAL file until a checkpoint overwrites them, so a copy of
 * ./data would hold the ballot box as it was before each answer, next to the turnout row that
 * came with it: a TRUNCATE checkpoint empties the WAL file. PostgreSQL: see docs/anonymity.md.
 * @see https://www.sqlite.org/pragma.html#pragma_wal_checkpoint
 */
function anonymousWriteHook(root: DbOrTx, kind: DbKind): () => Promise<void> {
  if (kind !== "sqlite") return async () => {};
  // Best effort: the answer is already committed, so a failure here must not turn it into an
  // error for the voter; while another connection reads an older snapshot the checkpoint cannot
  // finish, and the next anonymous write's checkpoint empties the WAL instead.
  return async () => {
    await root.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)").catch(() => undefined);
  };
}

function storeBoundTo(
  client: DbOrTx,
  kind: DbKind,
  inside: boolean,
  bulk?: SqliteBulk,
  afterAnonymousWrite: () => Promise<void> = anonymousWriteHook(client, kind),
): Store {
  const store: Store = {
    workspaces: new PrismaWorkspaceRepository(client),
    series: new PrismaSeriesRepository(client),
    team: new PrismaTeamRepository(client),
    links: new PrismaSeriesLinkRepository(client),
    editions: new PrismaEditionRepository(client),
    posts: new PrismaPostRepository(client, kind, inside ? undefined : bulk),
    participants: new PrismaParticipantRepository(client),
    notes: new PrismaNoteRepository(client),
    polls: new PrismaPollRepository(client, afterAnonymousWrite),
    tasks: new PrismaTaskRepository(client),
    audit: new PrismaAuditRepository(client),
    imports: new PrismaImportRunRepository(client),
    dailyMetrics: new PrismaDailyMetricRepository(client),
    afterParty: new PrismaAfterPartyRepository(client),
    jobs: new PrismaJobRepository(client, kind),
    leases: new PrismaLeaseRepository(client, kind),
    installations: new PrismaInstallationRepository(client),
    consent: new PrismaConsentRepository(client),
    watches: new PrismaWatchRepository(client),
    watchEditions: new PrismaWatchEditionRepository(client),
    // Inside a transaction, a nested one joins it (Prisma has no nested interactive transactions).
    transaction: async (work) => {
      if (inside) return work(store);
      // Inside, the hook waits for the commit: it then runs once, on the outer client.
      let anonymousWrite = false;
      const later = async () => {
        anonymousWrite = true;
      };
      const result = await inTransaction(client, (tx) =>
        work(storeBoundTo(tx, kind, true, undefined, later)),
      );
      if (anonymousWrite) await afterAnonymousWrite();
      return result;
    },
    async ping() {
      try {
        await client.$queryRawUnsafe("SELECT 1");
        return true;
      } catch {
        return false;
      }
    },
  };
  return store;
}

export function createPrismaStore(database: Database): Store {
  return storeBoundTo(database.db, database.kind, false, database.bulk);
}
