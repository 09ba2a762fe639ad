/**
 * The interfaces the core needs. Use cases talk to these only; src/store implements them with
 * Prisma (SQLite or PostgreSQL), test/support/memory-store.ts in memory. The chat platforms' side
 * (ChatPlatform, Platforms, the Dispatcher adapters call) is stated in src/edge.ts.
 *
 * Tenant isolation: every repository method that reads or writes tenant rows takes the
 * workspaceId and never returns another workspace's rows. Methods that span workspaces exist
 * only for the scheduler and say so in their name ("...AcrossWorkspaces").
 */
import type { AfterPartyMessage, AfterPartySummary } from "./domain/after-party.js";
import type { AuditEvent, NewAuditEvent } from "./domain/audit.js";
import type { AnonymousAnswer } from "./domain/ballot-box.js";
import type { OptOut, QuoteApproval } from "./domain/content/consent.js";
import type { Edition, EditionStatus, NewEdition } from "./domain/edition.js";
import type { ImportRun, ImportRunStatus, RunOwner } from "./domain/import-run.js";
import type { RefreshedTokens, StoredInstallation, WorkspaceStanding } from "./domain/installation.js";
import type { Job, NewJob } from "./domain/job.js";
import type { NewNote, Note, NoteKind } from "./domain/note.js";
import type { NewPoll, Poll, PollVote, QuestionTally } from "./domain/poll.js";
import type { Network, Post } from "./domain/post.js";
import type { Contribution, RosterEntry } from "./domain/roster.js";
import type { NewSeries, Series } from "./domain/series.js";
import type { Headline } from "./domain/stats/report.js";
import type { NewTask, Task, TaskStatus } from "./domain/task.js";
import type {
  NewWatch,
  Watch,
  WatchEdition,
  WatchEditionStatus,
  WatchPatch,
  WatchSummary,
} from "./domain/watch.js";
import type { ChannelRef, Platform, UserRef, Workspace } from "./domain/workspace.js";
import type { Locale } from "./i18n/index.js";
import type { BadValue, DailyMetrics } from "./sources/types.js";

/** Time is a port: the scheduler and every deadline rule read it here, tests move it. */
export interface Clock {
  now(): Date;
}

export interface WorkspaceRepository {
  /** Finds the workspace by platform + external id, creating it on first contact. */
  ensure(input: {
    platform: Platform;
    externalId: string;
    name: string;
    locale?: Locale;
  }): Promise<Workspace>;
  get(id: string): Promise<Workspace | null>;
  findByExternal(platform: Platform, externalId: string): Promise<Workspace | null>;
  update(
    id: string,
    patch: Partial<Pick<Workspace, "name" | "locale" | "creatorRoleIds">>,
  ): Promise<Workspace>;
  /** Active, retired (with when its data goes) or purged; null for an unknown id. */
  standing(id: string): Promise<WorkspaceStanding | null>;
  /** Uninstalled or tokens revoked: retired at `at`, its data deleted after `purgeAfter`. */
  retire(id: string, at: Date, purgeAfter: Date): Promise<void>;
  /** Installed again: active, nothing to delete. A purged workspace starts empty. */
  reactivate(id: string): Promise<void>;
  /** Retired workspaces whose retention ended at `now`, not yet purged. */
  purgeDue(now: Date): Promise<string[]>;
  /**
   * Deletes everything the workspace holds (series, editions, posts, notes, polls, tasks, jobs...)
   * in one transaction; the workspace row and its append-only audit log stay, marked purged.
   */
  purge(id: string, at: Date): Promise<void>;
}

