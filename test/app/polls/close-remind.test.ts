import { describe, expect, it } from "vitest";
import { closeDuePolls, remindNonVoters } from "../../../src/app/polls/index.js";
import { translator } from "../../../src/i18n/index.js";
import { TEST_SECRET, visibleText } from "../../support/recording-responder.js";
import { controlButton, pollWorld, voteButton } from "./support.js";

async function votedPoll(line = "poll", options: { refs?: boolean } = {}) {
  const setup = await pollWorld();
  const { world, moderator, member, roleMember } = setup;
  const opening = await world.run(moderator, line, { refs: options.refs ?? true });
  const posted = opening.replies().find((r) => !r.ephemeral)!;
  const pollMessage = posted.message;
  const poll = world.store.tables().polls[0]!;
  await world.click(member, "poll.vote", voteButton(pollMessage, 0, 4).value);
  await world.click(member, "poll.vote", voteButton(pollMessage, 4, 5).value);
  await world.click(roleMember, "poll.vote", voteButton(pollMessage, 0, 2).value);
  await world.submit(roleMember, "poll.comment", `${setup.series.id}|${poll.id}`, {
    comment: "Fewer questions",
  });
  return { ...setup, pollMessage, pollRef: posted.messageRef, poll };
}

describe("closing", () => {
  it("GIVEN votes WHEN a moderator closes THEN the channel gets the results once: distribution, average, votes, comments, no names", async () => {
    const { world, moderator, pollMessage, poll } = await votedPoll();
    const responder = await world.click(
      moderator,
      "poll.close",
      controlButton(pollMessage, "poll.close").value,
    );
    const results = responder.replies().find((r) => !r.ephemeral)!.message;
    const text = visibleText(results);
    expect(results.blocks[0]).toEqual({ type: "header", text: "Results: #edchat, edition 4" });
    expect(text).toContain("2 people answered.");
    expect(text).toContain(
      "**Pacing of the chat**\n2 votes, average 3.0/5\n`5` · 0\n`4` ██████████ 1\n`3` · 0\n`2` ██████████ 1\n`1` · 0",
    );
    expect(text).toContain("**Overall**\n1 vote, average 5.0/5");
    expect(text).toContain("**Quality of the questions**\nNo votes.");
    expect(text).toContain("**Comments**\n- “Fewer questions”");
    expect(text).not.toContain("<@");
    expect(visibleText(responder.updates()[0]!)).toContain("This poll is closed.");
    expect(world.store.tables().polls[0]).toMatchObject({ id: poll.id, status: "closed" });
    expect(world.store.tables().audit.map((a) => a.action)).toEqual(["poll.open", "poll.close"]);

    const again = await world.click(moderator, "poll.close", poll.id);
    expect(again.replies()).toEqual([expect.objectContaining({ ephemeral: true })]);
    expect(visibleText(again.lastReply().message)).toContain("This poll was already closed.");
    world.clock.advance(72 * 3_600_000);
    expect(await closeDuePolls(world.services, world.clock.now())).toEqual([]);
    expect(world.platforms.of("post")).toHaveLength(0);
  });

  it("GIVEN a member WHEN they click Close THEN they are refused and the poll stays open", async () => {
    const { world, member, poll } = await votedPoll();
    expect(visibleText((await world.click(member, "poll.close", poll.id)).lastReply().message)).toContain(
      "Only moderators of #edchat",
    );
    expect(world.store.tables().polls[0]?.status).toBe("open");
  });

  it("GIVEN a poll past its deadline WHEN the scheduler runs THEN it closes and the results are posted in its channel", async () => {
    const { world, poll, pollRef } = await votedPoll();
    expect(await closeDuePolls(world.services, world.clock.now())).toEqual([]);
    world.clock.advance(48 * 3_600_000);
    expect(await closeDuePolls(world.services, world.clock.now())).toEqual([poll.id]);
    const [post] = world.platforms.of("post");
    expect(post?.channel).toBe("slack:T1:C1");
    expect(visibleText(post!.message)).toContain("Results: #edchat, edition 4");
    // The poll message, remembered when it was posted, loses its buttons.
    expect(world.platforms.of("update")).toEqual([
      expect.objectContaining({ channel: "slack:T1:C1", messageRef: pollRef }),
    ]);
    expect(world.store.tables().audit.at(-1)).toMatchObject({ action: "poll.close", actorRef: "afterchat" });
    expect(await closeDuePolls(world.services, world.clock.now())).toEqual([]);
    expect(world.platforms.of("post")).toHaveLength(1);
  });

  it("GIVEN a poll nobody voted in WHEN its deadline closes it THEN the original poll message is turned into a closed one", async () => {
    const { world, moderator } = await pollWorld();
    const opening = await world.run(moderator, "poll");
    const posted = opening.replies().find((r) => !r.ephemeral)!;
    world.clock.advance(48 * 3_600_000);
    await closeDuePolls(world.services, world.clock.now());
    const [update] = world.platforms.of("update");
    expect(update).toMatchObject({ channel: "slack:T1:C1", messageRef: posted.messageRef });
    expect(visibleText(update!.message)).toContain("This poll is closed.");
    expect(visibleText(update!.message)).toContain("0 people answered.");
  });

  it("GIVEN the platform did not say where the poll went WHEN a vote taught it and the deadline closes it THEN that message loses its buttons", async () => {
    const { world, member, pollMessage } = await votedPoll("poll", { refs: false });
    await world.click(member, "poll.vote", voteButton(pollMessage, 1, 3).value, "m-77");
    world.clock.advance(48 * 3_600_000);
    await closeDuePolls(world.services, world.clock.now());
    const [update] = world.platforms.of("update");
    expect(update).toMatchObject({ channel: "slack:T1:C1", messageRef: "m-77" });
    expect(visibleText(update!.message)).toContain("This poll is closed.");
  });

  it("GIVEN a closed poll WHEN a voter asks for results THEN they see their votes and the tally", async () => {
    const { world, moderator, member, poll } = await votedPoll();
    await world.click(moderator, "poll.close", poll.id);
    const text = visibleText((await world.click(member, "poll.results", poll.id)).lastReply().message);
    expect(text).toContain("Pacing of the chat: 4/5");
    expect(text).toContain("2 votes, average 3.0/5");
  });

  it("GIVEN a French series WHEN results are posted THEN they are French, with a French decimal comma", async () => {
    const { world, moderator, series, poll } = await votedPoll();
    await world.store.series.update(world.workspace.id, series.id, { locale: "fr" });
    const responder = await world.click(moderator, "poll.close", poll.id);
    const text = visibleText(responder.replies().find((r) => !r.ephemeral)!.message);
    expect(text).toContain("Résultats\u202F: #edchat, édition 4");
    expect(text).toContain("2 votes, moyenne 3,0/5");
  });
});

