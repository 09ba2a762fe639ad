/**
 * What the bot's own messages let the team, moderators included, learn about an anonymous poll:
 * no live count or tally to watch move, no one's answers shown back, no figures from fewer than k
 * answers, and the poll says all this (docs/anonymity.md).
 */
import { describe, expect, it } from "vitest";
import { translator } from "../../../../src/i18n/index.js";
import { visibleText } from "../../../support/recording-responder.js";
import { pollWorld, voteButton } from "../support.js";

const en = translator("en");
const fr = translator("fr");

async function anonymousPoll(options: Parameters<typeof pollWorld>[0] = {}) {
  const setup = await pollWorld(options);
  const { world, moderator } = setup;
  const opening = await world.run(moderator, "poll anonymous");
  const pollMessage = opening.replies().find((r) => !r.ephemeral)!.message;
  const poll = world.store.tables().polls[0]!;
  const comment = (who: typeof moderator, text: string) =>
    world.submit(who, "poll.comment", `${setup.series.id}|${poll.id}`, { comment: text });
  return { ...setup, pollMessage, poll, comment };
}

describe("the anonymous poll in the channel", () => {
  it("GIVEN members answering WHEN the channel is watched THEN the poll message never changes and never counts voters", async () => {
    const { world, member, roleMember, pollMessage } = await anonymousPoll();
    const first = await world.click(member, "poll.vote", voteButton(pollMessage, 0, 4).value);
    const second = await world.click(roleMember, "poll.vote", voteButton(pollMessage, 0, 2).value);
    expect([...first.updates(), ...second.updates()]).toEqual([]);
    expect(world.platforms.of("update")).toEqual([]);
    for (const count of [0, 1, 2])
      expect(visibleText(pollMessage)).not.toContain(en.t("poll.voters", { count }));
  });

  it("GIVEN a series that shows results before close WHEN an anonymous poll gets answers THEN no tally shows until it closes", async () => {
    const { world, member, moderator, roleMember, pollMessage, poll } = await anonymousPoll({
      showResultsBeforeClose: true,
    });
    for (const who of [member, moderator, roleMember])
      await world.click(who, "poll.vote", voteButton(pollMessage, 0, 4).value);
    expect(poll.resultsVisible).toBe(false);
    expect(visibleText(pollMessage)).toContain(en.t("poll.resultsLater"));
    const mine = visibleText((await world.click(moderator, "poll.results", poll.id)).lastReply().message);
    expect(mine).toContain(en.t("poll.resultsLater"));
    expect(mine).not.toContain("average");
  });

  it("GIVEN an anonymous poll WHEN it is posted THEN it says answers are final and from how many answers results show, in English and French", async () => {
    const { pollMessage } = await anonymousPoll();
    const text = visibleText(pollMessage);
    expect(text).toContain(en.t("poll.anonymous"));
    expect(text).toContain(en.t("poll.anonymousFinal"));
    expect(text).toContain(en.t("poll.threshold", { count: 3 }));
    // The named poll's promise that a vote can be changed is not made.
    const changeable = en
      .t("poll.intro", { closes: "CLOSES" })
      .split(". ")[1]!
      .replace(/,? CLOSES\.?$/u, "");
    expect(text).not.toContain(changeable);
    const french = visibleText((await anonymousPoll({ locale: "fr" })).pollMessage);
    expect(french).toContain(fr.t("poll.anonymousFinal"));
    expect(french).toContain(fr.t("poll.threshold", { count: 3 }));
  });

  it("GIVEN a series asking for 4 answers WHEN an anonymous poll opens THEN it says 4; GIVEN 1 THEN it keeps 3", async () => {
    const four = await pollWorld();
    await four.world.store.series.update(four.world.workspace.id, four.series.id, {
      settings: { ...four.series.settings, pollMinAnswers: 4 },
    });
    const posted = (await four.world.run(four.moderator, "poll anonymous"))
      .replies()
      .find((r) => !r.ephemeral)!;
    expect(visibleText(posted.message)).toContain(en.t("poll.threshold", { count: 4 }));
    const one = await pollWorld();
    await one.world.store.series.update(one.world.workspace.id, one.series.id, {
      settings: { ...one.series.settings, pollMinAnswers: 1 },
    });
    await one.world.run(one.moderator, "poll anonymous");
    expect(one.world.store.tables().polls[0]?.minAnswers).toBe(3);
  });

  it("GIVEN `poll anonymous min 5` WHEN three answer and it closes THEN it said 5 and shows no figures from 3", async () => {
    const { world, moderator, member, roleMember } = await pollWorld();
    const opening = await world.run(moderator, "poll anonymous min 5");
    const pollMessage = opening.replies().find((r) => !r.ephemeral)!.message;
    expect(visibleText(pollMessage)).toContain(en.t("poll.threshold", { count: 5 }));
    const poll = world.store.tables().polls[0]!;
    expect(poll.minAnswers).toBe(5);
    for (const who of [member, roleMember, moderator])
      await world.click(who, "poll.vote", voteButton(pollMessage, 0, 4).value);
    const closing = await world.click(moderator, "poll.close", poll.id);
    const results = visibleText(closing.replies().find((r) => !r.ephemeral)!.message);
    expect(results).toContain(en.t("poll.results.withheld", { count: 5 }));
    expect(results).not.toContain("average");
  });

  it("GIVEN `sondage anonyme min 4` in a French series WHEN it opens THEN it says 4, in French", async () => {
    const { world, moderator } = await pollWorld({ locale: "fr" });
    const posted = (await world.run(moderator, "sondage anonyme min 4")).replies().find((r) => !r.ephemeral)!;
    expect(visibleText(posted.message)).toContain(fr.t("poll.threshold", { count: 4 }));
  });

  it.each([
    ["poll min 5", "poll.min.named"],
    ["poll anonymous min 2", "poll.min.too_low"],
    ["poll anonymous min 101", "poll.min.too_high"],
  ] as const)(
    "GIVEN %j WHEN a moderator sends it THEN they are told why privately and no poll opens",
    async (line, key) => {
      const { world, moderator } = await pollWorld();
      const reply = (await world.run(moderator, line)).lastReply();
      expect(reply.ephemeral).toBe(true);
      expect(visibleText(reply.message)).toContain(en.t(key, { min: 3, max: 100 }));
      expect(world.store.tables().polls).toEqual([]);
    },
  );
});

