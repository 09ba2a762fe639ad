import type { Lease, LeaseRepository } from "../ports.js";
import type { DbOrTx } from "./database.js";
import { takeStatement } from "./lease-sql.js";
import type { DbKind } from "./prisma-support.js";

export class PrismaLeaseRepository implements LeaseRepository {
  constructor(
    private readonly db: DbOrTx,
    private readonly kind: DbKind,
  ) {}

  async take(name: string, owner: string, until: Date, now: Date): Promise<boolean> {
    // Dates go in as Date objects, as in the job claim: each driver adapter writes its column format.
    const { sql, params } = takeStatement(this.kind, { name, owner, until, now });
    return (await this.db.$executeRawUnsafe(sql, ...params)) === 1;
  }

  async release(name: string, owner: string): Promise<void> {
    await this.db.lease.deleteMany({ where: { name, owner } });
  }

  async live(prefix: string, now: Date): Promise<Lease[]> {
    const rows = await this.db.lease.findMany({
      where: { name: { startsWith: prefix }, until: { gt: now } },
      orderBy: { name: "asc" },
    });
    // LIKE treats "_" and "%" as wildcards: keep exact prefixes only.
    return rows
      .filter((r) => r.name.startsWith(prefix))
      .map((r) => ({ name: r.name, owner: r.owner, until: r.until }));
  }
}
