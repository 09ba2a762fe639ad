import { describe, expect, it } from "vitest";
import { translator } from "../../../src/i18n/index.js";
import type { Message } from "../../../src/render/message.js";
import { selects, visibleText } from "../../support/recording-responder.js";
import { compareWorld, NOW, OUR_POSTS, storePosts } from "./world.js";

const fields = (message: Message) =>
  Object.fromEntries(
    message.blocks.flatMap((b) => (b.type === "fields" ? b.fields : [])).map((f) => [f.label, f.value]),
  );

describe("GIVEN #edchat with a reported edition and #teachchat watched with one pulled edition", () => {
  it("WHEN a member compares them THEN both chats' figures, the chart and the shared people are posted in the channel", async () => {
    const w = await compareWorld();
    const replies = (await w.run(w.member, "compare #teachchat")).replies();
    const [comparison, questions] = replies;
    expect(comparison?.ephemeral).toBe(false);
    expect(comparison!.message.blocks[0]).toEqual({
      type: "header",
      text: "#edchat and #teachchat side by side",
    });
    expect(fields(comparison!.message)).toEqual({
      Posts: "#edchat: 4\n#teachchat: 40\ndifference +36 (+900%)",
      Contributors: "#edchat: 3\n#teachchat: 10\ndifference +7 (+233.3%)",
      "Answers per question": "#edchat: 2.0\n#teachchat: 15.0\ndifference +13.0 (+650%)",
      "Engagement per post": "#edchat: 3.0\n#teachchat: 5.0\ndifference +2.0 (+66.7%)",
      "Potential reach": "#edchat: 1,500\n#teachchat: no follower counts",
    });
    expect(comparison!.message.files?.map((f) => [f.name, f.mime])).toEqual([["compare.png", "image/png"]]);
    const text = visibleText(comparison!.message);
    expect(text).toContain("Last edition of each: #edchat on Tue, Mar 3, #teachchat on Wed, Mar 4.");
    // Cara posted in both; her name is ours, and #teachchat's summary does not say how much she posted there.
    expect(text).toContain("• Cara Diaz (cara, X) · 2 posts in #edchat");
    expect(text).not.toContain("ben");
    expect(questions?.ephemeral).toBe(false);
  });

  it("WHEN compared THEN their questions follow, each with its answers, and a select copies one", async () => {
    const w = await compareWorld();
    const [, questions] = (await w.run(w.moderator, "compare #edchat #teachchat")).replies();
    const text = visibleText(questions!.message);
    expect(text).toContain("Questions of #teachchat (Wed, Mar 4)");
    expect(text).toContain("**Q1** · 18 answers: Q1 Which book changed how you teach?");
    expect(text).toContain("**Q2** · 12 answers: Q2 How do you start a lesson?");
    const [select] = selects(questions!.message);
    expect(select!.action).toBe("compare.copy");
    // Q3 was answered but never asked: nothing to copy.
    expect(select!.options.map((o) => o.value)).toEqual([
      `${w.series.id}:${w.watched.id}:1`,
      `${w.series.id}:${w.watched.id}:2`,
    ]);
  });

  it("WHEN compared in French THEN everything the channel sees is French", async () => {
    const w = await compareWorld({ locale: "fr" });
    const [comparison, questions] = (await w.run(w.member, "comparer #teachchat")).replies();
    expect(comparison!.message.blocks[0]).toEqual({
      type: "header",
      text: "#edchat et #teachchat côte à côte",
    });
    expect(fields(comparison!.message)["Réponses par question"]).toBe(
      "#edchat\u202F: 2,0\n#teachchat\u202F: 15,0\nécart +13,0 (+650\u00a0%)",
    );
    expect(visibleText(questions!.message)).toContain("**Q1** · 18 réponses");
  });

  it("WHEN the watched chat has no edition pulled yet THEN it says so, with no figure for it", async () => {
    const w = await compareWorld();
    await w.store.watches.add({ ...w.watch, hashtag: "newchat" });
    const replies = (await w.run(w.member, "compare #newchat")).replies();
    expect(replies).toHaveLength(1);
    const message = replies[0]!.message;
    expect(message.text).toContain(translator("en").t("compare.noData.theirs", { hashtag: "newchat" }));
    expect(fields(message).Posts).toBe("#edchat: 4\n#newchat: no data yet");
  });

  it("WHEN the other chat is neither ours nor watched THEN the member is told how to watch it, privately", async () => {
    const w = await compareWorld();
    const reply = (await w.run(w.member, "compare #nowhere")).lastReply();
    expect(reply.ephemeral).toBe(true);
    expect(visibleText(reply.message)).toContain(
      translator("en").t("compare.unknownChat", { hashtag: "nowhere" }),
    );
  });

  it("WHEN our side is named by a hashtag that is not ours THEN it is refused with that hashtag", async () => {
    const w = await compareWorld();
    const reply = (await w.run(w.member, "compare #mystery #teachchat")).lastReply();
    expect(visibleText(reply.message)).toContain(
      translator("en").t("errors.chat_unknown", { hashtag: "mystery" }),
    );
  });

  it("WHEN another of our chats is compared, averaged over 2 THEN its editions are read like ours", async () => {
    const w = await compareWorld();
    const other = await w.seedSeries({ hashtag: "mathchat", debriefChannel: "slack:T1:C7" });
    const edition = await w.store.editions.create({
      workspaceId: w.workspace.id,
      seriesId: other.id,
      number: 1,
      startsAt: new Date("2026-03-02T18:00:00Z"),
      endsAt: new Date("2026-03-02T19:00:00Z"),
      status: "debriefing",
    });
    await storePosts(
      w.store,
      w.workspace.id,
      edition.id,
      OUR_POSTS.slice(0, 2).map((p) => ({
        ...p,
        externalId: `m${p.externalId}`,
        text: p.text.replace("edchat", "mathchat"),
      })),
    );
    const [comparison, ...rest] = (await w.run(w.member, "compare #mathchat last 2")).replies();
    expect(rest).toEqual([]);
    const text = visibleText(comparison!.message);
    expect(text).toContain("Averages over the last 2 editions: #edchat (1 counted), #mathchat (1 counted).");
    expect(fields(comparison!.message)["Posts (per edition)"]).toBe(
      "#edchat: 4\n#mathchat: 2\ndifference −2 (−50%)",
    );
    expect(text).toContain("Ben B. (ben, X)");
  });
});