describe("anonymous polls", () => {
  it("GIVEN an anonymous poll with votes and a comment WHEN it is closed and the whole store is read THEN nothing in it names a voter", async () => {
    const { world, roleMember, moderator, poll } = await votedPoll("poll anonymous");
    await world.click(moderator, "poll.close", poll.id);
    const everything = JSON.stringify(world.store.tables());
    // The role member voted and commented; they have no team row, so any trace would be a leak.
    expect(everything).not.toContain(roleMember.userRef);
    // U2 voted too; they appear in the team table (membership), and nowhere else.
    const { team: _team, ...withoutTeam } = world.store.tables();
    expect(JSON.stringify(withoutTeam)).not.toContain(world.ref("U2"));
    expect(world.store.tables().votes).toEqual([]);
    expect(world.store.tables().turnout).toEqual([]);
    expect(everything).not.toContain(TEST_SECRET);
  });

  it("GIVEN an anonymous answer WHEN the voter clicks another value THEN it is refused, they are told why, and the count does not move", async () => {
    const { world, member, pollMessage, poll } = await votedPoll("poll anonymous");
    const before = await world.store.polls.tally(world.workspace.id, poll.id);
    const responder = await world.click(member, "poll.vote", voteButton(pollMessage, 0, 1).value);
    expect(visibleText(responder.lastReply().message)).toContain(
      translator("en").t("poll.alreadyAnswered", { question: "Pacing of the chat" }),
    );
    expect(await world.store.polls.tally(world.workspace.id, poll.id)).toEqual(before);
  });
});

describe("reminders", () => {
  it("GIVEN some members voted WHEN reminders run THEN only non-voters get a DM, and it tells nothing about anyone's vote", async () => {
    const { world, poll, moderator } = await votedPoll();
    world.platforms.roles.set("R-team", [world.ref("U3"), world.ref("U4")]);
    const reminded = await remindNonVoters(world.services, world.workspace.id, poll.id);
    const dms = world.platforms.of("dm");
    expect(dms.map((d) => d.user).sort()).toEqual([moderator.userRef, world.ref("U4")].sort());
    expect(reminded).toBe(2);
    const text = visibleText(dms[0]!.message);
    expect(text).toContain(
      "The team feedback poll on #edchat (edition 4) closes Thu, Mar 5, 2026, 9:00 PM (Europe/Paris).",
    );
    expect(text).not.toMatch(/\/5|<@|average|Fewer/);
  });

  it("GIVEN an anonymous poll WHEN reminders run THEN voters are still recognised by their own key and skipped", async () => {
    const { world, poll, moderator } = await votedPoll("poll anonymous");
    expect(await remindNonVoters(world.services, world.workspace.id, poll.id)).toBe(1);
    expect(world.platforms.of("dm").map((d) => d.user)).toEqual([moderator.userRef]);
  });

  it("GIVEN a closed poll WHEN reminders run THEN nobody is reminded", async () => {
    const { world, poll, moderator } = await votedPoll();
    await world.click(moderator, "poll.close", poll.id);
    expect(await remindNonVoters(world.services, world.workspace.id, poll.id)).toBe(0);
    expect(world.platforms.of("dm")).toHaveLength(0);
  });
});
