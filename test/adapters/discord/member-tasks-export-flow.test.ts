/**
 * Issue 13, point 10, on Discord (real discord.js against the Discord fake), English and French: a
 * team member with more open tasks than a list shows is pointed to a command they may run, and
 * that command gives them every task; someone outside the team is still refused (and a list of
 * tasks handed to them says who can export them), and the other exports stay with the moderators.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Locale, translator } from "../../../src/i18n/index.js";
import { example } from "../../../src/render/help/usage.js";
import { LIST_LIMIT } from "../../../src/render/tasks/list.js";
import {
  ADA,
  answerTexts,
  BOB,
  type DiscordWorld,
  discordWorld,
  EVE,
  G,
  sendCommand,
} from "./support/discord-world.js";

describe.each<Locale>(["en", "fr"])("Discord: a member reaches all their tasks (%s)", (locale) => {
  let w: DiscordWorld;
  const { t } = translator(locale, "discord");
  const discordLocale = locale === "fr" ? "fr" : "en-US";
  const member = { userId: BOB, locale: discordLocale };
  const outsider = { userId: EVE, locale: discordLocale };
  const titles = Array.from({ length: 20 }, (_, i) => `member task ${String(i + 1).padStart(2, "0")}`);
  const outsiders = titles.map((title) => `outside ${title}`);

  beforeAll(async () => {
    w = await discordWorld();
    await w.seedSeries({ locale });
    const series = (await w.store.series.list((await w.workspace()).id))[0]!;
    const owners = [`discord:${G}:${BOB}`, `discord:${G}:${EVE}`];
    for (const [who, ownerRef] of owners.entries())
      for (const [i, title] of titles.entries())
        await w.store.tasks.create({
          workspaceId: series.workspaceId,
          seriesId: series.id,
          editionId: null,
          title: who === 0 ? title : `outside ${title}`,
          ownerRef,
          dueAt: new Date(Date.UTC(2027, 0, 1 + i)),
          createdBy: `discord:${G}:${ADA}`,
        });
  });
  afterAll(async () => w?.close());

  /** The CSV attached to an interaction's answers, or "" when none was. */
  const csvOf = (id: string) =>
    w.fake
      .interactionReplies(id)
      .find((c) => c.files.length > 0)
      ?.files[0]?.bytes.toString("utf8") ?? "";

  it("GIVEN a member with 20 open tasks WHEN they list theirs and run the command the list points to THEN they get all 20", async () => {
    const listed = answerTexts(w, await sendCommand(w, member, "tasks", { scope: "mine" })).join("\n");
    expect(titles.filter((title) => listed.includes(title))).toEqual(titles.slice(0, LIST_LIMIT));
    expect(listed).toContain(t("tasks.list.more", { count: 20 - LIST_LIMIT }));
    // The pointer is Discord's own command, with its option, in the reader's language.
    const pointed = example(t, "discord", "export", [{ option: "what", value: "tasks" }]);
    expect(t("tasks.list.more", { count: 5 })).toContain(`\`${pointed}\``);

    const id = await sendCommand(w, member, "export", { what: "tasks" });
    const csv = csvOf(id);
    expect(titles.filter((title) => csv.includes(`,${title}`) || csv.includes(`;${title}`))).toEqual(titles);
  });

  it("GIVEN someone outside the team with 20 tasks handed to them WHEN they list theirs THEN the pointer says who can export them, not a command they cannot run", async () => {
    const listed = answerTexts(w, await sendCommand(w, outsider, "tasks", { scope: "mine" })).join("\n");
    expect(outsiders.filter((title) => listed.includes(title))).toEqual(outsiders.slice(0, LIST_LIMIT));
    expect(listed).toContain(t("tasks.list.moreAskTeam", { count: 20 - LIST_LIMIT, hashtag: "cafechat" }));
    expect(listed).not.toContain(t("tasks.list.more", { count: 20 - LIST_LIMIT }));
  });

  it("GIVEN someone outside the team WHEN they ask for the tasks export THEN they are refused, no file", async () => {
    const id = await sendCommand(w, outsider, "export", { what: "tasks" });
    expect(answerTexts(w, id).join("\n")).toContain(t("errors.not_team_member", { hashtag: "cafechat" }));
    expect(csvOf(id)).toBe("");
  });

  it("GIVEN a member WHEN they ask for another export THEN it stays with the moderators, no file", async () => {
    const id = await sendCommand(w, member, "export", { what: "roster" });
    expect(answerTexts(w, id).join("\n")).toContain(t("errors.not_moderator", { hashtag: "cafechat" }));
    expect(csvOf(id)).toBe("");
  });
});