describe("results of an anonymous poll", () => {
  it("GIVEN two people answered and commented WHEN it closes THEN no figures and no comments are shown, and the results say why", async () => {
    const { world, member, roleMember, moderator, pollMessage, poll, comment } = await anonymousPoll();
    await world.click(member, "poll.vote", voteButton(pollMessage, 0, 5).value);
    await world.click(roleMember, "poll.vote", voteButton(pollMessage, 0, 1).value);
    await comment(member, "Only I would say this");
    await comment(roleMember, "And this is mine");
    const closing = await world.click(moderator, "poll.close", poll.id);
    const results = visibleText(closing.replies().find((r) => !r.ephemeral)!.message);
    expect(results).toContain(en.t("poll.results.anonymousVoters", { count: 2 }));
    expect(results).toContain(`**Pacing of the chat**\n${en.t("poll.results.withheld", { count: 3 })}`);
    expect(results).toContain(en.t("poll.results.commentsWithheld", { count: 3 }));
    expect(results).not.toMatch(/average|Only I would|mine/u);
    // Not shown, so not kept: the closed box holds no figures for pacing and no comments.
    const [pacing] = await world.store.polls.tally(world.workspace.id, poll.id);
    expect(pacing).toMatchObject({ votes: 0, withheld: true });
    expect(world.store.tables().ballotBoxes[0]?.comments).toBeNull();
  });

  it("GIVEN three people answered WHEN it closes THEN the figures and comments of that question are shown", async () => {
    const { world, member, roleMember, moderator, pollMessage, poll, comment } = await anonymousPoll();
    for (const [who, value] of [
      [member, 5],
      [roleMember, 1],
      [moderator, 3],
    ] as const) {
      await world.click(who, "poll.vote", voteButton(pollMessage, 0, value).value);
      await comment(who, `note ${value}`);
    }
    const closing = await world.click(moderator, "poll.close", poll.id);
    const results = visibleText(closing.replies().find((r) => !r.ephemeral)!.message);
    expect(results).toContain(en.t("poll.results.summary", { count: 3, average: "3.0" }));
    expect(results).toContain("- “note 1”\n- “note 3”\n- “note 5”");
    expect(results).toContain(`**Overall**\n${en.t("poll.results.noVotes")}`);
  });
});

