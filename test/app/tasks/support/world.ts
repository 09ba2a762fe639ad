/**
 * A small world for task tests: a workspace, a series with its debrief channel, a team (a
 * moderator and a member, more when asked), a finished edition, the recording responder and platforms.
 */

import type { Edition } from "../../../../src/domain/edition.js";
import type { Series } from "../../../../src/domain/series.js";
import type { Workspace } from "../../../../src/domain/workspace.js";
import type { Locale } from "../../../../src/i18n/index.js";
import {
  type ActorOptions,
  makeActor,
  type TestCaller,
  testWorkspace,
  userRef,
} from "../../../support/actors.js";
import { RecordingResponder, type TestServices, testServices } from "../../../support/recording-responder.js";

export interface World extends TestServices {
  workspace: Workspace;
  series: Series;
  edition: Edition;
  /** Moderator "MOD", member "MEM" (and `members`); anyone else is an outsider. */
  actor(options?: ActorOptions): TestCaller;
  ref(user: string): string;
  responder(): RecordingResponder;
}

/** Edition 1 ran 19:00-20:00 UTC on Tuesday 3 March 2026; now is 21:00 UTC the same day. */
export async function world(
  options: { locale?: Locale; now?: Date; members?: string[] } = {},
): Promise<World> {
  const base = testServices({ now: options.now ?? new Date("2026-03-03T21:00:00Z") });
  const locale = options.locale ?? "en";
  const workspace = await testWorkspace(base.store, { locale });
  const ref = (user: string) => userRef(workspace, user);
  const series = await base.store.series.create({
    workspaceId: workspace.id,
    hashtag: "chat",
    title: "Chat",
    hosts: ["host"],
    networks: ["x"],
    mastodonInstance: null,
    cron: null,
    timeZone: "Europe/Paris",
    durationMinutes: 60,
    debriefChannel: `slack:${workspace.externalId}:C1`,
    afterPartyChannel: null,
    teamRoleIds: [],
    moderatorRoleIds: [],
    locale,
  });
  await base.store.team.set(workspace.id, series.id, ref("MOD"), "moderator");
  await base.store.team.set(workspace.id, series.id, ref("MEM"), "member");
  for (const user of options.members ?? [])
    await base.store.team.set(workspace.id, series.id, ref(user), "member");
  const edition = await base.store.editions.create({
    workspaceId: workspace.id,
    seriesId: series.id,
    number: 1,
    startsAt: new Date("2026-03-03T19:00:00Z"),
    endsAt: new Date("2026-03-03T20:00:00Z"),
    status: "debriefing",
  });
  return {
    ...base,
    workspace,
    series,
    edition,
    actor: (o = {}) => makeActor(workspace, { user: "MEM", locale, ...o }),
    ref,
    responder: () => new RecordingResponder(),
  };
}