export interface SeriesRepository {
  create(input: NewSeries): Promise<Series>;
  get(workspaceId: string, id: string): Promise<Series | null>;
  findByHashtag(workspaceId: string, hashtag: string): Promise<Series | null>;
  /** The series whose debrief (or after-party) channel this is. */
  findByChannel(workspaceId: string, channel: ChannelRef): Promise<Series | null>;
  list(workspaceId: string): Promise<Series[]>;
  update(
    workspaceId: string,
    id: string,
    patch: Partial<Omit<Series, "id" | "workspaceId">>,
  ): Promise<Series>;
  /** Every active series with a schedule, for the scheduler. */
  /** Active scheduled series of active (not retired) workspaces. */
  listScheduledAcrossWorkspaces(): Promise<Series[]>;
  /** Series with this hashtag in any workspace (the CLI import, run by the operator). */
  findByHashtagAcrossWorkspaces(hashtag: string): Promise<Series[]>;
  /** Every series of every workspace (the CLI's `series list`, run by the operator). */
  listAcrossWorkspaces(): Promise<Series[]>;
  /** A series by id whatever its workspace, for the scheduler and linked workspaces. */
  getAcrossWorkspaces(id: string): Promise<Series | null>;
}

export type TeamRole = "member" | "moderator";

export interface TeamRepository {
  /** Adds or changes a person's role; returns whether anything changed. */
  set(workspaceId: string, seriesId: string, userRef: UserRef, role: TeamRole): Promise<boolean>;
  remove(workspaceId: string, seriesId: string, userRef: UserRef): Promise<boolean>;
  list(workspaceId: string, seriesId: string): Promise<Array<{ userRef: UserRef; role: TeamRole }>>;
  roleOf(workspaceId: string, seriesId: string, userRef: UserRef): Promise<TeamRole | null>;
}

export interface SeriesLinkRepository {
  /** Stores a pending one-time link code (its hash) for another workspace to redeem. */
  createCode(input: {
    seriesId: string;
    role: "after_party" | "debrief";
    codeHash: string;
    expiresAt: Date;
    createdBy: UserRef;
  }): Promise<void>;
  /** Redeems a code once: links `workspaceId` to the series; null when unknown, used or expired. */
  redeem(
    codeHash: string,
    workspaceId: string,
    now: Date,
  ): Promise<{ seriesId: string; role: "after_party" | "debrief" } | null>;
  /** Series another workspace linked this workspace to. */
  linkedSeries(workspaceId: string): Promise<Array<{ seriesId: string; role: "after_party" | "debrief" }>>;
}

export interface EditionRepository {
  create(input: NewEdition): Promise<Edition>;
  get(workspaceId: string, id: string): Promise<Edition | null>;
  byNumber(workspaceId: string, seriesId: string, number: number): Promise<Edition | null>;
  /** Newest first. */
  list(workspaceId: string, seriesId: string, options?: { limit?: number }): Promise<Edition[]>;
  /** The edition live at `now`, else the last one that started before `now`, else null. */
  current(workspaceId: string, seriesId: string, now: Date): Promise<Edition | null>;
  /** The edition before this one (by number), or null. */
  previous(workspaceId: string, edition: Edition): Promise<Edition | null>;
  nextNumber(workspaceId: string, seriesId: string): Promise<number>;
  update(
    workspaceId: string,
    id: string,
    patch: Partial<
      Pick<
        Edition,
        | "topic"
        | "startsAt"
        | "endsAt"
        | "status"
        | "importedAt"
        | "headline"
        | "afterPartyThread"
        | "afterPartyEndsAt"
      >
    >,
  ): Promise<Edition>;
  /** For the scheduler: an edition by id whatever its workspace. */
  getAcrossWorkspaces(id: string): Promise<Edition | null>;
  /** For the scheduler: editions in these states. */
  listByStatusAcrossWorkspaces(statuses: EditionStatus[]): Promise<Edition[]>;
}

export interface UpsertResult {
  inserted: number;
  updated: number;
}

export interface PostRepository {
  /**
   * Inserts new posts and updates known ones (same workspace + network + external id), in one
   * transaction: the batch is all in or all out. Attaches them to `editionId` when given.
   */
  upsertBatch(workspaceId: string, editionId: string | null, posts: Post[]): Promise<UpsertResult>;
  /** The edition's posts in creation order, streamed in pages. */
  streamByEdition(workspaceId: string, editionId: string): AsyncIterable<Post>;
  countByEdition(workspaceId: string, editionId: string): Promise<number>;
  /** Lower-case "network:handle" keys of everyone who posted in these editions. */
  authorsOfEditions(workspaceId: string, editionIds: string[]): Promise<Set<string>>;
}

