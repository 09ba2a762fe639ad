import type { Contribution, RosterEntry } from "../../../src/domain/roster.js";
import type { ParticipantRepository } from "../../../src/ports.js";
import {
  buildRoster,
  earliest,
  editionContributions,
  latest,
  mergeContributions,
} from "../../../src/store/rules.js";
import { copy, type MemoryDb, newId, requireRow } from "./tables.js";

export class MemoryParticipants implements ParticipantRepository {
  constructor(private readonly db: MemoryDb) {}

  async recordEdition(workspaceId: string, editionId: string, contributions: Contribution[]): Promise<void> {
    requireRow.edition(this.db, workspaceId, editionId);
    const t = this.db.t;
    t.participations = t.participations.filter(
      (p) => p.editionId !== editionId || p.workspaceId !== workspaceId,
    );
    for (const c of mergeContributions(contributions)) {
      const handle = t.handles.find(
        (h) => h.workspaceId === workspaceId && h.network === c.network && h.handle === c.handle,
      );
      let participant = handle && t.participants.find((p) => p.id === handle.participantId);
      if (!participant) {
        participant = {
          id: newId(),
          workspaceId,
          displayName: c.name,
          firstSeenAt: c.firstPostAt,
          lastSeenAt: c.firstPostAt,
        };
        t.participants.push(participant);
        t.handles.push({
          id: newId(),
          workspaceId,
          participantId: participant.id,
          network: c.network,
          handle: c.handle,
        });
      } else {
        participant.displayName = c.name ?? participant.displayName;
        participant.firstSeenAt = earliest(c.firstPostAt, participant.firstSeenAt);
        participant.lastSeenAt = latest(c.firstPostAt, participant.lastSeenAt);
      }
      t.participations.push({
        id: newId(),
        workspaceId,
        editionId,
        participantId: participant.id,
        posts: c.posts,
        engagement: c.engagement,
        followers: c.followers,
        firstPostAt: c.firstPostAt,
      });
    }
  }

  async ofEdition(workspaceId: string, editionId: string): Promise<Contribution[]> {
    const t = this.db.t;
    const rows = t.participations
      .filter((p) => p.workspaceId === workspaceId && p.editionId === editionId)
      .map((p) => ({
        displayName: t.participants.find((x) => x.id === p.participantId)?.displayName ?? null,
        handles: t.handles
          .filter((h) => h.workspaceId === workspaceId && h.participantId === p.participantId)
          .map((h) => ({ network: h.network, handle: h.handle })),
        posts: p.posts,
        engagement: p.engagement,
        followers: p.followers,
        firstPostAt: p.firstPostAt,
      }));
    return copy(editionContributions(rows));
  }

  async roster(workspaceId: string, seriesId: string): Promise<RosterEntry[]> {
    const t = this.db.t;
    const editions = new Map(
      t.editions
        .filter((e) => e.workspaceId === workspaceId && e.seriesId === seriesId)
        .map((e) => [e.id, e]),
    );
    const rows = t.participations
      .filter((p) => p.workspaceId === workspaceId && editions.has(p.editionId))
      .map((p) => {
        const participant = t.participants.find((x) => x.id === p.participantId)!;
        return {
          participantId: p.participantId,
          displayName: participant.displayName,
          handles: t.handles
            .filter((h) => h.participantId === p.participantId)
            .map((h) => ({ network: h.network, handle: h.handle })),
          editionNumber: editions.get(p.editionId)!.number,
          posts: p.posts,
          engagement: p.engagement,
          followers: p.followers,
          firstPostAt: p.firstPostAt,
        };
      });
    return copy(buildRoster(rows));
  }
}
