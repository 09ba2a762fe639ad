import { describe, expect, it } from "vitest";
import { buttons, visibleText } from "../../support/recording-responder.js";
import { controlButton, pollWorld, voteButton } from "./support.js";

async function opened(options: Parameters<typeof pollWorld>[0] & { refs?: boolean } = {}, line = "poll") {
  const setup = await pollWorld(options);
  const responder = await setup.world.run(setup.moderator, line, { refs: options.refs ?? true });
  const channelPost = responder.replies().find((r) => !r.ephemeral);
  if (!channelPost) throw new Error(JSON.stringify(responder.answers));
  return {
    ...setup,
    responder,
    pollMessage: channelPost.message,
    pollRef: channelPost.messageRef,
    poll: setup.world.store.tables().polls[0]!,
  };
}

describe("opening the poll", () => {
  it("GIVEN a moderator WHEN they open the poll THEN the channel gets five questions with 1..5 buttons, the controls and no voters yet", async () => {
    const { world, pollMessage, poll, pollRef, edition, responder } = await opened();
    const text = visibleText(pollMessage);
    expect(pollMessage.blocks[0]).toEqual({ type: "header", text: "Team feedback: #edchat, edition 4" });
    for (const question of [
      "Pacing of the chat",
      "Quality of the questions",
      "Participant engagement",
      "Tools and logistics",
      "Overall",
    ])
      expect(text).toContain(`**${question}**`);
    expect(text).toContain("closes, Thu, Mar 5, 2026, 9:00 PM (Europe/Paris)");
    expect(text).toContain("0 people have voted so far.");
    expect(text).toContain("Results are shown when the poll closes.");
    const votes = buttons(pollMessage).filter((b) => b.action === "poll.vote");
    expect(votes).toHaveLength(25);
    expect(votes.map((b) => b.label).slice(0, 5)).toEqual(["1", "2", "3", "4", "5"]);
    for (const b of buttons(pollMessage)) expect(b.value.length).toBeLessThanOrEqual(80);
    expect(controlButton(pollMessage, "poll.close")).toMatchObject({
      value: poll.id,
      label: "Close the poll",
      style: "danger",
    });
    expect(poll).toMatchObject({ editionId: edition.id, anonymous: false, status: "open" });
    // Where the poll message went, remembered at once: closing updates it even if nobody votes.
    expect(pollRef).toMatch(/\S/);
    expect(poll).toMatchObject({ channelRef: "slack:T1:C1", messageRef: pollRef });
    expect(poll.closesAt?.toISOString()).toBe("2026-03-05T20:00:00.000Z");
    expect(responder.lastReply()).toMatchObject({ ephemeral: true });
    expect(visibleText(responder.lastReply().message)).toContain("The poll is open for edition 4 until");
    expect(world.store.tables().audit.map((a) => a.action)).toEqual(["poll.open"]);
  });

  it("GIVEN anonymous and a duration WHEN opened THEN the poll is anonymous, says so, and closes then", async () => {
    const { pollMessage, poll } = await opened({}, "sondage anonyme ferme 2h");
    expect(poll.anonymous).toBe(true);
    expect(poll.closesAt?.toISOString()).toBe("2026-03-03T22:00:00.000Z");
    expect(visibleText(pollMessage)).toContain(
      "Anonymous: nobody, moderators included, can see who voted what.",
    );
  });

  it("GIVEN a poll already open WHEN another is opened THEN it is refused with the edition number", async () => {
    const { world, moderator } = await opened();
    const text = visibleText((await world.run(moderator, "poll")).lastReply().message);
    expect(text).toContain("A feedback poll is already open for edition 4.");
    expect(world.store.tables().polls).toHaveLength(1);
  });

  it("GIVEN a member who is not a moderator WHEN they open a poll THEN they are refused (moderators open, members vote)", async () => {
    const { world, member } = await pollWorld();
    expect(visibleText((await world.run(member, "poll")).lastReply().message)).toContain(
      "Only moderators of #edchat",
    );
    expect(world.store.tables().polls).toHaveLength(0);
  });

  it("GIVEN a 2-minute poll WHEN opened THEN it is refused as too short", async () => {
    const { world, moderator } = await pollWorld();
    expect(visibleText((await world.run(moderator, "poll closes 2m")).lastReply().message)).toContain(
      "A poll must stay open at least 5 minutes.",
    );
  });

  it("GIVEN a French series WHEN the poll opens THEN the channel reads it in French", async () => {
    const { pollMessage } = await opened({ locale: "fr" });
    const text = visibleText(pollMessage);
    expect(text).toContain("Retour de l'équipe\u202F: #edchat, édition 4");
    expect(text).toContain("**Rythme du chat**");
    expect(controlButton(pollMessage, "poll.results").label).toBe("Mes votes / résultats");
  });
});

