/**
 * Issue 13, point 10, on Slack (real Bolt against the Slack fake), English and French: a team
 * member with more open tasks than a list shows is pointed to a command they may run, and that
 * command gives them every task; someone outside the team is still refused (and a list of tasks
 * handed to them, in a reply or on the App Home, says who can export them), and the other exports stay with the moderators.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { HOME_MAX_TASKS } from "../../../src/app/home/home-view.js";
import { type Locale, translator } from "../../../src/i18n/index.js";
import { LIST_LIMIT } from "../../../src/render/tasks/list.js";
import type { MemoryStore } from "../../support/memory-store.js";
import { type Bench, startBench } from "./bench.js";
import { shown } from "./blocks.js";
import { REGISTRIES } from "./registries.js";

describe.each<Locale>(["en", "fr"])("Slack: a member reaches all their tasks (%s)", (locale) => {
  let bench: Bench;
  let store: MemoryStore;
  const { t } = translator(locale);
  const C = "C0MEMTASKS";
  const moderator = "U0MODERAT1";
  const member = "U0MEMBER01";
  const outsider = "U0OUTSIDE1";
  const titles = Array.from({ length: 20 }, (_, i) => `member task ${String(i + 1).padStart(2, "0")}`);
  const outsiders = titles.map((title) => `outside ${title}`);

  beforeAll(async () => {
    bench = await startBench({
      mode: "http",
      dispatcher: (services) => createDispatcher(services, REGISTRIES),
    });
    store = bench.store as MemoryStore;
    const slackLocale = locale === "fr" ? "fr-FR" : "en-US";
    bench.fake.users.set(moderator, { is_admin: true, locale: slackLocale });
    bench.fake.users.set(member, { locale: slackLocale });
    bench.fake.users.set(outsider, { locale: slackLocale });
    await bench.command("setup #taskchat Tasks", { user: moderator, channel: C });
    await bench.command(`team add <@${member}|mia>`, { user: moderator, channel: C });
    const series = store.tables().series.find((one) => one.hashtag === "taskchat")!;
    const owners = [`slack:T0FAKE0001:${member}`, `slack:T0FAKE0001:${outsider}`];
    for (const [who, ownerRef] of owners.entries())
      for (const [i, title] of titles.entries())
        await store.tasks.create({
          workspaceId: series.workspaceId,
          seriesId: series.id,
          editionId: null,
          title: who === 0 ? title : `outside ${title}`,
          ownerRef,
          dueAt: new Date(Date.UTC(2027, 0, 1 + i)),
          createdBy: `slack:T0FAKE0001:${moderator}`,
        });
  });
  afterAll(async () => bench?.stop());

  /** The CSV uploaded to the channel by the last export, or "" when none was. */
  const lastCsv = () =>
    bench.fake
      .uploads()
      .findLast((u) => u.channel === C && u.filename.endsWith(".csv"))
      ?.bytes.toString("utf8") ?? "";

  it("GIVEN a member with 20 open tasks WHEN they list theirs and run the command the list points to THEN they get all 20", async () => {
    const list = shown((await bench.command("tasks mine", { user: member, channel: C })).responses());
    expect(titles.filter((title) => list.includes(title))).toEqual(titles.slice(0, LIST_LIMIT));
    expect(list).toContain(t("tasks.list.more", { count: 20 - LIST_LIMIT }));
    const pointed = /`\/afterchat ([^`]+)`/u.exec(t("tasks.list.more", { count: 5 }))?.[1];
    expect(pointed).toBe("export tasks");

    const before = bench.fake.uploads().length;
    await bench.command(pointed!, { user: member, channel: C });
    expect(bench.fake.uploads().length).toBe(before + 1);
    const csv = lastCsv();
    expect(titles.filter((title) => csv.includes(`,${title}`) || csv.includes(`;${title}`))).toEqual(titles);
  });

  it("GIVEN someone outside the team with 20 tasks handed to them WHEN they list theirs THEN the pointer says who can export them, not a command they cannot run", async () => {
    const list = shown((await bench.command("tasks mine", { user: outsider, channel: C })).responses());
    expect(outsiders.filter((title) => list.includes(title))).toEqual(outsiders.slice(0, LIST_LIMIT));
    expect(list).toContain(t("tasks.list.moreAskTeam", { count: 20 - LIST_LIMIT, hashtag: "taskchat" }));
    expect(list).not.toContain(t("tasks.list.more", { count: 20 - LIST_LIMIT }));
  });

  it("GIVEN a member and an outsider with 20 tasks each WHEN they open the App Home THEN the member is pointed to the export, the outsider told who can run it", async () => {
    const rest = 20 - HOME_MAX_TASKS;
    const memberHome = shown((await bench.homeOpened({ user: member })).args.view);
    expect(memberHome).toContain(t("home.moreTasks", { count: rest }));
    const outsiderHome = shown((await bench.homeOpened({ user: outsider })).args.view);
    expect(outsiders.filter((title) => outsiderHome.includes(title))).toEqual(
      outsiders.slice(0, HOME_MAX_TASKS),
    );
    expect(outsiderHome).toContain(t("home.moreTasksAskTeam", { count: rest }));
    expect(outsiderHome).not.toContain(t("home.moreTasks", { count: rest }));
  });

  it("GIVEN someone outside the team WHEN they ask for the tasks export THEN they are refused, no file", async () => {
    const before = bench.fake.uploads().length;
    const sent = await bench.command("export tasks", { user: outsider, channel: C });
    expect(shown(sent.responses())).toContain(t("errors.not_team_member", { hashtag: "taskchat" }));
    expect(bench.fake.uploads().length).toBe(before);
  });

  it("GIVEN a member WHEN they ask for another export THEN it stays with the moderators, no file", async () => {
    const before = bench.fake.uploads().length;
    const sent = await bench.command("export roster", { user: member, channel: C });
    expect(shown(sent.responses())).toContain(t("errors.not_moderator", { hashtag: "taskchat" }));
    expect(bench.fake.uploads().length).toBe(before);
  });
});