describe("GIVEN #teachchat's questions under a comparison", () => {
  it("WHEN a moderator copies Q2 THEN it becomes one task due when our next edition starts, even when replayed", async () => {
    const w = await compareWorld();
    const value = `${w.series.id}:${w.watched.id}:2`;
    const first = (await w.click(w.moderator, "compare.copy", value)).lastReply();
    expect(first.ephemeral).toBe(true);
    expect(visibleText(first.message)).toContain(
      "Added to the tasks of #edchat for its next edition (Tue, Mar 10): ",
    );
    const again = (await w.click(w.moderator, "compare.copy", value)).lastReply();
    expect(visibleText(again.message)).toContain("Already in the tasks of #edchat");
    const tasks = await w.store.tasks.list(w.workspace.id, { seriesId: w.series.id });
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({
      editionId: w.edition.id,
      title: "Try the question of #teachchat (Q2): Q2 How do you start a lesson?",
      origin: "copied",
      ownerRef: w.ref("U1"),
      dueAt: new Date("2026-03-10T18:00:00Z"),
    });
    expect(NOW < tasks[0]!.dueAt!).toBe(true);
  });

  it("WHEN a member who is not a moderator picks one THEN nothing is copied", async () => {
    const w = await compareWorld();
    const reply = (await w.click(w.member, "compare.copy", `${w.series.id}:${w.watched.id}:1`)).lastReply();
    expect(visibleText(reply.message)).toContain(
      translator("en").t("errors.not_moderator", { hashtag: "edchat" }),
    );
    expect(await w.store.tasks.list(w.workspace.id, { seriesId: w.series.id })).toEqual([]);
  });

  it("WHEN the question named is not one they asked THEN the moderator is told to compare again", async () => {
    const w = await compareWorld();
    const reply = (
      await w.click(w.moderator, "compare.copy", `${w.series.id}:${w.watched.id}:3`)
    ).lastReply();
    expect(visibleText(reply.message)).toContain(translator("en").t("compare.copy.gone"));
  });
});