describe("an anonymous voter's own view", () => {
  it("GIVEN answers and a comment WHEN the voter asks for their votes THEN they learn what they answered, never how", async () => {
    const { world, member, pollMessage, poll, comment } = await anonymousPoll();
    await world.click(member, "poll.vote", voteButton(pollMessage, 0, 4).value);
    await world.click(member, "poll.vote", voteButton(pollMessage, 2, 2).value);
    await comment(member, "Shorter questions please");
    const text = visibleText((await world.click(member, "poll.results", poll.id)).lastReply().message);
    expect(text).toContain(en.t("poll.mine.anonymous"));
    expect(text).toContain(en.t("poll.mine.answered", { count: 2, total: 5 }));
    expect(text).toContain(en.t("poll.mine.commented"));
    expect(text).not.toMatch(/4\/5|2\/5|Shorter/u);
  });

  it("GIVEN a comment already sent WHEN the voter clicks Comment again or submits another THEN no form opens and nothing changes", async () => {
    const { world, member, poll, comment } = await anonymousPoll();
    const first = await comment(member, "First thought");
    expect(visibleText(first.lastReply().message)).toContain(en.t("poll.comment.saved"));
    const again = await world.click(member, "poll.comment", poll.id);
    expect(again.forms()).toEqual([]);
    expect(visibleText(again.lastReply().message)).toContain(en.t("poll.comment.already"));
    const second = await comment(member, "Second thought");
    expect(visibleText(second.lastReply().message)).toContain(en.t("poll.comment.already"));
    expect(world.store.tables().ballotBoxes[0]?.comments).toEqual(["First thought"]);
  });

  it("GIVEN the Comment form of an anonymous poll THEN it says the comment is final and shows nothing from before", async () => {
    const { world, member, poll } = await anonymousPoll();
    const [form] = (await world.click(member, "poll.comment", poll.id)).forms();
    expect(form?.fields[0]).toMatchObject({ label: en.t("poll.comment.labelAnonymous") });
    expect(form?.fields[0]?.initial).toBeUndefined();
    expect(en.t("poll.comment.labelAnonymous").length).toBeLessThanOrEqual(45);
    expect(fr.t("poll.comment.labelAnonymous").length).toBeLessThanOrEqual(45);
  });

  it("GIVEN an empty comment WHEN submitted THEN nothing is recorded and the voter may still comment", async () => {
    const { world, member, poll, comment } = await anonymousPoll();
    expect(visibleText((await comment(member, "   ")).lastReply().message)).toContain(
      en.t("poll.comment.empty"),
    );
    expect(world.store.tables().turnout).toEqual([]);
    expect((await world.click(member, "poll.comment", poll.id)).forms()).toHaveLength(1);
  });
});

describe("one answer each", () => {
  it("GIVEN a vote delivered twice (a platform retry) WHEN both arrive THEN it counts once and the retry is told it was already counted", async () => {
    const { world, member, pollMessage, poll } = await anonymousPoll();
    const value = voteButton(pollMessage, 1, 5).value;
    const retried = { ...member, requestKey: "slack:trigger:1" };
    const once = await world.click(retried, "poll.vote", value);
    const twice = await world.click(retried, "poll.vote", value);
    expect(visibleText(once.lastReply().message)).toContain(
      en.t("poll.anonymousVoted", { question: "Quality of the questions" }),
    );
    expect(visibleText(twice.lastReply().message)).toContain(
      en.t("poll.alreadyAnswered", { question: "Quality of the questions" }),
    );
    const [, quality] = await world.store.polls.tally(world.workspace.id, poll.id);
    expect(quality?.counts).toEqual([0, 0, 0, 0, 1]);
  });

  it("GIVEN ten clicks of one member at once on different values WHEN they land THEN one answer counts", async () => {
    const { world, member, pollMessage, poll } = await anonymousPoll();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        world.click(member, "poll.vote", voteButton(pollMessage, 0, (i % 5) + 1).value),
      ),
    );
    const [pacing] = await world.store.polls.tally(world.workspace.id, poll.id);
    expect(pacing?.votes).toBe(1);
    expect(await world.store.polls.respondents(world.workspace.id, poll.id)).toBe(1);
  });
});
