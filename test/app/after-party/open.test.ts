import { describe, expect, it } from "vitest";
import { openAfterParty } from "../../../src/app/after-party/index.js";
import { visibleText } from "../../support/recording-responder.js";
import { afterPartyWorld, ENDS, PARTY, post, reload } from "./world.js";

describe("openAfterParty, as the scheduler calls it at the chat's end", () => {
  it("GIVEN an edition that just ended THEN a thread opens in the after-party channel with the goodbye and the invitation", async () => {
    const w = await afterPartyWorld();

    const outcome = await openAfterParty(w.services, w.edition.id);

    const [opened] = w.platforms.of("openThread");
    expect(opened?.channel).toBe(PARTY);
    expect(opened?.title).toBe("#cafechat after-party: Homework: yes or no?");
    const text = visibleText(opened!.first);
    expect(text).toContain("The #cafechat after-party is open");
    expect(text).toContain("This edition's topic: Homework: yes or no?");
    expect(text).toContain("Thank you all for this edition!");
    expect(text).toContain(
      "Keep talking here for the next 24 hours, and keep posting under [\\#cafechat](https://x.com/hashtag/cafechat)",
    );
    expect(outcome).toMatchObject({ status: "opened", thread: opened?.thread });
  });

  it("GIVEN the thread opened THEN the edition remembers it and when the after-party ends (end + afterPartyHours)", async () => {
    const w = await afterPartyWorld({ settings: { afterPartyHours: 6 } });

    await openAfterParty(w.services, w.edition.id);

    const edition = await reload(w);
    expect(edition.afterPartyThread).toBe(w.platforms.of("openThread")[0]?.thread);
    expect(edition.afterPartyEndsAt?.toISOString()).toBe(
      new Date(ENDS.getTime() + 6 * 3_600_000).toISOString(),
    );
  });

  it("GIVEN the host's own goodbye in a French series THEN it is shown as typed, the rest in French", async () => {
    const w = await afterPartyWorld({
      locale: "fr",
      settings: { goodbye: "À la semaine prochaine *tout le monde*\u202F!" },
    });

    await openAfterParty(w.services, w.edition.id);

    const text = visibleText(w.platforms.of("openThread")[0]!.first);
    expect(text).toContain("À la semaine prochaine \\*tout le monde\\*\u202F!");
    expect(text).toContain("L'after de #cafechat est ouvert");
    expect(text).not.toContain("Thank you all");
    expect(w.platforms.of("openThread")[0]?.title).toBe("After #cafechat\u202F: Homework: yes or no?");
  });

  it("GIVEN an imported edition THEN the three posts people engaged with most are linked, reposts left out", async () => {
    const w = await afterPartyWorld();
    const posts = [
      post("zoe", 3),
      post("max", 40),
      post("lea", 12),
      post("bot", 99, { kind: "repost" }),
      post("ana", 20),
    ];
    await w.store.posts.upsertBatch(w.edition.workspaceId, w.edition.id, posts);
    await w.store.editions.update(w.edition.workspaceId, w.edition.id, { importedAt: ENDS });

    await openAfterParty(w.services, w.edition.id);

    const text = visibleText(w.platforms.of("openThread")[0]!.first);
    expect(text).toContain("The 3 posts people engaged with most");
    const lines = text.split("\n").filter((l) => l.startsWith("- "));
    expect(lines).toEqual([
      expect.stringMatching(
        /^- \u2068\[A\d+ from max \\#cafechat\]\(https:\/\/x\.com\/max\/status\/\d+\)\u2069 by @\u2068max\u2069: 40 interactions$/u,
      ),
      expect.stringContaining("by @\u2068ana\u2069: 20 interactions"),
      expect.stringContaining("by @\u2068lea\u2069: 12 interactions"),
    ]);
  });

  it("GIVEN a best post written in Arabic THEN its text is isolated, so the attribution stays after it", async () => {
    const w = await afterPartyWorld();
    const arabic = "سؤال ممتاز عن الواجبات";
    await w.store.posts.upsertBatch(w.edition.workspaceId, w.edition.id, [post("rana", 9, { text: arabic })]);
    await w.store.editions.update(w.edition.workspaceId, w.edition.id, { importedAt: ENDS });

    await openAfterParty(w.services, w.edition.id);

    const text = visibleText(w.platforms.of("openThread")[0]!.first);
    expect(text).toContain(`\u2068[${arabic}](https://x.com/rana/status/`);
    expect(text).toMatch(/\)\u2069 by @\u2068rana\u2069: 9 interactions/u);
  });

  it("GIVEN an edition never imported THEN the best posts are left out", async () => {
    const w = await afterPartyWorld();

    await openAfterParty(w.services, w.edition.id);

    expect(visibleText(w.platforms.of("openThread")[0]!.first)).not.toContain("engaged with most");
  });

  it("GIVEN it is called twice (a retry) THEN there is one thread and one scheduled event", async () => {
    const w = await afterPartyWorld();

    const first = await openAfterParty(w.services, w.edition.id);
    const second = await openAfterParty(w.services, w.edition.id);

    expect(w.platforms.of("openThread")).toHaveLength(1);
    expect(w.platforms.of("scheduleEvent")).toHaveLength(1);
    expect(second).toMatchObject({
      status: "already_open",
      thread: first.status === "opened" ? first.thread : "?",
    });
    expect(second.status === "already_open" && second.event.status).toBe("exists");
  });

  it.each([
    ["after-parties switched off", { settings: { afterParty: false } }, "disabled"],
    ["no after-party channel", { noChannel: true }, "no_channel"],
  ] as const)("GIVEN %s THEN nothing is opened", async (_what, options, reason) => {
    const w = await afterPartyWorld("settings" in options ? { settings: options.settings } : {});
    if ("noChannel" in options)
      await w.store.series.update(w.owner.id, w.series.id, { afterPartyChannel: null });

    const outcome = await openAfterParty(w.services, w.edition.id);

    expect(outcome).toEqual({ status: "skipped", reason });
    expect(w.platforms.calls).toEqual([]);
    expect((await reload(w)).afterPartyThread).toBeNull();
  });

  it("GIVEN an unknown edition id THEN it is skipped as not found", async () => {
    const w = await afterPartyWorld();
    expect(await openAfterParty(w.services, "nope")).toEqual({ status: "skipped", reason: "not_found" });
  });
});
