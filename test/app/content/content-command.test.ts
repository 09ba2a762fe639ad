import { describe, expect, it } from "vitest";
import { postsFromFiles } from "../../../src/app/content/file-posts.js";
import { translator } from "../../../src/i18n/index.js";
import { row, START, statusUrl, writeSyntheticChat } from "../../content/synthetic-chat.js";
import { visibleText } from "../../support/recording-responder.js";
import { ALL_REGISTRIES } from "../../support/registries.js";
import { type TestWorld, testWorld } from "../world.js";

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** #chatdemo in C1 (U1 moderator, U2 member), its edition 7 holding the synthetic chat's posts. */
async function chatWorld(locale: "en" | "fr" = "en"): Promise<TestWorld> {
  const w = await testWorld({ registries: ALL_REGISTRIES, now: new Date("2026-03-04T12:00:00Z") });
  const series = await w.seedSeries({
    hashtag: "chatdemo",
    title: "Why we teach",
    hosts: ["hostaccount"],
    locale,
  });
  await w.store.team.set(w.workspace.id, series.id, w.ref("U2"), "member");
  const edition = await w.store.editions.create({
    workspaceId: w.workspace.id,
    seriesId: series.id,
    number: 7,
    startsAt: START,
    endsAt: new Date(START.getTime() + 3_600_000),
    status: "debriefing",
  });
  const read = await postsFromFiles([writeSyntheticChat()], {
    filter: {},
    context: { hashtag: "chatdemo", hosts: [] },
  });
  await w.store.posts.upsertBatch(w.workspace.id, edition.id, read.posts);
  await w.store.editions.update(w.workspace.id, edition.id, { importedAt: START });
  return w;
}

async function files(w: TestWorld, who: string, text: string): Promise<Record<string, string>> {
  const reply = (await w.run(w.actor({ user: who }), text)).lastReply();
  return Object.fromEntries((reply.message.files ?? []).map((f) => [f.name, decode(f.bytes)]));
}

describe("/afterchat content in the chat", () => {
  it("GIVEN a member WHEN they ask for the recap THEN the channel gets recap.md and recap.html, and the author who replied 'no quote' is on the opt-out list and absent", async () => {
    const w = await chatWorld();
    const reply = (await w.run(w.actor({ user: "U2" }), "content recap")).lastReply();
    expect(reply.ephemeral).toBe(false);
    expect(visibleText(reply.message)).toContain(
      translator("en").t("content.reply.wrote", { what: "recap", hashtag: "chatdemo", number: 7 }),
    );
    const got = Object.fromEntries((reply.message.files ?? []).map((f) => [f.name, decode(f.bytes)]));
    expect(Object.keys(got)).toEqual(["recap.md", "recap.html"]);
    expect(got["recap.md"]).toContain(statusUrl(row("ana_s")));
    for (const text of Object.values(got)) expect(text).not.toMatch(/zoe/i);
    const series = (await w.store.series.list(w.workspace.id))[0]!;
    expect(await w.store.consent.optOuts(w.workspace.id, series.id)).toEqual([
      { network: "x", handle: "zoe_q", source: "reply" },
    ]);
  });

  it("GIVEN a moderator opts @ana_s out WHEN the transcript is made THEN she is absent; a member may not opt anyone out", async () => {
    const w = await chatWorld();
    const refused = visibleText(
      (await w.run(w.actor({ user: "U2" }), "content optout @bruno_l")).lastReply().message,
    );
    expect(refused).toContain(translator("en").t("errors.not_moderator", { hashtag: "chatdemo" }));
    const said = (await w.run(w.actor({ user: "U1" }), "content optout @Ana_S")).lastReply();
    expect(visibleText(said.message)).toContain(
      translator("en").t("content.consent.optedOut", { handle: "ana_s", hashtag: "chatdemo" }),
    );
    const got = await files(w, "U2", "content transcript");
    expect(got["transcript.csv"]).not.toContain("ana_s");
    expect(got["transcript.csv"]).toContain("bruno_l");
    await w.run(w.actor({ user: "U1" }), "content optin @ana_s");
    expect((await files(w, "U2", "content transcript"))["transcript.csv"]).toContain(statusUrl(row("ana_s")));
  });

  it("GIVEN approval on WHEN requests are prepared and one author approves THEN only that author's quotes go into the recap", async () => {
    const w = await chatWorld();
    await w.run(w.actor({ user: "U1" }), "content approval on");
    const before = await files(w, "U2", "content recap plain");
    expect(before["recap.md"]).not.toContain("ana_s");
    expect(before["recap.md"]).not.toContain("bruno_l");
    const asked = visibleText((await w.run(w.actor({ user: "U1" }), "content requests")).lastReply().message);
    expect(asked).toContain(
      translator("en").t("content.request.draft", {
        handle: "bruno_l",
        hashtag: "chatdemo",
        url: statusUrl(row("bruno_l")),
      }),
    );
    expect(asked).not.toMatch(/zoe/i);
    const approved = visibleText(
      (await w.run(w.actor({ user: "U1" }), "content approve @bruno_l")).lastReply().message,
    );
    expect(approved).toContain(translator("en").t("content.consent.approved", { count: 2 }));
    const after = await files(w, "U2", "content recap plain");
    expect(after["recap.md"]).toContain(statusUrl(row("bruno_l")));
    expect(after["recap.md"]).not.toContain(statusUrl(row("ana_s")));
    // The host's questions are the team's own words: they stay.
    expect(after["recap.md"]).toContain(statusUrl(row("hostaccount")));
  });

  it("GIVEN a French series WHEN the script is asked for (in French words) THEN it speaks French", async () => {
    const w = await chatWorld("fr");
    const got = await files(w, "U2", "contenu script");
    expect(got["script.md"]).toContain(translator("fr").t("content.script.outro"));
  });

  it("GIVEN earlier posts WHEN recycle is asked for THEN drafts credit the exact handle and link, within X's length", async () => {
    const w = await chatWorld();
    const md = (await files(w, "U2", "content recycle"))["recycle.md"]!;
    expect(md).toContain(`by @ana_s ${statusUrl(row("ana_s"))}`);
    expect(md).not.toMatch(/zoe/i);
    for (const draft of md.split("```").filter((_, i) => i % 2 === 1))
      expect(draft.replace(/^text\n/, "").trim().length).toBeLessThanOrEqual(280);
  });
});
