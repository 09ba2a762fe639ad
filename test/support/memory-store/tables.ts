// Every repository method reads and writes synchronously (no await before a write), so each call is atomic
// like one database statement and concurrent calls cannot interleave half-way.
/**
 * The in-memory store's rows: the same columns as prisma/sqlite/schema.prisma, kept as domain
 * values. Every read hands out a copy (structuredClone) so a caller never edits the store by
 * accident, as with a real database.
 */

import type { AfterPartyMessage } from "../../../src/domain/after-party.js";
import type { AuditEvent } from "../../../src/domain/audit.js";
import type { BallotBox } from "../../../src/domain/ballot-box.js";
import type { OptOut, QuoteApproval } from "../../../src/domain/content/consent.js";
import type { Edition } from "../../../src/domain/edition.js";
import type { ImportRun } from "../../../src/domain/import-run.js";
import type { StoredInstallation, WorkspaceStanding } from "../../../src/domain/installation.js";
import type { Job } from "../../../src/domain/job.js";
import type { Note } from "../../../src/domain/note.js";
import type { Poll, PollQuestion, PollVote } from "../../../src/domain/poll.js";
import type { Network, Post } from "../../../src/domain/post.js";
import type { Series } from "../../../src/domain/series.js";
import type { Task } from "../../../src/domain/task.js";
import type { Watch, WatchEdition } from "../../../src/domain/watch.js";
import type { Workspace } from "../../../src/domain/workspace.js";
import type { Clock, Lease, TeamRole } from "../../../src/ports.js";
import type { DailyMetrics } from "../../../src/sources/types.js";
import { storeErrors } from "../../../src/store/errors.js";

export interface Created {
  createdAt: Date;
}

export interface TeamRow {
  id: string;
  workspaceId: string;
  seriesId: string;
  userRef: string;
  role: TeamRole;
  createdAt: Date;
}

export interface LinkRow {
  id: string;
  workspaceId: string;
  seriesId: string;
  role: "after_party" | "debrief";
  codeHash: string | null;
  expiresAt: Date | null;
  linkedAt: Date | null;
  createdBy: string;
  createdAt: Date;
}

export type PostRow = Post & {
  id: string;
  workspaceId: string;
  editionId: string | null;
  importedAt: Date;
  updatedAt: Date;
};

export interface ParticipantRow {
  id: string;
  workspaceId: string;
  displayName: string | null;
  firstSeenAt: Date;
  lastSeenAt: Date;
}

export interface HandleRow {
  id: string;
  workspaceId: string;
  participantId: string;
  network: Network;
  handle: string;
}

export interface ParticipationRow {
  id: string;
  workspaceId: string;
  editionId: string;
  participantId: string;
  posts: number;
  engagement: number;
  followers: number | null;
  firstPostAt: Date;
}

export type ImportRunRow = ImportRun;

export type DailyRow = DailyMetrics & { id: string; workspaceId: string; account: string };

export interface Tables {
  workspaces: Array<Workspace & Created>;
  series: Array<Series & Created>;
  team: TeamRow[];
  links: LinkRow[];
  editions: Array<Edition & Created>;
  posts: PostRow[];
  participants: ParticipantRow[];
  handles: HandleRow[];
  participations: ParticipationRow[];
  notes: Array<Note & { requestKey: string | null }>;
  polls: Array<Omit<Poll, "questions"> & { requestKey: string | null }>;
  questions: Array<PollQuestion & { pollId: string }>;
  votes: Array<PollVote & { id: string }>;
  /** Anonymous polls: who answered which part (a question id or "comment"). */
  turnout: Array<{ pollId: string; part: string; voter: string }>;
  /** Anonymous polls: one ballot box per poll (totals only). */
  ballotBoxes: Array<BallotBox & { pollId: string }>;
  tasks: Array<Task & { requestKey: string | null }>;
  audit: AuditEvent[];
  imports: ImportRunRow[];
  daily: DailyRow[];
  afterParty: AfterPartyMessage[];
  jobs: Array<Job & { createdAt: Date; updatedAt: Date }>;
  leases: Lease[];
  /** Workspaces retired (uninstalled) or purged, by id; absent: active. */
  retired: Array<WorkspaceStanding & { workspaceId: string }>;
  installations: Array<StoredInstallation & { refreshOwner: string | null; refreshUntil: Date | null }>;
  optOuts: Array<OptOut & { workspaceId: string; seriesId: string; createdBy: string }>;
  approvals: Array<QuoteApproval & { workspaceId: string; seriesId: string; requestedAt: Date }>;
  watches: Watch[];
  watchEditions: WatchEdition[];
  watchReminders: Array<{ workspaceId: string; watchId: string; userRef: string; createdAt: Date }>;
}

/** Is this workspace retired (uninstalled) or purged? The scheduler's lists leave those out. */
export function isRetired(db: MemoryDb, workspaceId: string): boolean {
  return db.t.retired.some((r) => r.workspaceId === workspaceId);
}

export function emptyTables(): Tables {
  return {
    workspaces: [],
    series: [],
    team: [],
    links: [],
    editions: [],
    posts: [],
    participants: [],
    handles: [],
    participations: [],
    notes: [],
    polls: [],
    questions: [],
    votes: [],
    turnout: [],
    ballotBoxes: [],
    tasks: [],
    audit: [],
    imports: [],
    daily: [],
    afterParty: [],
    jobs: [],
    leases: [],
    retired: [],
    installations: [],
    optOuts: [],
    approvals: [],
    watches: [],
    watchEditions: [],
    watchReminders: [],
  };
}

/** The state every repository of one memory store shares; `t` is swapped back on rollback. */
export interface MemoryDb {
  t: Tables;
  clock: Clock;
}

export { newId } from "../../../src/store/ids.js";

export function copy<T>(value: T): T {
  return structuredClone(value);
}

/** Keys of `patch` whose value is not undefined, applied to `row` (Prisma skips undefined too). */
export function applyPatch<T extends object>(row: T, patch: Partial<T>): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value !== undefined) (row as Record<string, unknown>)[key] = value;
  }
}

/** Parent rows a write refers to, checked as the database's foreign keys (plus the tenant) would. */
export const requireRow = {
  workspace(db: MemoryDb, id: string) {
    if (!db.t.workspaces.some((w) => w.id === id)) throw storeErrors.workspace(id);
  },
  series(db: MemoryDb, workspaceId: string, id: string) {
    const row = db.t.series.find((s) => s.id === id && s.workspaceId === workspaceId);
    if (!row) throw storeErrors.series(id);
    return row;
  },
  edition(db: MemoryDb, workspaceId: string, id: string) {
    const row = db.t.editions.find((e) => e.id === id && e.workspaceId === workspaceId);
    if (!row) throw storeErrors.edition(id);
    return row;
  },
};
