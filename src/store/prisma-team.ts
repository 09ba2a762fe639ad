import type { TeamRepository, TeamRole } from "../ports.js";
import type { DbOrTx } from "./database.js";
import { storeErrors } from "./errors.js";
import { isUniqueViolation, oneOf } from "./prisma-support.js";
import { compareText } from "./rules.js";

const ROLES = ["member", "moderator"] as const;

export class PrismaTeamRepository implements TeamRepository {
  constructor(private readonly db: DbOrTx) {}

  async set(workspaceId: string, seriesId: string, userRef: string, role: TeamRole): Promise<boolean> {
    const series = await this.db.chatSeries.findFirst({
      where: { id: seriesId, workspaceId },
      select: { id: true },
    });
    if (!series) throw storeErrors.series(seriesId);
    const { count } = await this.db.teamMember.updateMany({
      where: { workspaceId, seriesId, userRef, role: { not: role } },
      data: { role },
    });
    if (count > 0) return true;
    try {
      await this.db.teamMember.create({ data: { workspaceId, seriesId, userRef, role } });
      return true;
    } catch (error) {
      // Already there with this role (or added by a concurrent call): nothing changed.
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async remove(workspaceId: string, seriesId: string, userRef: string): Promise<boolean> {
    const { count } = await this.db.teamMember.deleteMany({ where: { workspaceId, seriesId, userRef } });
    return count > 0;
  }

  async list(workspaceId: string, seriesId: string): Promise<Array<{ userRef: string; role: TeamRole }>> {
    const rows = await this.db.teamMember.findMany({ where: { workspaceId, seriesId } });
    return rows
      .map((r) => ({ userRef: r.userRef, role: oneOf(ROLES, r.role, ["TeamMember", "role"]) }))
      .sort((a, b) => compareText(a.userRef, b.userRef));
  }

  async roleOf(workspaceId: string, seriesId: string, userRef: string): Promise<TeamRole | null> {
    const row = await this.db.teamMember.findFirst({ where: { workspaceId, seriesId, userRef } });
    return row ? oneOf(ROLES, row.role, ["TeamMember", "role"]) : null;
  }
}