describe("voting", () => {
  it("GIVEN an open poll WHEN a member votes 4 on pacing THEN only they see their choice and the poll shows one voter, no tally", async () => {
    const { world, member, pollMessage, poll, pollRef } = await opened();
    const responder = await world.click(member, "poll.vote", voteButton(pollMessage, 0, 4).value, "m-poll");
    expect(responder.lastReply()).toMatchObject({ ephemeral: true });
    expect(visibleText(responder.lastReply().message)).toContain(
      "Your vote: 4/5 for “Pacing of the chat”. You can change it until the poll closes.",
    );
    const updated = visibleText(responder.updates()[0]!);
    expect(updated).toContain("1 person has voted so far.");
    expect(updated).not.toContain("average");
    expect(world.store.tables().votes).toEqual([
      expect.objectContaining({ voterKey: member.userRef, value: 4 }),
    ]);
    expect(world.store.tables().polls[0]).toMatchObject({ id: poll.id, messageRef: pollRef });
  });

  it("GIVEN the platform did not say where the poll was posted WHEN the first vote arrives THEN the poll learns its message from the click", async () => {
    const { world, member, pollMessage, poll } = await opened({ refs: false });
    expect(poll.messageRef).toBeNull();
    await world.click(member, "poll.vote", voteButton(pollMessage, 0, 4).value, "m-poll");
    expect(world.store.tables().polls[0]).toMatchObject({ id: poll.id, messageRef: "m-poll" });
  });

  it("GIVEN a vote WHEN the member changes it THEN there is still one answer, with the new value", async () => {
    const { world, member, pollMessage } = await opened();
    await world.click(member, "poll.vote", voteButton(pollMessage, 0, 4).value);
    const responder = await world.click(member, "poll.vote", voteButton(pollMessage, 0, 2).value);
    expect(world.store.tables().votes.map((v) => v.value)).toEqual([2]);
    expect(visibleText(responder.updates()[0]!)).toContain("1 person has voted so far.");
  });

  it("GIVEN an outsider WHEN they click a vote button THEN they are politely refused and nothing is stored", async () => {
    const { world, outsider, pollMessage } = await opened();
    const responder = await world.click(outsider, "poll.vote", voteButton(pollMessage, 1, 5).value);
    expect(visibleText(responder.lastReply().message)).toContain("Only the team of #edchat can do this.");
    expect(world.store.tables().votes).toHaveLength(0);
  });

  it("GIVEN a member of the team through a role WHEN they vote THEN the vote counts", async () => {
    const { world, roleMember, pollMessage } = await opened();
    await world.click(roleMember, "poll.vote", voteButton(pollMessage, 1, 5).value);
    expect(world.store.tables().votes).toHaveLength(1);
  });

  it("GIVEN a closed poll WHEN someone votes THEN the vote is refused", async () => {
    const { world, moderator, member, pollMessage } = await opened();
    await world.click(moderator, "poll.close", controlButton(pollMessage, "poll.close").value);
    const responder = await world.click(member, "poll.vote", voteButton(pollMessage, 0, 3).value);
    expect(visibleText(responder.lastReply().message)).toContain(
      "This poll is closed: votes are no longer accepted.",
    );
    expect(world.store.tables().votes).toHaveLength(0);
  });

  it("GIVEN a poll past its deadline but not yet closed WHEN someone votes THEN the vote is refused", async () => {
    const { world, member, pollMessage } = await opened();
    world.clock.advance(49 * 3_600_000);
    const responder = await world.click(member, "poll.vote", voteButton(pollMessage, 0, 3).value);
    expect(visibleText(responder.lastReply().message)).toContain("This poll is closed");
  });

  it("GIVEN a forged button value WHEN clicked THEN it is treated as an unknown poll", async () => {
    const { world, member } = await opened();
    const responder = await world.click(member, "poll.vote", "nope:x:9");
    expect(visibleText(responder.lastReply().message)).toContain("That poll no longer exists.");
  });

  it("GIVEN a French voter WHEN they vote THEN the acknowledgment is French", async () => {
    const { world, pollMessage } = await opened();
    const responder = await world.click(
      world.actor({ user: "U2", locale: "fr" }),
      "poll.vote",
      voteButton(pollMessage, 4, 5).value,
    );
    expect(visibleText(responder.lastReply().message)).toContain(
      "Votre vote\u202F: 5/5 pour «\u202FDans l'ensemble\u202F».",
    );
  });

  it("GIVEN a series that shows results before close WHEN someone votes THEN the poll message shows the tally", async () => {
    const { world, member, pollMessage } = await opened({ showResultsBeforeClose: true });
    const responder = await world.click(member, "poll.vote", voteButton(pollMessage, 0, 4).value);
    expect(visibleText(responder.updates()[0]!)).toContain("1 vote, average 4.0/5");
  });
});

describe("my votes and comments", () => {
  it("GIVEN votes and a comment WHEN the voter asks for their votes THEN they see theirs only, and the tally stays hidden", async () => {
    const { world, member, moderator, pollMessage, poll, series } = await opened();
    await world.click(member, "poll.vote", voteButton(pollMessage, 0, 4).value);
    await world.click(moderator, "poll.vote", voteButton(pollMessage, 0, 1).value);
    const [form] = (await world.click(member, "poll.comment", poll.id)).forms();
    expect(form).toMatchObject({ id: "poll.comment", state: `${series.id}|${poll.id}` });
    await world.submit(member, "poll.comment", form!.state, { comment: "Shorter questions please" });
    const text = visibleText((await world.click(member, "poll.results", poll.id)).lastReply().message);
    expect(text).toContain("Pacing of the chat: 4/5");
    expect(text).not.toContain("1/5");
    expect(text).toContain("Your comment: Shorter questions please");
    expect(text).toContain("Results are shown when the poll closes.");
  });

  it("GIVEN a comment already given WHEN the Comment button is clicked again THEN the form shows it", async () => {
    const { world, member, poll, series } = await opened();
    await world.submit(member, "poll.comment", `${series.id}|${poll.id}`, { comment: "More guests" });
    const [form] = (await world.click(member, "poll.comment", poll.id)).forms();
    expect(form!.fields[0]).toMatchObject({ id: "comment", initial: "More guests" });
  });
});