export interface ParticipantRepository {
  /** Records who took part in an edition (idempotent: re-recording replaces the edition's rows). */
  recordEdition(workspaceId: string, editionId: string, contributions: Contribution[]): Promise<void>;
  /** Everyone who took part in the series, with the numbers of the editions they posted in. */
  roster(workspaceId: string, seriesId: string): Promise<RosterEntry[]>;
  /**
   * What each person did in one edition, as recorded (empty when the edition was never recorded):
   * most posts first. Handles in lower case, without "@".
   */
  ofEdition(workspaceId: string, editionId: string): Promise<Contribution[]>;
}

export interface NoteRepository {
  /** Adds a note; with a requestKey already used, returns the existing note and created=false. */
  add(input: NewNote): Promise<{ note: Note; created: boolean }>;
  get(workspaceId: string, id: string): Promise<Note | null>;
  update(workspaceId: string, id: string, patch: Partial<Pick<Note, "kind" | "text">>): Promise<Note>;
  delete(workspaceId: string, id: string): Promise<boolean>;
  /** Oldest first. */
  listByEdition(workspaceId: string, editionId: string, kind?: NoteKind): Promise<Note[]>;
}

/**
 * Polls. Named polls keep one vote per question and voter (`vote`, `votesOf`). Anonymous polls
 * keep who answered (the turnout) apart from what was answered (the ballot box: totals only), and
 * never write a vote row: see src/domain/polls.ts and docs/anonymity.md.
 */
export interface PollRepository {
  /**
   * Creates a poll with its questions (and, anonymous, its empty ballot box); with a requestKey
   * already used, returns the existing one.
   */
  create(input: NewPoll): Promise<{ poll: Poll; created: boolean }>;
  get(workspaceId: string, id: string): Promise<Poll | null>;
  openForEdition(workspaceId: string, editionId: string): Promise<Poll | null>;
  latestForEdition(workspaceId: string, editionId: string): Promise<Poll | null>;
  /** The poll's rank among its edition's polls by creation (1 for the first), so a second one is titled apart. */
  ordinalInEdition(workspaceId: string, poll: Pick<Poll, "id" | "editionId" | "createdAt">): Promise<number>;
  setMessage(workspaceId: string, id: string, channelRef: ChannelRef, messageRef: string): Promise<void>;
  /**
   * Named polls: records or replaces one voter's answer to one question (one row per question +
   * voterKey, even under concurrent calls). `value` and `comment` left undefined keep what was
   * there. Refused (poll_not_found) for an anonymous poll.
   */
  vote(
    workspaceId: string,
    pollId: string,
    questionId: string,
    voterKey: string,
    answer: { value?: number | null; comment?: string | null },
  ): Promise<void>;
  /** Named polls: this voter's own answers (to show them what they chose); none for anonymous polls. */
  votesOf(workspaceId: string, pollId: string, voterKey: string): Promise<PollVote[]>;
  /**
   * Anonymous polls: in one transaction, records that `names[0]` answered this part and adds the
   * answer to the ballot box. False, and nothing written, when any of `names` (a person's turnout
   * names: src/domain/polls.ts turnoutNames) already answered it, concurrent calls included.
   */
  castAnonymous(
    workspaceId: string,
    pollId: string,
    names: readonly string[],
    answer: AnonymousAnswer,
  ): Promise<boolean>;
  /** Anonymous polls: the parts (question ids, COMMENT_PART) any of `names` answered, never how. */
  answeredParts(workspaceId: string, pollId: string, names: readonly string[]): Promise<Set<string>>;
  /**
   * Who has answered (for reminders), never with their answers: a named poll's voter keys; an
   * open anonymous poll's turnout (empty once it is closed).
   */
  voters(workspaceId: string, pollId: string): Promise<Set<string>>;
  /** How many people answered (kept for an anonymous poll after its turnout is deleted). */
  respondents(workspaceId: string, pollId: string): Promise<number>;
  /** Per question, in order: counts, average, sorted comments; anonymous polls from the ballot box. */
  tally(workspaceId: string, pollId: string): Promise<QuestionTally[]>;
  /**
   * Closes an open poll; false when it was already closed (so results are posted once). Closing
   * an anonymous poll deletes its turnout and seals its ballot box (sealBallotBox) in the same write.
   */
  close(workspaceId: string, id: string, at: Date): Promise<boolean>;
  listOpen(workspaceId: string): Promise<Poll[]>;
  /** For the scheduler: open polls whose closesAt is at or before `now`, in every workspace, earliest first. */
  listDueAcrossWorkspaces(now: Date): Promise<Poll[]>;
}

