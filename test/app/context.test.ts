import { describe, expect, it } from "vitest";
import { ActorDirectory } from "../../src/app/actors.js";
import { findSeries } from "../../src/app/series-finder.js";
import type { Caller } from "../../src/edge.js";
import { visibleText } from "../support/recording-responder.js";
import { type TestWorld, testWorld } from "./world.js";

/** Two series in one workspace (so "the only series" cannot answer): #edchat in C1, #mathchat in C2 with its after-party in C3. */
async function twoSeries() {
  const world = await testWorld();
  const edchat = await world.seedSeries();
  const mathchat = await world.seedSeries({
    hashtag: "mathchat",
    debriefChannel: "slack:T1:C2",
    afterPartyChannel: "slack:T1:C3",
  });
  /** Someone typing in a thread of `parent`, as an adapter that knows threads describes them. */
  const inThread = (parent: string, user = "U1") => ({
    ...world.actor({ user, channel: `${parent}:T9` }),
    parentChannel: `slack:T1:${parent}`,
  });
  return { world, edchat, mathchat, inThread };
}

/** The Actor the dispatcher would resolve for this caller. */
function resolved(world: TestWorld, caller: Caller) {
  return new ActorDirectory(world.store, { cacheMs: 0 }).resolve(caller);
}

describe("finding the series of a command typed in a thread", () => {
  it("GIVEN a thread of a series' after-party channel THEN that series is found", async () => {
    const { world, mathchat, inThread } = await twoSeries();
    expect((await findSeries(world.store, await resolved(world, inThread("C3"))))?.id).toBe(mathchat.id);
  });

  it("GIVEN a thread of a series' debrief channel THEN that series is found", async () => {
    const { world, edchat, inThread } = await twoSeries();
    expect((await findSeries(world.store, await resolved(world, inThread("C1"))))?.id).toBe(edchat.id);
  });

  it("GIVEN a thread of a channel no series uses THEN the actor is asked which (two series: no guessing)", async () => {
    const { world, inThread } = await twoSeries();
    await expect(findSeries(world.store, await resolved(world, inThread("C7")))).rejects.toMatchObject({
      code: "series_ambiguous",
      params: { choices: "#edchat (<#slack:T1:C1>), #mathchat (<#slack:T1:C2>)" },
    });
  });

  it("GIVEN a moderator in an after-party thread WHEN they change the language THEN the series' language changes, not the workspace's", async () => {
    const { world, mathchat, inThread } = await twoSeries();
    await world.store.team.set(world.workspace.id, mathchat.id, world.ref("U4"), "moderator");
    const reply = await world.run(inThread("C3", "U4"), "language fr");
    expect(visibleText(reply.lastReply().message)).toContain("#mathchat");
    expect((await world.store.series.get(world.workspace.id, mathchat.id))?.locale).toBe("fr");
    expect((await world.store.workspaces.get(world.workspace.id))?.locale).toBe("en");
  });
});
