/**
 * What a team sees in Slack, end to end: real Bolt 5 (HTTP and Socket Mode) against the Slack fake,
 * the real dispatcher and use cases, the in-memory store.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { translator } from "../../../src/i18n/index.js";
import type { MemoryStore } from "../../support/memory-store.js";
import { blockActionPayload } from "../../support/slack-payloads.js";
import { interactionBody, signedPost, slashCommandBody } from "../../support/slack-request.js";
import { type Bench, type Mode, SIGNING_SECRET, startBench } from "./bench.js";
import { findElement, shown } from "./blocks.js";
import { postedPoll } from "./posted-poll.js";
import { REGISTRIES } from "./registries.js";

const en = translator("en");
const fr = translator("fr");

describe.each<Mode>(["http", "socket"])("Slack flows (%s)", (mode) => {
  let bench: Bench;
  let store: MemoryStore;
  const C = mode === "http" ? "C0FLOWH001" : "C0FLOWS001";
  const T = "T0FAKE0001";
  const moderator = "U0MOD00001";
  const member = "U0MEMBER01";

  beforeAll(async () => {
    bench = await startBench({ mode, dispatcher: (services) => createDispatcher(services, REGISTRIES) });
    store = bench.store as MemoryStore;
    bench.fake.users.set("U0FRENCH01", { locale: "fr-FR" });
    // Setting up a chat is for workspace admins (or moderators of one already there).
    bench.fake.users.set(moderator, { is_admin: true });
  });
  afterAll(async () => bench?.stop());

  const tasksOf = () => store.tables().tasks;

  it("GIVEN an English and a French user WHEN they ask for help THEN each reads it in their language", async () => {
    const english = await bench.command("help", { user: "U0ENGLISH1" });
    const french = await bench.command("aide", { user: "U0FRENCH01" });

    expect(shown(english.responses())).toContain(en.t("help.title"));
    expect(shown(french.responses())).toContain(fr.t("help.title"));
    // Slack keeps its words (Discord shows options instead: test/adapters/discord/help-flow.test.ts).
    expect(shown(english.responses())).toContain("/afterchat note good|bad|best|insight [text]");
    expect(shown(french.responses())).toContain("/afterchat note bien|mal|top|idée [texte]");
    expect(shown(english.responses())).not.toContain("kind:");
  });

  it("GIVEN a channel WHEN a user types /afterchat setup #kpop (Slack escapes it as a channel) THEN the series is created here", async () => {
    const sent = await bench.command(`setup <#C0KPOP0001|kpop> K-pop chat`, { user: moderator, channel: C });

    expect(shown(sent.responses())).toContain(en.t("setup.created", { hashtag: "kpop" }));
    expect(shown(sent.responses())).toContain("/afterchat team add @someone");
    const series = store.tables().series.find((s) => s.debriefChannel === `slack:${T}:${C}`);
    expect(series).toMatchObject({ hashtag: "kpop", title: "K-pop chat" });
    await bench.command(`team add <@${member}|mia>`, { user: moderator, channel: C });
  });

  it("GIVEN a member WHEN they file a note in words THEN it is stored for the edition and they are told, privately", async () => {
    const sent = await bench.command("note good the guest was **great** & on time", {
      user: member,
      channel: C,
    });

    expect(store.tables().notes.map((n) => n.text)).toContain("the guest was **great** & on time");
    const reply = sent.responses().at(-1) as { response_type: string };
    expect(reply.response_type).toBe("ephemeral");
  });

  it("GIVEN a member WHEN they open the notes form and submit it THEN each filled field is a note", async () => {
    await bench.command("note", { user: member, channel: C });
    const view = bench.fake.calls("views.open").at(-1)?.args.view as { blocks: Array<{ block_id: string }> };
    const fields = view.blocks.map((b) => b.block_id);
    expect(fields.length).toBeGreaterThanOrEqual(2);
    const values = Object.fromEntries(fields.map((id, i) => [id, i === 0 ? "questions were sharp" : ""]));
    await bench.submit(view, values, { user: member });

    expect(store.tables().notes.map((n) => n.text)).toContain("questions were sharp");
  });

  it("GIVEN a Slack user group made the team WHEN one of its members files a note THEN it is accepted, and refused before", async () => {
    const grouped = "U0GROUPED1";
    bench.fake.usergroups.set("S0HOSTS001", [grouped]);
    const before = await bench.command("note insight groups work", { user: grouped, channel: C });
    expect(shown(before.responses())).toContain("Only the team of #kpop");

    await bench.command("team add <!subteam^S0HOSTS001|@hosts>", { user: moderator, channel: C });
    const series = store.tables().series.find((s) => s.debriefChannel === `slack:${T}:${C}`);
    expect(series?.teamRoleIds).toContain("S0HOSTS001");

    const listed = await bench.command("team list", { user: moderator, channel: C });
    expect(shown(listed.responses())).toContain("<!subteam^S0HOSTS001>");
    await bench.command("note insight groups work", { user: grouped, channel: C });
    expect(store.tables().notes.map((n) => n.text)).toContain("groups work");
  });

  it("GIVEN notes WHEN someone lists them THEN the channel reads them", async () => {
    const sent = await bench.command("notes", { user: moderator, channel: C });
    expect(shown(sent.responses())).toContain("questions were sharp");
  });

  it("GIVEN the team WHEN the moderator opens the poll, members vote and change their vote, an outsider tries, and it closes THEN the results count each member once", async () => {
    await bench.command("poll", { user: moderator, channel: C });
    const pollMessage = postedPoll(bench.fake, C);
    const vote = (value: number) =>
      findElement(pollMessage.blocks, "poll.vote", (e) => e.value!.endsWith(`:${value}`));
    const onPoll = { ts: pollMessage.ts, channel: C };

    const first = await bench.click(vote(4), { user: member, channel: C }, onPoll);
    await bench.click(vote(2), { user: member, channel: C }, onPoll);
    await bench.click(vote(5), { user: moderator, channel: C }, onPoll);
    const outsider = await bench.click(vote(1), { user: "U0OUTSIDER", channel: C }, onPoll);

    expect(first.responses().some((r) => (r as { replace_original?: boolean }).replace_original)).toBe(true);
    expect(shown(outsider.responses())).toContain(en.t("errors.not_team_member", { hashtag: "kpop" }));
    const poll = store.tables().polls.at(-1)!;
    const question = vote(4).value!.split(":")[1];
    const votes = store.tables().votes.filter((v) => v.questionId === question);
    expect(votes.map((v) => v.value).sort()).toEqual([2, 5]);

    const close = findElement(pollMessage.blocks, "poll.close");
    const closed = await bench.click(close, { user: moderator, channel: C }, onPoll);
    expect(store.tables().polls.find((p) => p.id === poll.id)?.status).toBe("closed");
    const results = [...closed.responses(), ...bench.fake.messages().filter((m) => m.channel === C)];
    expect(shown(results)).toContain(en.t("poll.results.voters", { count: 2 }));
    expect(shown(results)).toContain(en.t("poll.results.summary", { count: 2, average: "3.5" }));
  });

  it("GIVEN the series WHEN a task is added for a member THEN the card shows in the channel and Done closes it once", async () => {
    const sent = await bench.command(`task <@${member}|mia> write the recap due friday`, {
      user: moderator,
      channel: C,
    });
    const card = sent.responses().at(-1) as { blocks: unknown; response_type: string };
    expect(card.response_type).toBe("in_channel");
    expect(shown(card)).toContain("write the recap");
    expect(tasksOf().filter((t) => t.title === "write the recap")).toHaveLength(1);

    const done = findElement(card.blocks, "task.done");
    const click = await bench.click(done, { user: member, channel: C });
    const redrawn = click.responses().at(-1) as { replace_original: boolean };
    expect(redrawn.replace_original).toBe(true);
    expect(tasksOf().find((t) => t.title === "write the recap")?.status).toBe("done");
  });

  it("GIVEN an open task WHEN a moderator reassigns it with the person picker THEN the new owner has it", async () => {
    const sent = await bench.command(`task <@${member}|mia> book the guest`, { user: moderator, channel: C });
    const card = sent.responses().at(-1) as { blocks: unknown };
    const picker = findElement(card.blocks, "task.reassign");
    await bench.click({ ...picker, selected_user: "U0NEWOWNER" }, { user: moderator, channel: C });

    expect(tasksOf().find((t) => t.title === "book the guest")?.ownerRef).toBe(`slack:${T}:U0NEWOWNER`);
  });

  it("GIVEN open tasks WHEN a member lists theirs and the team's THEN both lists show", async () => {
    const mine = await bench.command("tasks mine", { user: "U0NEWOWNER", channel: C });
    const all = await bench.command("tasks", { user: moderator, channel: C });

    expect(shown(mine.responses())).toContain("book the guest");
    expect(shown(all.responses())).toContain("book the guest");
  });

  it("GIVEN a moderator WHEN they run the playbook THEN its tasks are created once", async () => {
    const before = tasksOf().length;
    await bench.command("playbook", { user: moderator, channel: C });
    const created = tasksOf().length - before;
    await bench.command("playbook", { user: moderator, channel: C });

    expect(created).toBeGreaterThan(0);
    expect(tasksOf().length - before).toBe(created);
  });

  it("GIVEN the series WHEN someone asks for the roster THEN afterchat answers", async () => {
    const sent = await bench.command("roster", { user: moderator, channel: C });
    expect(sent.responses().length).toBeGreaterThan(0);
  });

  it("GIVEN tasks WHEN a member exports them THEN a CSV is uploaded in the thread of the export message", async () => {
    await bench.command("export tasks", { user: moderator, channel: C });

    const upload = bench.fake.uploads().find((u) => u.channel === C && u.filename.endsWith(".csv"));
    const message = bench.fake.messages().find((m) => m.channel === C && m.ts === upload?.thread_ts);
    expect(upload?.bytes.toString("utf8")).toContain("book the guest");
    expect(message).toBeDefined();
  });

  it("GIVEN the bot is not in the channel WHEN an export is posted THEN the user reads which channel and what to do, not to try again", async () => {
    bench.fake.failNext("chat.postMessage", { error: "not_in_channel" });
    const sent = await bench.command("export tasks", { user: moderator, channel: C });

    const detail = en.t("slack.refused.not_in_channel", { channel: `<#${C}>` });
    expect(shown(sent.responses())).toContain(en.t("errors.platform_refused", { platform: "Slack", detail }));
    expect(shown(sent.responses())).not.toContain(
      en.t("errors.platform_failed", { platform: "Slack", detail }),
    );
  });

  it("GIVEN the app lacks a scope WHEN an export is posted THEN the user reads which scope and who adds it", async () => {
    bench.fake.failNext("chat.postMessage", {
      error: "missing_scope",
      needed: "files:write",
      provided: "chat:write,commands",
    });
    const sent = await bench.command("export tasks", { user: moderator, channel: C });

    const detail = en.t("slack.refused.missing_scope", { scope: "files:write" });
    expect(shown(sent.responses())).toContain(en.t("errors.platform_refused", { platform: "Slack", detail }));
  });

  it("GIVEN the channel is archived WHEN an export is posted THEN the user reads that channel is archived", async () => {
    bench.fake.failNext("chat.postMessage", { error: "is_archived" });
    const sent = await bench.command("export tasks", { user: moderator, channel: C });

    const detail = en.t("slack.refused.is_archived", { channel: `<#${C}>` });
    expect(shown(sent.responses())).toContain(en.t("errors.platform_refused", { platform: "Slack", detail }));
  });

  it("GIVEN Slack is down WHEN an export is posted THEN the user is told to try again (a passing failure)", async () => {
    bench.fake.failNext("chat.postMessage", { status: 503 });
    const sent = await bench.command("export tasks", { user: moderator, channel: C });

    const detail = en.t("slack.failure.unavailable");
    expect(shown(sent.responses())).toContain(en.t("errors.platform_failed", { platform: "Slack", detail }));
  });

  it("GIVEN team A's series in channel C WHEN team B uses the same channel id THEN B does not reach A's series", async () => {
    const before = tasksOf().length;
    const sent = await bench.command("task steal the recap", {
      team: "T0OTHER001",
      teamDomain: "other",
      user: moderator,
      channel: C,
    });

    expect(shown(sent.responses())).toContain(en.t("errors.series_not_found"));
    expect(tasksOf().length).toBe(before);
    const workspaces = store.tables().workspaces.map((w) => w.externalId);
    expect(workspaces).toEqual(expect.arrayContaining([T, "T0OTHER001"]));
  });

  it("GIVEN the user's series and tasks WHEN they open the App Home THEN it lists the series and their open tasks", async () => {
    const call = await bench.homeOpened({ user: "U0NEWOWNER" });
    const view = shown(call.args.view);

    expect(view).toContain("#kpop");
    expect(view).toContain("book the guest");
    const done = findElement((call.args.view as { blocks: unknown }).blocks, "task.done");
    const before = bench.fake.calls("views.publish").length;
    await bench.clickInHome(done, { user: "U0NEWOWNER" });
    await bench.fake.waitFor("views.publish", () => bench.fake.calls("views.publish").length > before, 5000);

    expect(tasksOf().find((t) => t.title === "book the guest")?.status).toBe("done");
    const republished = shown(bench.fake.calls("views.publish").at(-1)?.args.view);
    expect(republished).not.toContain("book the guest");
  });

  it.runIf(mode === "http")(
    // Across processes the adapter's own memory of deliveries cannot help: the core's requestKey does.
    "GIVEN two bot processes on one store WHEN Slack retries a command to the other THEN the task and the vote are stored once",
    async () => {
      const other = await bench.startAnother();
      const body = slashCommandBody({
        text: `task <@${member}|mia> print the badges`,
        team_id: T,
        user_id: moderator,
        channel_id: C,
        trigger_id: "1337.42.twoprocs",
        response_url: bench.fake.responseUrl("twoprocs"),
      });
      await signedPost(bench.running.url!, { ...body, secret: SIGNING_SECRET });
      await bench.finished.waitFor((f) => f.requestKey === "1337.42.twoprocs", 5000, "first delivery");
      await signedPost(other.url!, {
        ...body,
        secret: SIGNING_SECRET,
        retryNum: 1,
        retryReason: "http_timeout",
      });
      await bench.finished.waitFor(
        (f) =>
          f.requestKey === "1337.42.twoprocs" &&
          bench.finished.all.filter((x) => x.requestKey === f.requestKey).length === 2,
        5000,
        "second delivery",
      );

      expect(tasksOf().filter((t) => t.title === "print the badges")).toHaveLength(1);

      // The same vote click, delivered to both processes: one vote row (votes are upserts).
      await bench.command("poll", { user: moderator, channel: C });
      const vote = findElement(postedPoll(bench.fake, C).blocks, "poll.vote", (e) => e.value!.endsWith(":3"));
      const click = interactionBody(
        blockActionPayload({
          team: { id: T, domain: "afterchat-test" },
          user: { id: member, username: "mia", name: "mia", team_id: T },
          trigger_id: "1337.42.twovotes",
          channel: { id: C, name: "chat" },
          container: { type: "message", message_ts: "1700000000.000777", channel_id: C, is_ephemeral: false },
          response_url: bench.fake.responseUrl("twovotes"),
          actions: [{ ...vote, block_id: "b", action_ts: "1700000001.1" }],
        }),
      );
      for (const url of [bench.running.url!, other.url!]) {
        await signedPost(url, { ...click, secret: SIGNING_SECRET });
        const n = url === bench.running.url ? 1 : 2;
        await bench.finished.waitFor(
          () => bench.finished.all.filter((x) => x.requestKey === "1337.42.twovotes").length === n,
          5000,
          "vote delivery",
        );
      }
      const [pollId, questionId] = vote.value!.split(":");
      const rows = store.tables().votes.filter((v) => v.questionId === questionId);
      expect(store.tables().polls.find((p) => p.id === pollId)?.status).toBe("open");
      expect(rows).toHaveLength(1);
    },
  );
});