export interface TaskFilter {
  seriesId?: string;
  editionId?: string;
  ownerRef?: UserRef;
  status?: TaskStatus[];
}

export interface TaskRepository {
  /**
   * Creates a task. Returns the existing one (created=false) when its requestKey was used, or
   * when a playbook task with the same playbookKey exists for the edition.
   */
  create(input: NewTask): Promise<{ task: Task; created: boolean }>;
  get(workspaceId: string, id: string): Promise<Task | null>;
  list(workspaceId: string, filter?: TaskFilter): Promise<Task[]>;
  /**
   * Changes a task. With `expectStatus`, only while its status is still that one (one conditional
   * UPDATE, so of two clicks racing to change it one wins): null when it no longer is. Throws
   * task_not_found for an unknown task.
   */
  update(
    workspaceId: string,
    id: string,
    patch: Partial<Pick<Task, "title" | "ownerRef" | "dueAt" | "status" | "doneAt">>,
    options?: { expectStatus?: TaskStatus },
  ): Promise<Task | null>;
}

export interface AuditRepository {
  append(event: NewAuditEvent): Promise<void>;
  /** Newest first. */
  list(
    workspaceId: string,
    options?: { subjectType?: string; subjectId?: string; limit?: number },
  ): Promise<AuditEvent[]>;
}

export interface ImportSummary {
  source: string;
  /** New posts stored. */
  imported: number;
  /** Posts already known, refreshed. */
  updated: number;
  /** Posts read but outside the chat (other hashtag, outside the window). */
  ignored: number;
  /** Records that could not be read, with where and why (the first 1,000). */
  skipped: Array<{ at: string; code: string; detail: string; value?: BadValue }>;
  /** How many records were skipped in all (may exceed skipped.length). */
  skippedCount: number;
  /** Days of an analytics daily overview stored. */
  daily: number;
}

export interface ImportRunRepository {
  /** Records a run starting; `owner` names the process doing it (see src/domain/import-run.ts). */
  start(workspaceId: string, editionId: string | null, source: string, owner?: RunOwner): Promise<string>;
  /** While running: what is stored so far, and the process is still alive. */
  heartbeat(workspaceId: string, id: string, summary: ImportSummary): Promise<void>;
  finish(
    workspaceId: string,
    id: string,
    status: Exclude<ImportRunStatus, "running">,
    summary: ImportSummary,
  ): Promise<void>;
  /** The latest runs first (of one edition when given). */
  list(workspaceId: string, options?: { editionId?: string; limit?: number }): Promise<ImportRun[]>;
}

export interface DailyMetricRepository {
  upsertMany(workspaceId: string, account: string, days: DailyMetrics[]): Promise<UpsertResult>;
  list(workspaceId: string, account: string, from: string, to: string): Promise<DailyMetrics[]>;
}

export interface AfterPartyRepository {
  /** Records a message once (same external id twice keeps one). */
  record(input: Omit<AfterPartyMessage, "id" | "answeredBy" | "escalatedAt">): Promise<AfterPartyMessage>;
  /** One recorded message by its id (the "make it a task" button names it). */
  get(workspaceId: string, id: string): Promise<AfterPartyMessage | null>;
  markAnswered(workspaceId: string, externalId: string, answeredBy: string): Promise<void>;
  /** Questions asked before `olderThan`, still unanswered and not yet escalated. */
  dueForEscalation(workspaceId: string, editionId: string, olderThan: Date): Promise<AfterPartyMessage[]>;
  markEscalated(workspaceId: string, id: string, at: Date): Promise<void>;
  summary(workspaceId: string, editionId: string): Promise<AfterPartySummary>;
}

