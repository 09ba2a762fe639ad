/**
 * An anonymous poll as Slack shows it: real Bolt 5 (HTTP) against the Slack fake, the real
 * dispatcher, on every store (memory, SQLite, PostgreSQL). The channel's poll message never moves
 * while people answer, a second answer is refused privately, reminders reach only those who have
 * not answered, results show from three answers, and the logs a process writes at info level
 * never tie a person to an answer (docs/anonymity.md).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { remindNonVoters } from "../../../src/app/polls/index.js";
import { translator } from "../../../src/i18n/index.js";
import { type OpenStore, storeTargets } from "../../support/db.js";
import { type Bench, startBench } from "./bench.js";
import { findElement, shown } from "./blocks.js";
import { postedPoll } from "./posted-poll.js";
import { REGISTRIES } from "./registries.js";

const en = translator("en");
const T = "T0FAKE0001";
const C = "C0ANONPO01";
const HOST = "U0HOST0001";
const [ANA, BEN, CLO] = ["U0ANA00001", "U0BEN00001", "U0CLO00001"] as const;
const COMMENT = "the guest talked too long";

describe.each(storeTargets())("an anonymous poll in Slack on $name", (target) => {
  let db: OpenStore;
  let bench: Bench;

  beforeAll(async () => {
    db = await target.open();
    bench = await startBench({
      mode: "http",
      store: db.store,
      dispatcher: (services) => createDispatcher(services, REGISTRIES),
    });
    // Creating a series takes a workspace admin (issue 10, point 2).
    bench.fake.users.set(HOST, { is_admin: true });
    await bench.command("setup #anonchat Anonymous chat", { user: HOST, channel: C });
    await bench.command(`team add ${[ANA, BEN, CLO].map((u) => `<@${u}|x>`).join(" ")}`, {
      user: HOST,
      channel: C,
    });
  });
  afterAll(async () => {
    await bench?.stop();
    await db?.close();
  });

  const pollMessage = () => postedPoll(bench.fake, C);
  /** The button for `value` on the first question (pacing). */
  const vote = (value: number) => {
    const [pollId, question] = findElement(pollMessage().blocks, "poll.vote").value!.split(":");
    return findElement(
      pollMessage().blocks,
      "poll.vote",
      (e) => e.value === `${pollId}:${question}:${value}`,
    );
  };
  const onPoll = () => ({ ts: pollMessage().ts, channel: C });
  const pollUpdates = () => bench.fake.calls("chat.update").filter((c) => c.args.ts === pollMessage().ts);

  it("WHEN the host opens it THEN the channel reads that answers are final and from how many answers results show, and no count", async () => {
    await bench.command("poll anonymous", { user: HOST, channel: C });
    const text = shown(pollMessage().blocks);
    expect(text).toContain(en.t("poll.anonymousFinal"));
    expect(text).toContain(en.t("poll.threshold", { count: 3 }));
    expect(text).not.toContain(en.t("poll.voters", { count: 0 }));
  });

  it("WHEN a member answers, then clicks another value THEN the first counts, the second is refused, privately, and the poll message does not move", async () => {
    const first = await bench.click(vote(4), { user: ANA, channel: C }, onPoll());
    const second = await bench.click(vote(2), { user: ANA, channel: C }, onPoll());
    const question = en.t("poll.questions.pacing");
    expect(shown(first.responses())).toContain(en.t("poll.anonymousVoted", { question }));
    expect(shown(second.responses())).toContain(en.t("poll.alreadyAnswered", { question }));
    for (const body of [...first.responses(), ...second.responses()]) {
      expect(body).toMatchObject({ response_type: "ephemeral" });
      // Not even the voter's own confirmation carries the value.
      expect(shown(body)).not.toMatch(/[1-5]\/5/u);
    }
    expect(pollUpdates()).toEqual([]);
  });

  it("WHEN a member comments through the form THEN it is saved, and the Comment button then says it is final", async () => {
    await bench.click(findElement(pollMessage().blocks, "poll.comment"), { user: ANA, channel: C }, onPoll());
    const view = bench.fake.calls("views.open").at(-1)?.args.view as { blocks: Array<{ block_id: string }> };
    await bench.submit(view, { [view.blocks[0]!.block_id]: COMMENT }, { user: ANA });
    const again = await bench.click(
      findElement(pollMessage().blocks, "poll.comment"),
      { user: ANA, channel: C },
      onPoll(),
    );
    expect(shown(again.responses())).toContain(en.t("poll.comment.already"));
  });

  it("WHEN reminders run THEN only the members who have not answered get a DM", async () => {
    await bench.click(vote(5), { user: BEN, channel: C }, onPoll());
    const workspace = await db.store.workspaces.findByExternal("slack", T);
    const poll = (await db.store.polls.listOpen(workspace!.id))[0]!;
    expect(await remindNonVoters(bench.services, workspace!.id, poll.id)).toBe(2);
    const dmed = bench.fake.calls("conversations.open").map((c) => c.args.users);
    expect(dmed.sort()).toEqual([CLO, HOST].sort());
  });

  it("WHEN three have answered and the host closes THEN the pacing figures show, the lone comment does not", async () => {
    await bench.click(vote(3), { user: CLO, channel: C }, onPoll());
    expect(pollUpdates()).toEqual([]);
    await bench.click(findElement(pollMessage().blocks, "poll.close"), { user: HOST, channel: C }, onPoll());
    const results = shown(bench.fake.messages().filter((m) => m.channel === C));
    expect(results).toContain(en.t("poll.results.anonymousVoters", { count: 3 }));
    expect(results).toContain(en.t("poll.results.summary", { count: 3, average: "4.0" }));
    expect(results).toContain(en.t("poll.results.commentsWithheld", { count: 3 }));
    expect(results).not.toContain(COMMENT);
  });

  it("THEN no log line at info level or above names a voter together with a vote button or the comment", async () => {
    const serious = bench.logs.all.filter((line) => !["debug", "trace"].includes(String(line.level)));
    expect(serious.length).toBeGreaterThan(0);
    for (const line of serious) {
      const text = JSON.stringify(line);
      expect(text).not.toContain(COMMENT);
      if ([ANA, BEN, CLO].some((u) => text.includes(u))) expect(text).not.toMatch(/poll\.vote|:[1-5]"/u);
    }
  });

  it("WHEN the host opens one with `poll anonymous min 5` in another chat THEN it says results show from 5 answers", async () => {
    const other = "C0ANONMIN1";
    await bench.command("setup #minchat Min chat", { user: HOST, channel: other });
    await bench.command("poll anonymous min 5", { user: HOST, channel: other });
    expect(shown(postedPoll(bench.fake, other).blocks)).toContain(en.t("poll.threshold", { count: 5 }));
  });
});
