/**
 * A team's anonymous poll run through the real dispatcher on any store (memory, SQLite,
 * PostgreSQL): a moderator (U1, in the team table) and voters who are in the team only through a
 * platform role, so their references appear nowhere in the database but where a vote puts them.
 */
import { createDispatcher } from "../../../../src/app/dispatch.js";
import type { Services } from "../../../../src/app/services.js";
import { silentLogger } from "../../../../src/log.js";
import type { ActionId, Message } from "../../../../src/render/message.js";
import { makeActor, type TestCaller, testWorkspace, userRef } from "../../../support/actors.js";
import type { OpenStore } from "../../../support/db.js";
import {
  MovableClock,
  RecordingPlatforms,
  RecordingResponder,
  TEST_SECRET,
} from "../../../support/recording-responder.js";
import { ALL_TEST_REGISTRIES, seedTestSeries } from "../../world.js";
import { voteButton } from "../support.js";

export const VOTERS = ["U2", "U3", "U4", "U5"] as const;
export type Voter = (typeof VOTERS)[number];

/** Each interaction happens a minute after the previous one on `clock`. */
export async function anonymousPollOn(
  open: OpenStore,
  options: { line?: string; clock?: MovableClock } = {},
) {
  const clock = options.clock ?? new MovableClock(new Date("2026-03-03T20:00:00Z"));
  const platforms = new RecordingPlatforms();
  const services: Services = {
    store: open.store,
    clock,
    platforms,
    log: silentLogger(),
    secret: TEST_SECRET,
    liveSource: () => null,
    importMaxBytes: 1024 * 1024,
  };
  const workspace = await testWorkspace(open.store);
  const dispatcher = createDispatcher(services, ALL_TEST_REGISTRIES);
  const series = await seedTestSeries(open.store, workspace, { teamRoleIds: ["R-team"] });
  platforms.roles.set(
    "R-team",
    VOTERS.map((u) => userRef(workspace, u)),
  );
  await open.store.editions.create({
    workspaceId: workspace.id,
    seriesId: series.id,
    number: 4,
    startsAt: new Date("2026-03-03T17:00:00Z"),
    endsAt: new Date("2026-03-03T18:00:00Z"),
  });
  // Fixed delivery keys: two runs of the same story write the same keys.
  let deliveries = 0;
  const actor = (user: string, roleIds: string[] = user === "U1" ? [] : ["R-team"]): TestCaller => ({
    ...makeActor(workspace, { user, roleIds }),
    requestKey: `delivery-${++deliveries}`,
  });
  const moderator = () => actor("U1");

  const opening = new RecordingResponder();
  await dispatcher.commandText(moderator(), options.line ?? "poll anonymous", opening);
  const posted = opening.replies().find((r) => !r.ephemeral);
  if (!posted) throw new Error(JSON.stringify(opening.answers));
  const pollMessage: Message = posted.message;
  const poll = (await open.store.polls.listOpen(workspace.id))[0]!;

  async function click(who: TestCaller, action: ActionId, value: string) {
    clock.advance(60_000);
    const responder = new RecordingResponder();
    await dispatcher.action(
      who,
      { action, value, sourceMessageRef: posted?.messageRef ?? undefined },
      responder,
    );
    return responder;
  }
  async function vote(user: Voter, question: number, value: number, who = actor(user)) {
    return click(who, "poll.vote", voteButton(pollMessage, question, value).value);
  }
  async function comment(user: Voter, text: string) {
    clock.advance(60_000);
    const responder = new RecordingResponder();
    await dispatcher.form(
      actor(user),
      { formId: "poll.comment", state: `${series.id}|${poll.id}`, values: { comment: text } },
      responder,
    );
    return responder;
  }
  async function close() {
    return click(moderator(), "poll.close", poll.id);
  }

  return {
    services,
    store: open.store,
    workspace,
    series,
    poll,
    pollMessage,
    platforms,
    opening,
    actor,
    moderator,
    ref: (user: string) => userRef(workspace, user),
    click,
    vote,
    comment,
    close,
  };
}