/** Slack installations (several-workspace mode), one per team, tokens sealed. */
export interface InstallationRepository {
  /** Creates or replaces the team's installation (a re-install gets fresh tokens). */
  save(installation: StoredInstallation): Promise<void>;
  get(teamId: string): Promise<StoredInstallation | null>;
  /** Deletes the team's installation and its tokens; false when there was none. */
  delete(teamId: string): Promise<boolean>;
  list(): Promise<StoredInstallation[]>;
  /**
   * Takes the team's refresh lease until `until` unless another owner holds an unexpired one:
   * one process at a time spends the single-use refresh token.
   */
  claimRefresh(teamId: string, owner: string, now: Date, until: Date): Promise<boolean>;
  /** Stores refreshed tokens and frees the lease, only while `owner` holds it. */
  saveRefreshed(teamId: string, owner: string, tokens: RefreshedTokens): Promise<boolean>;
  releaseRefresh(teamId: string, owner: string): Promise<void>;
}

/** A named lease: one owner at a time, until it expires or is released. */
export interface Lease {
  name: string;
  owner: string;
  until: Date;
}

/**
 * Named leases across processes (Discord shard sessions). Each call is one statement, so two
 * processes never both hold a name.
 */
export interface LeaseRepository {
  /** Takes `name` until `until` when it is free, expired at `now`, or already ours; false when another holds it. */
  take(name: string, owner: string, until: Date, now: Date): Promise<boolean>;
  /** Lets go of `name` if `owner` holds it, so another process can take it at once. */
  release(name: string, owner: string): Promise<void>;
  /** The leases whose name starts with `prefix` still held at `now`. */
  live(prefix: string, now: Date): Promise<Lease[]>;
}

export interface JobRepository {
  /** Schedules a job; a key already scheduled is left as it is (returns false). */
  schedule(job: NewJob): Promise<boolean>;
  /**
   * Atomically claims up to `limit` pending jobs due at `now` (or running with an expired lease)
   * for `owner` until `leaseUntil`. Two processes never claim the same job.
   */
  claim(owner: string, now: Date, leaseUntil: Date, limit: number): Promise<Job[]>;
  /** Extends a lease this owner holds; false when it lost it. */
  renew(id: string, owner: string, leaseUntil: Date): Promise<boolean>;
  /** Marks done, only if this owner still holds the lease. */
  complete(id: string, owner: string, at: Date): Promise<boolean>;
  /** Records a failure: back to pending at `retryAt`, or failed for good when retryAt is null. */
  fail(id: string, owner: string, error: string, retryAt: Date | null, at: Date): Promise<boolean>;
  /** Gives a claimed job back (shutdown). */
  release(id: string, owner: string): Promise<void>;
  /** Marks pending jobs due before `before` as skipped; returns them (to report). */
  skipMissed(before: Date, at: Date): Promise<Job[]>;
  get(key: string): Promise<Job | null>;
  list(filter?: { workspaceId?: string; status?: Job["status"][]; kind?: string }): Promise<Job[]>;
  /** Cancels pending jobs whose key starts with this prefix (an edition moved or was deleted). */
  cancelPending(keyPrefix: string): Promise<number>;
}

/** Consent to quote (src/domain/content/consent.ts): a series' opt-out list and quote approvals. */
export interface ConsentRepository {
  /** Adds a handle to the opt-out list; false when it was already there (a moderator's entry replaces a reply's). */
  addOptOut(workspaceId: string, seriesId: string, optOut: OptOut, createdBy: string): Promise<boolean>;
  /** Removes a handle (on this network, or the every-network entry when null); false when absent. */
  removeOptOut(
    workspaceId: string,
    seriesId: string,
    handle: string,
    network: Network | null,
  ): Promise<boolean>;
  /** Sorted by handle then network. */
  optOuts(workspaceId: string, seriesId: string): Promise<OptOut[]>;
  /** Marks these quotes pending unless already known; returns how many were new. */
  requestQuotes(
    workspaceId: string,
    seriesId: string,
    quotes: ReadonlyArray<Omit<QuoteApproval, "status">>,
    at: Date,
  ): Promise<number>;
  /** Approves known quotes: one post (network + externalId) or every quote of a handle; returns how many changed. */
  approve(
    workspaceId: string,
    seriesId: string,
    which: { network: Network; externalId: string } | { handle: string },
    at: Date,
  ): Promise<number>;
  /** Every quote asked for in the series, oldest request first. */
  approvals(workspaceId: string, seriesId: string): Promise<QuoteApproval[]>;
}

