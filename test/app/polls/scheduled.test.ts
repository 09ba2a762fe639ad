import { describe, expect, it } from "vitest";
import { closeTeamPoll, openTeamPoll } from "../../../src/app/polls/index.js";
import { buttons, visibleText } from "../../support/recording-responder.js";
import { pollWorld } from "./support.js";

describe("the poll in the edition's lifecycle", () => {
  it("GIVEN the debrief WHEN the scheduler opens the poll THEN it is posted in the debrief channel and remembers its message", async () => {
    const { world, series, edition } = await pollWorld();
    await openTeamPoll(world.services, series, edition);
    const [post] = world.platforms.of("post");
    expect(post?.channel).toBe("slack:T1:C1");
    expect(visibleText(post!.message)).toContain("Team feedback: #edchat, edition 4");
    expect(buttons(post!.message).filter((b) => b.action === "poll.vote")).toHaveLength(25);
    expect(world.store.tables().polls[0]).toMatchObject({
      messageRef: post!.messageRef,
      createdBy: "afterchat",
    });
    await openTeamPoll(world.services, series, edition);
    expect(world.platforms.of("post")).toHaveLength(1);
    expect(world.store.tables().polls).toHaveLength(1);
  });

  it("GIVEN an open poll at its deadline WHEN the scheduler closes it THEN the results are posted once and the poll message is closed", async () => {
    const { world, series, edition } = await pollWorld();
    await openTeamPoll(world.services, series, edition);
    world.clock.advance(48 * 3_600_000);
    await closeTeamPoll(world.services, series, edition);
    await closeTeamPoll(world.services, series, edition);
    const posts = world.platforms.of("post");
    expect(posts).toHaveLength(2);
    expect(visibleText(posts[1]!.message)).toContain("Results: #edchat, edition 4");
    expect(visibleText(world.platforms.of("update")[0]!.message)).toContain("This poll is closed.");
  });

  it("GIVEN a moderator's poll with a later deadline WHEN the lifecycle step runs THEN it stays open until its own deadline", async () => {
    const { world, series, edition, moderator } = await pollWorld();
    await world.run(moderator, "poll closes 3d");
    world.clock.advance(48 * 3_600_000);
    await closeTeamPoll(world.services, series, edition);
    expect(world.store.tables().polls[0]?.status).toBe("open");
  });
});
