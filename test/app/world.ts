/**
 * A small world for use-case tests: the in-memory store, a workspace, the dispatcher wired with
 * the real registries, and helpers that run a command line, click a button or submit a form the
 * way an adapter would, returning what the user saw.
 */
import { createDispatcher } from "../../src/app/dispatch.js";
import type { Registry } from "../../src/app/handler.js";
import { helpRegistry } from "../../src/app/help/index.js";
import { notesRegistry } from "../../src/app/notes/index.js";
import { pollsRegistry } from "../../src/app/polls/index.js";
import { setupRegistry } from "../../src/app/setup/index.js";
import type { Series, SeriesSettings } from "../../src/domain/series.js";
import type { Workspace } from "../../src/domain/workspace.js";
import type { Store } from "../../src/ports.js";
import type { ActionId } from "../../src/render/message.js";
import {
  type ActorOptions,
  channelRef,
  makeActor,
  type TestCaller,
  testWorkspace,
  userRef,
} from "../support/actors.js";
import { RecordingResponder, testServices } from "../support/recording-responder.js";

export const ALL_TEST_REGISTRIES: Registry[] = [helpRegistry, setupRegistry, notesRegistry, pollsRegistry];

export async function testWorld(options: { registries?: Registry[]; now?: Date; locale?: "en" | "fr" } = {}) {
  const base = testServices({ now: options.now });
  const workspace = await testWorkspace(base.store, { locale: options.locale });
  const dispatcher = createDispatcher(base.services, options.registries ?? ALL_TEST_REGISTRIES);

  const actor = (opts: ActorOptions = {}): TestCaller => makeActor(workspace, opts);
  /** Each call is a new delivery (fresh request key) unless the test replays one by passing its key. */
  let deliveries = 0;
  const deliver = (who: TestCaller, requestKey?: string): TestCaller => ({
    ...who,
    requestKey: requestKey ?? `${who.requestKey}/${++deliveries}`,
  });

  /** `refs: false`: the platform does not say where channel replies went (see RecordingResponder). */
  async function run(
    who: TestCaller,
    text: string,
    options: { requestKey?: string; refs?: boolean } = {},
  ): Promise<RecordingResponder> {
    const responder = new RecordingResponder({ refs: options.refs ?? true });
    await dispatcher.commandText(deliver(who, options.requestKey), text, responder);
    return responder;
  }

  async function click(who: TestCaller, action: ActionId, value: string, sourceMessageRef?: string) {
    const responder = new RecordingResponder();
    await dispatcher.action(deliver(who), { action, value, sourceMessageRef }, responder);
    return responder;
  }

  async function submit(
    who: TestCaller,
    formId: string,
    state: string,
    values: Record<string, string>,
    options: { requestKey?: string } = {},
  ) {
    const responder = new RecordingResponder();
    await dispatcher.form(deliver(who, options.requestKey), { formId, state, values }, responder);
    return responder;
  }

  /** A series in channel C1 with U1 as moderator, created the way `setup` does. */
  async function seedSeries(overrides: SeriesOverrides = {}): Promise<Series> {
    return seedTestSeries(base.store, workspace, overrides);
  }

  return {
    ...base,
    workspace,
    dispatcher,
    actor,
    run,
    click,
    submit,
    seedSeries,
    ref: (u: string) => userRef(workspace, u),
  };
}

export type TestWorld = Awaited<ReturnType<typeof testWorld>>;

type SeriesOverrides = Partial<Omit<Series, "settings">> & { settings?: Partial<SeriesSettings> };

/** #edchat debriefed in channel C1 of `workspace`, with U1 as moderator, in any store. */
export async function seedTestSeries(
  store: Store,
  workspace: Workspace,
  overrides: SeriesOverrides = {},
): Promise<Series> {
  const series = await store.series.create({
    workspaceId: workspace.id,
    hashtag: "edchat",
    title: "Education chat",
    hosts: ["ana"],
    networks: ["x"],
    mastodonInstance: null,
    cron: null,
    timeZone: "Europe/Paris",
    durationMinutes: 60,
    debriefChannel: channelRef(workspace, "C1"),
    afterPartyChannel: null,
    teamRoleIds: [],
    moderatorRoleIds: [],
    locale: null,
    ...overrides,
  });
  await store.team.set(workspace.id, series.id, userRef(workspace, "U1"), "moderator");
  return series;
}
