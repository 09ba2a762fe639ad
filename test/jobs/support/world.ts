/**
 * A scheduled series in an in-memory world with a clock the test moves: the real scheduler
 * (runner, lifecycle handlers, notices) with the other areas' use cases replaced by recording
 * fakes. `advanceTo` jumps from one due job to the next (and to each hour, when planning runs),
 * so every message is stamped with the exact time it was sent and nothing waits for real.
 */
import type { Services } from "../../../src/app/services.js";
import type { Edition } from "../../../src/domain/edition.js";
import type { Series, SeriesSettings } from "../../../src/domain/series.js";
import type { Workspace } from "../../../src/domain/workspace.js";
import type { Locale } from "../../../src/i18n/index.js";
import { type Scheduler, startScheduler } from "../../../src/jobs/start.js";
import type { LifecycleSteps } from "../../../src/jobs/steps.js";
import type { Ticker } from "../../../src/jobs/ticker.js";
import type { Store } from "../../../src/ports.js";
import { sentence } from "../../../src/render/message.js";
import { testWorkspace, userRef } from "../../support/actors.js";
import type { MemoryStore } from "../../support/memory-store.js";
import {
  type PlatformCall,
  type TestServices,
  testServices,
  visibleText,
} from "../../support/recording-responder.js";

export const DEBRIEF = "slack:T1:CDEBRIEF";
export const PARTY = "slack:T1:CPARTY";

export interface StepCall {
  step: keyof LifecycleSteps;
  edition: number;
  at: string;
}

export interface TimedCall {
  at: string;
  call: PlatformCall;
}

export interface ScheduledWorld extends TestServices {
  workspace: Workspace;
  series: Series;
  moderator: string;
  stepCalls: StepCall[];
  /** Every platform call with the (moved) time it was made at. */
  timeline: TimedCall[];
  scheduler: Scheduler;
  /** Starts a (new) scheduler process on the same store, as after a restart. */
  restart(): Promise<Scheduler>;
  advanceTo(at: Date | string): Promise<void>;
  edition(number: number): Promise<Edition>;
  /** Timeline lines "ISO type channel: first line of text". */
  lines(): string[];
}

export interface WorldOptions {
  now?: string;
  locale?: Locale;
  settings?: Partial<SeriesSettings>;
  steps?: Partial<LifecycleSteps>;
  graceMinutes?: number;
  cron?: string;
  /** Another store (SQLite, PostgreSQL) instead of the in-memory one. */
  store?: Store;
  /** The after-party area's real use cases instead of recording fakes. */
  realAfterParty?: boolean;
  /** The polls area's real use cases instead of recording fakes. */
  realPolls?: boolean;
  /** Run the hourly planning while time moves (default true; off keeps database tests short). */
  planEveryHour?: boolean;
  /** Default PARTY (Slack, which has no scheduled events); a Discord channel gets events. */
  afterPartyChannel?: string;
}

/** A ticker that never ticks by itself: the test ticks. */
const manual = (): Ticker => ({ stop: async () => undefined });