/** The watch-list (src/domain/watch.ts): other chats a channel follows, and who wants a DM reminder. */
export interface WatchRepository {
  /** Adds a watch; one per workspace + channel + hashtag: an existing one is returned as it is, created=false. */
  add(input: NewWatch): Promise<{ watch: Watch; created: boolean }>;
  get(workspaceId: string, id: string): Promise<Watch | null>;
  find(workspaceId: string, channel: ChannelRef, hashtag: string): Promise<Watch | null>;
  /** Sorted by hashtag then channel; only this channel's when given. */
  list(workspaceId: string, channel?: ChannelRef): Promise<Watch[]>;
  update(workspaceId: string, id: string, patch: WatchPatch): Promise<Watch>;
  /** Deletes the watch with its editions and reminder opt-ins; false when absent. */
  remove(workspaceId: string, id: string): Promise<boolean>;
  /** Watches with a schedule, of active (not retired) workspaces, for the scheduler. */
  listScheduledAcrossWorkspaces(): Promise<Watch[]>;
  /** A watch by id whatever its workspace, for the scheduler. */
  getAcrossWorkspaces(id: string): Promise<Watch | null>;
  /** Opts a member in (on) or out of a DM reminder for this watch; returns whether anything changed. */
  setReminder(workspaceId: string, watchId: string, userRef: UserRef, on: boolean): Promise<boolean>;
  /** Members opted in to a DM reminder, sorted. */
  reminded(workspaceId: string, watchId: string): Promise<UserRef[]>;
}

/** Occurrences of watched chats and their stored summaries (what `compare` reads). */
export interface WatchEditionRepository {
  /** The watch's edition starting at `startsAt`, created (scheduled) on first call. */
  ensure(
    workspaceId: string,
    watchId: string,
    window: { startsAt: Date; endsAt: Date },
  ): Promise<WatchEdition>;
  get(workspaceId: string, id: string): Promise<WatchEdition | null>;
  /** Newest first; `status` filters (e.g. only reported ones for a comparison). */
  list(
    workspaceId: string,
    watchId: string,
    options?: { limit?: number; status?: WatchEditionStatus },
  ): Promise<WatchEdition[]>;
  /** Stores the outcome of its report job. */
  record(
    workspaceId: string,
    id: string,
    outcome: { status: Exclude<WatchEditionStatus, "scheduled">; summary: WatchSummary | null; at: Date },
  ): Promise<WatchEdition>;
}

/** Every repository, plus a way to run several changes as one transaction. */
export interface Store {
  workspaces: WorkspaceRepository;
  series: SeriesRepository;
  team: TeamRepository;
  links: SeriesLinkRepository;
  editions: EditionRepository;
  posts: PostRepository;
  participants: ParticipantRepository;
  notes: NoteRepository;
  polls: PollRepository;
  tasks: TaskRepository;
  audit: AuditRepository;
  imports: ImportRunRepository;
  dailyMetrics: DailyMetricRepository;
  afterParty: AfterPartyRepository;
  jobs: JobRepository;
  leases: LeaseRepository;
  installations: InstallationRepository;
  consent: ConsentRepository;
  watches: WatchRepository;
  watchEditions: WatchEditionRepository;
  /** Runs `work` with repositories bound to one transaction: all of it commits, or none. */
  transaction<T>(work: (store: Store) => Promise<T>): Promise<T>;
  /** Is the database reachable? (readiness) */
  ping(): Promise<boolean>;
}

export type { Headline, Network };
