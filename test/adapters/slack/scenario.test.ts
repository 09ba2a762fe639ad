/**
 * One evening of a team, as Slack shows it: set up #kpop, import the chat's archive shared in the
 * channel, post the stats, run the feedback poll (three members vote, a stranger is refused, the
 * poll closes), file notes, hand out tasks, and let the reminders go out as the scheduler would.
 * Real Bolt 5 (HTTP) against the Slack fake, the real dispatcher, the real SQLite store.
 *
 * The archive is X API v2 search output for #kpop (../shared/fixtures, SOURCES.md §3). Figures
 * expected below were derived with jq, independently of afterchat:
 *   posts:        jq '.data | length'                                                           -> 100
 *                 (every post matched X's query #kpop; the 6 whose own text lacks the tag are retweets
 *                 cut before it, and their originals in includes.tweets carry it: a repost carries what it
 *                 reposts, docs/metrics.md)
 *   contributors: jq '.data | map(.author_id) | unique | length'                              -> 87
 * (the chat ran 16:33-16:38 UTC on 2021-09-22.)
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { remindNonVoters } from "../../../src/app/polls/index.js";
import { dueTaskReminders } from "../../../src/app/tasks/index.js";
import type { Series } from "../../../src/domain/series.js";
import { translator } from "../../../src/i18n/index.js";
import { type OpenStore, storeTargets } from "../../support/db.js";
import { sharedFixture } from "../../support/fixtures.js";
import { type Bench, startBench } from "./bench.js";
import { findElement, shown } from "./blocks.js";
import { postedPoll } from "./posted-poll.js";
import { REGISTRIES } from "./registries.js";

const archive = sharedFixture("x-api-v2-twarc/kpop.jsonl");
const en = translator("en");
const T = "T0FAKE0001";
const C = "C0KPOP0001";
const HOST = "U0HOST0001";
const MEMBERS = ["U0ANA00001", "U0BEN00001", "U0CHLOE001"];
const STRANGER = "U0STRANGE1";
const ref = (user: string) => `slack:${T}:${user}`;
const HOUR = 3_600_000;

describe.skipIf(!archive)("GIVEN a team debriefing its #kpop chat in Slack", () => {
  let bench: Bench;
  let db: OpenStore;
  let series: Series;

  beforeAll(async () => {
    db = await storeTargets()
      .find((target) => target.name === "sqlite")!
      .open();
    bench = await startBench({
      mode: "http",
      store: db.store,
      now: new Date("2021-09-22T17:40:00Z"),
      dispatcher: (services) => createDispatcher(services, REGISTRIES),
    });
  });
  afterAll(async () => {
    await bench?.stop();
    await db?.close();
  });

  const dmsTo = (user: string) => {
    const dm = bench.fake.calls("conversations.open").find((c) => c.args.users === user);
    const channel = (dm?.response.channel as { id: string } | undefined)?.id;
    return bench.fake.messages().filter((m) => channel && m.channel === channel);
  };

  it("WHEN the host sets up #kpop and adds three members THEN the channel is the chat's debrief channel", async () => {
    bench.fake.users.set(HOST, { is_admin: true });
    await bench.command("setup #kpop K-pop Wednesdays", { user: HOST, channel: C });
    await bench.command(`team add ${MEMBERS.map((u) => `<@${u}|x>`).join(" ")}`, { user: HOST, channel: C });

    const workspace = await db.store.workspaces.findByExternal("slack", T);
    series = (await db.store.series.findByHashtag(workspace!.id, "kpop"))!;
    expect(series.debriefChannel).toBe(`slack:${T}:${C}`);
    const team = await db.store.team.list(series.workspaceId, series.id);
    expect(team.map((m) => m.userRef).sort()).toEqual([HOST, ...MEMBERS].map(ref).sort());
  });

  it("WHEN the host shares the archive in the channel and runs /afterchat import THEN its posts are stored", async () => {
    bench.fake.addFile({ name: "kpop.jsonl", bytes: readFileSync(archive!), user: HOST, channel: C });
    const sent = await bench.command("import", { user: HOST, channel: C });

    expect(bench.fake.downloads.all.at(-1)?.authorized).toBe(true);
    const edition = (await db.store.editions.current(series.workspaceId, series.id, bench.clock.now()))!;
    expect(await db.store.posts.countByEdition(series.workspaceId, edition.id)).toBe(100);
    expect(shown(sent.responses())).toContain("kpop.jsonl");
  });

  it("WHEN a member asks for the stats THEN the report in the channel shows 100 posts by 87 contributors, with charts in its thread", async () => {
    await bench.command("stats", { user: MEMBERS[0], channel: C });

    const report = bench.fake
      .messages()
      .find((m) => m.channel === C && shown(m.blocks).includes(en.t("report.figure.posts")));
    expect(report).toBeDefined();
    const figures = JSON.stringify(report?.blocks);
    expect(figures).toContain(`*${en.t("report.figure.posts")}*\\n100`);
    expect(figures).toContain(`*${en.t("report.figure.contributors")}*\\n87`);
    const charts = bench.fake.uploads().filter((u) => u.channel === C && u.thread_ts === report?.ts);
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.map((c) => c.filename)).toContain("report.md");
    expect(charts.filter((c) => c.filename !== "report.md").every((c) => c.filename.endsWith(".png"))).toBe(
      true,
    );
  });

  it("WHEN the poll runs THEN members vote (one changes their mind), a stranger is refused, non-voters are reminded, and the results count three voters", async () => {
    await bench.command("poll", { user: HOST, channel: C });
    const { blocks, ts } = postedPoll(bench.fake, C);
    const vote = (value: number) => findElement(blocks, "poll.vote", (e) => e.value!.endsWith(`:${value}`));
    const onPoll = { ts, channel: C };

    await bench.click(vote(5), { user: MEMBERS[0], channel: C }, onPoll);
    await bench.click(vote(2), { user: MEMBERS[1], channel: C }, onPoll);
    await bench.click(vote(4), { user: MEMBERS[1], channel: C }, onPoll);
    const stranger = await bench.click(vote(1), { user: STRANGER, channel: C }, onPoll);
    expect(shown(stranger.responses())).toContain(en.t("errors.not_team_member", { hashtag: "kpop" }));

    const poll = (await db.store.polls.listOpen(series.workspaceId))[0]!;
    const reminded = await remindNonVoters(bench.services, series.workspaceId, poll.id);
    expect(reminded).toBe(2);
    expect(
      dmsTo(MEMBERS[2]!)
        .map((m) => m.text)
        .join("\n"),
    ).toContain("feedback poll on #kpop");
    expect(dmsTo(MEMBERS[0]!)).toEqual([]);

    await bench.click(vote(3), { user: MEMBERS[2], channel: C }, onPoll);
    await bench.click(findElement(blocks, "poll.close"), { user: HOST, channel: C }, onPoll);

    const [first] = await db.store.polls.tally(series.workspaceId, poll.id);
    expect(first).toMatchObject({ votes: 3, average: 4, counts: [0, 0, 1, 1, 1] });
    const results = bench.fake.messages().filter((m) => m.channel === C);
    expect(shown(results)).toContain(en.t("poll.results.voters", { count: 3 }));
  });

  it("WHEN members file notes THEN /afterchat notes shows them to the channel", async () => {
    await bench.command("note good the Q3 thread took off", { user: MEMBERS[0], channel: C });
    await bench.command("note bad we started five minutes late", { user: MEMBERS[1], channel: C });
    const listed = await bench.command("notes", { user: HOST, channel: C });

    expect(shown(listed.responses())).toContain("the Q3 thread took off");
    expect(shown(listed.responses())).toContain("we started five minutes late");
  });

  it("WHEN the host hands out a task due in three days THEN its owner is named in the channel, reminded by DM the day before, then once overdue, once each", async () => {
    const sent = await bench.command(`task <@${MEMBERS[2]}|chloe> post the recap thread due in 3 days`, {
      user: HOST,
      channel: C,
    });
    const card = sent.responses().at(-1) as { response_type: string; blocks: unknown };
    expect(card.response_type).toBe("in_channel");
    expect(JSON.stringify(card.blocks)).toContain(`<@${MEMBERS[2]}>`);
    const [task] = await db.store.tasks.list(series.workspaceId, {
      ownerRef: ref(MEMBERS[2]!),
      status: ["open"],
    });
    expect(task?.title).toBe("post the recap thread");

    bench.clock.set(new Date(task!.dueAt!.getTime() - 2 * HOUR));
    expect(await dueTaskReminders(bench.services, series.workspaceId, bench.clock.now())).toBe(1);
    bench.clock.set(new Date(task!.dueAt!.getTime() + 2 * HOUR));
    expect(await dueTaskReminders(bench.services, series.workspaceId, bench.clock.now())).toBe(1);
    expect(await dueTaskReminders(bench.services, series.workspaceId, bench.clock.now())).toBe(0);

    const texts = dmsTo(MEMBERS[2]!).map((m) => m.text);
    expect(texts.filter((t) => t.startsWith("Reminder: your task for #kpop"))).toHaveLength(1);
    expect(texts.filter((t) => t.includes("was due") && t.includes("still open"))).toHaveLength(1);
  });
});