export async function scheduledWorld(options: WorldOptions = {}): Promise<ScheduledWorld> {
  const tested = testServices({ now: new Date(options.now ?? "2026-11-27T10:00:00Z") });
  const base = options.store
    ? {
        ...tested,
        store: options.store as MemoryStore,
        services: { ...tested.services, store: options.store },
      }
    : tested;
  const { store, clock, platforms, services } = base;
  const workspace = await testWorkspace(store, { locale: options.locale ?? "en" });
  let series = await store.series.create({
    workspaceId: workspace.id,
    hashtag: "cafechat",
    title: "Café Chat",
    hosts: ["host"],
    networks: ["x"],
    mastodonInstance: null,
    cron: options.cron ?? "0 19 * * 2",
    timeZone: "Europe/Paris",
    durationMinutes: 60,
    debriefChannel: DEBRIEF,
    afterPartyChannel: options.afterPartyChannel ?? PARTY,
    teamRoleIds: [],
    moderatorRoleIds: [],
    locale: null,
    settings: options.settings ?? {},
  });
  series = (await store.series.get(workspace.id, series.id)) ?? series;
  const moderator = userRef(workspace, "MOD");
  await store.team.set(workspace.id, series.id, moderator, "moderator");

  const stepCalls: StepCall[] = [];
  const timeline: TimedCall[] = [];
  const record =
    (step: keyof LifecycleSteps, post?: string) => async (s: Services, sr: Series, edition: Edition) => {
      stepCalls.push({ step, edition: edition.number, at: clock.now().toISOString() });
      if (post && sr.debriefChannel)
        await s.platforms
          .for(sr.debriefChannel)
          ?.post(sr.debriefChannel, sentence(`${post} ${edition.number}`));
    };
  const steps: Partial<LifecycleSteps> = {
    reviewPreviousTasks: async (_s, _sr, edition) => {
      stepCalls.push({ step: "reviewPreviousTasks", edition: edition.number, at: clock.now().toISOString() });
      return edition.number > 1 ? sentence(`[tasks of ${edition.number - 1}]`) : null;
    },
    postEditionReport: record("postEditionReport", "[report]"),
    openTeamPoll: record("openTeamPoll", "[poll]"),
    closeTeamPoll: record("closeTeamPoll", "[poll results]"),
    openAfterParty: async (s, sr, edition) => {
      stepCalls.push({ step: "openAfterParty", edition: edition.number, at: clock.now().toISOString() });
      const opened = await s.platforms
        .for(PARTY)
        ?.openThread(PARTY, "after-party", sentence("[after-party]"));
      if (opened)
        await s.store.editions.update(sr.workspaceId, edition.id, {
          afterPartyThread: opened.thread,
          afterPartyEndsAt: new Date(edition.endsAt.getTime() + sr.settings.afterPartyHours * 3600_000),
        });
    },
    escalateOpenQuestions: record("escalateOpenQuestions"),
    closeAfterParty: record("closeAfterParty", "[after-party summary]"),
    ...options.steps,
  };
  if (options.realPolls) {
    delete steps.openTeamPoll;
    delete steps.closeTeamPoll;
  }
  if (options.realAfterParty) {
    delete steps.openAfterParty;
    delete steps.escalateOpenQuestions;
    delete steps.closeAfterParty;
  }

  const config = {
    scheduler: {
      enabled: true,
      graceMinutes: options.graceMinutes ?? 360,
      leaseSeconds: 120,
      pollSeconds: 15,
    },
  };
  const start = () =>
    startScheduler({ config, services, log: services.log, steps, ticker: manual, stopTimeoutMs: 1000 });

  let seen = 0;
  const stamp = () => {
    for (const call of platforms.calls.slice(seen)) timeline.push({ at: clock.now().toISOString(), call });
    seen = platforms.calls.length;
  };
  const world: ScheduledWorld = {
    ...base,
    workspace,
    series,
    moderator,
    stepCalls,
    timeline,
    scheduler: await start(),
    async restart() {
      stamp();
      world.scheduler = await start();
      stamp();
      return world.scheduler;
    },
    async advanceTo(at) {
      stamp();
      const target = new Date(at).getTime();
      for (;;) {
        const pending = await store.jobs.list({ status: ["pending"] });
        const nextJob = Math.min(...pending.map((j) => j.runAt.getTime()));
        const now = clock.now().getTime();
        const nextHour =
          options.planEveryHour === false
            ? Number.POSITIVE_INFINITY
            : (Math.floor(now / 3600_000) + 1) * 3600_000;
        const next = Math.max(now, Math.min(nextJob, nextHour));
        if (next > target) break;
        clock.set(new Date(next));
        if (next === nextHour) await world.scheduler.plan();
        else if ((await world.scheduler.runner.tick()).ran.length === 0 && next === now) break;
        stamp();
      }
      clock.set(new Date(target));
      stamp();
    },
    async edition(number) {
      const edition = await store.editions.byNumber(workspace.id, series.id, number);
      if (!edition) throw new Error(`no edition ${number}`);
      return edition;
    },
    lines() {
      return timeline.map(({ at, call }) => {
        const where = "channel" in call ? call.channel : "user" in call ? call.user : call.eventRef;
        const text =
          call.type === "scheduleEvent"
            ? call.event.name
            : call.type === "eventStatus"
              ? call.status
              : call.type === "openThread"
                ? call.title
                : "message" in call
                  ? visibleText(call.message).split("\n")[0]
                  : "";
        return `${at.slice(0, 16)} ${call.type} ${where}: ${text}`;
      });
    },
  };
  stamp();
  return world;
}
