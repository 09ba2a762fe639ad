import { NETWORKS } from "../domain/post.js";
import type { Contribution, RosterEntry } from "../domain/roster.js";
import type { ParticipantRepository } from "../ports.js";
import type { DbOrTx, Tx } from "./database.js";
import { storeErrors } from "./errors.js";
import { inTransaction, oneOf } from "./prisma-support.js";
import { buildRoster, earliest, editionContributions, latest, mergeContributions } from "./rules.js";

export class PrismaParticipantRepository implements ParticipantRepository {
  constructor(private readonly db: DbOrTx) {}

  async recordEdition(workspaceId: string, editionId: string, contributions: Contribution[]): Promise<void> {
    const merged = mergeContributions(contributions);
    await inTransaction(this.db, async (tx) => {
      const edition = await tx.edition.findFirst({
        where: { id: editionId, workspaceId },
        select: { id: true },
      });
      if (!edition) throw storeErrors.edition(editionId);
      await tx.participation.deleteMany({ where: { workspaceId, editionId } });
      const rows = [];
      for (const c of merged) {
        const participantId = await this.participantFor(tx, workspaceId, c);
        rows.push({
          workspaceId,
          editionId,
          participantId,
          posts: c.posts,
          engagement: c.engagement,
          followers: c.followers,
          firstPostAt: c.firstPostAt,
        });
      }
      if (rows.length) await tx.participation.createMany({ data: rows });
    });
  }

  /** The participant behind this handle, created on first sight, its first/last seen widened. */
  private async participantFor(tx: Tx, workspaceId: string, c: Contribution): Promise<string> {
    const handle = await tx.participantHandle.findUnique({
      where: { workspaceId_network_handle: { workspaceId, network: c.network, handle: c.handle } },
      include: { participant: true },
    });
    if (!handle) {
      const created = await tx.participant.create({
        data: {
          workspaceId,
          displayName: c.name,
          firstSeenAt: c.firstPostAt,
          lastSeenAt: c.firstPostAt,
          handles: { create: { workspaceId, network: c.network, handle: c.handle } },
        },
      });
      return created.id;
    }
    const p = handle.participant;
    await tx.participant.update({
      where: { id: p.id },
      data: {
        displayName: c.name ?? p.displayName,
        firstSeenAt: earliest(c.firstPostAt, p.firstSeenAt),
        lastSeenAt: latest(c.firstPostAt, p.lastSeenAt),
      },
    });
    return p.id;
  }

  async roster(workspaceId: string, seriesId: string): Promise<RosterEntry[]> {
    const rows = await this.db.participation.findMany({
      where: { workspaceId, edition: { seriesId, workspaceId } },
      include: {
        edition: { select: { number: true } },
        participant: { include: { handles: { where: { workspaceId } } } },
      },
    });
    return buildRoster(
      rows.map((r) => ({
        participantId: r.participantId,
        displayName: r.participant.displayName,
        handles: r.participant.handles.map((h) => ({
          network: oneOf(NETWORKS, h.network, ["ParticipantHandle", "network"]),
          handle: h.handle,
        })),
        editionNumber: r.edition.number,
        posts: r.posts,
        engagement: r.engagement,
        followers: r.followers,
        firstPostAt: r.firstPostAt,
      })),
    );
  }

  async ofEdition(workspaceId: string, editionId: string): Promise<Contribution[]> {
    const rows = await this.db.participation.findMany({
      where: { workspaceId, editionId },
      include: { participant: { include: { handles: { where: { workspaceId } } } } },
    });
    return editionContributions(
      rows.map((r) => ({
        displayName: r.participant.displayName,
        handles: r.participant.handles.map((h) => ({
          network: oneOf(NETWORKS, h.network, ["ParticipantHandle", "network"]),
          handle: h.handle,
        })),
        posts: r.posts,
        engagement: r.engagement,
        followers: r.followers,
        firstPostAt: r.firstPostAt,
      })),
    );
  }
}
