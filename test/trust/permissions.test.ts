/**
 * Issue 10, point 3: the permission table (src/app/permission-table.ts), row by row, for every
 * kind of person, through the real dispatcher. Each (row, person) pair gets a fresh world, so one
 * person's change (a closed poll, a dropped task) never decides another's answer. A person is
 * refused when the answer is one of the refusal sentences; anything else (the work done, or a
 * use case's own "nothing to list") means the gate let them through.
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Access } from "../../src/app/handler.js";
import { PERMISSION_ROWS, type PermissionRowId } from "../../src/app/permission-table.js";
import type { ActionEvent } from "../../src/edge.js";
import { translator } from "../../src/i18n/index.js";
import { permissionLines, permissionTable } from "../../src/render/help.js";
import { type TestWorld, testWorld } from "../app/world.js";
import { makeActor, type TestCaller, testWorkspace } from "../support/actors.js";
import { RecordingResponder, visibleText } from "../support/recording-responder.js";
import { ALL_REGISTRIES } from "../support/registries.js";

const en = translator("en");

const PEOPLE = ["outsider", "member", "owner", "moderator", "admin", "linkedAdmin"] as const;
type Person = (typeof PEOPLE)[number];

/** Who each access level lets through, for the people of this world (see `scene`). */
const ALLOWED: Record<Access, readonly Person[]> = {
  anyone: PEOPLE,
  admin: ["admin", "linkedAdmin"],
  creator: ["moderator", "admin", "linkedAdmin"],
  reader: ["member", "owner", "moderator", "admin"],
  member: ["member", "owner", "moderator", "admin"],
  moderator: ["moderator", "admin"],
  taskOwner: ["member", "owner", "moderator", "admin"],
  taskCreator: ["member", "moderator", "admin"],
  noteAuthor: ["member"],
};

/** Someone acting from Discord (the linked admin) reads the commands in Discord's words. */
const enDiscord = translator("en", "discord");

const REFUSALS = [
  en.t("errors.not_team_member", { hashtag: "edchat" }),
  enDiscord.t("errors.not_team_member", { hashtag: "edchat" }),
  enDiscord.t("errors.not_moderator", { hashtag: "edchat" }),
  en.t("errors.not_moderator", { hashtag: "edchat" }),
  en.t("errors.not_admin"),
  en.t("errors.not_creator"),
  en.t("errors.not_task_owner"),
  en.t("errors.not_task_creator"),
  en.t("errors.note_not_yours"),
  en.t("errors.task_owner_outside", { hashtag: "edchat" }),
  en.t("setup.link.adminOnly"),
  en.t("setup.language.adminOnly"),
  // A linked workspace cannot even find another workspace's task or note by its id.
  en.t("errors.task_not_found"),
  en.t("errors.note_not_found"),
];

/**
 * A Slack chat #edchat in C1 (moderator MOD; members MEM and OWN), with an edition, an open poll,
 * a task MEM made for OWN and a note by MEM; a workspace admin ADM; an outsider OUT; and a Discord
 * server G7 linked as its after-party in P1, whose admin LAD acts there.
 */
async function scene() {
  const w = await testWorld({ registries: ALL_REGISTRIES, now: new Date("2026-03-03T20:00:00Z") });
  const series = await w.seedSeries({ cron: null });
  const team = w.workspace.id;
  await w.store.team.set(team, series.id, w.ref("MOD"), "moderator");
  await w.store.team.set(team, series.id, w.ref("MEM"), "member");
  await w.store.team.set(team, series.id, w.ref("OWN"), "member");
  const edition = await w.store.editions.create({
    workspaceId: team,
    seriesId: series.id,
    number: 1,
    startsAt: new Date("2026-03-03T18:00:00Z"),
    endsAt: new Date("2026-03-03T19:00:00Z"),
    status: "debriefing",
  });
  const { task } = await w.store.tasks.create({
    workspaceId: team,
    seriesId: series.id,
    editionId: edition.id,
    title: "the recap",
    ownerRef: w.ref("OWN"),
    dueAt: null,
    createdBy: w.ref("MEM"),
    origin: "manual",
  });
  const { note } = await w.store.notes.add({
    workspaceId: team,
    editionId: edition.id,
    authorRef: w.ref("MEM"),
    kind: "good",
    text: "pace",
  });
  await w.run(w.actor({ user: "MOD" }), "poll");
  const poll = w.store.tables().polls[0]!;
  const question = w.store.tables().questions.find((q) => q.pollId === poll.id)!;
  const discord = await testWorkspace(w.store, { platform: "discord", externalId: "G7" });
  const code = /`((?:DISCORD|SLACK)-[A-HJ-NP-Z2-9]{8})`/u.exec(
    visibleText((await w.run(w.actor({ user: "MOD" }), "link")).lastReply().message),
  )?.[1];
  await w.dispatcher.commandText(
    makeActor(discord, { user: "LAD", channel: "P1", isAdmin: true }),
    `link ${code}`,
    new RecordingResponder(),
  );
  const linked = await w.store.series.getAcrossWorkspaces(series.id);
  if (linked?.afterPartyChannel !== "discord:G7:P1") throw new Error("the link did not take");

  /** The person, in the chat's channel (`here`) or elsewhere in their workspace. */
  function person(who: Person, where: "here" | "elsewhere"): TestCaller {
    if (who === "linkedAdmin")
      return makeActor(discord, { user: "LAD", channel: where === "here" ? "P1" : "P9", isAdmin: true });
    const user = { outsider: "OUT", member: "MEM", owner: "OWN", moderator: "MOD", admin: "ADM" }[who];
    return w.actor({ user, channel: where === "here" ? "C1" : "C9", isAdmin: who === "admin" });
  }
  return { w, series, task, note, poll, question, person };
}

type Scene = Awaited<ReturnType<typeof scene>>;

/** How each row is invoked: a command line or a click, in the chat's channel or elsewhere. */
const INVOCATIONS: Record<
  PermissionRowId,
  (s: Scene, who: Person) => { where: "here" | "elsewhere"; text?: string; click?: ActionEvent }
> = {
  help: () => ({ where: "here", text: "help" }),
  setupNew: () => ({ where: "elsewhere", text: "setup #newchat New chat" }),
  setupEdit: () => ({ where: "here", text: "setup" }),
  creators: (_s, who) => ({
    where: "elsewhere",
    text: `creators add <@&${who === "linkedAdmin" ? "910000000000000020" : "S0HOSTS01"}>`,
  }),
  teamList: () => ({ where: "here", text: "team list" }),
  teamChange: () => ({ where: "here", text: "team add <@slack:T1:U77>" }),
  linkMake: () => ({ where: "here", text: "link" }),
  linkRedeem: (_s, who) => ({
    where: "elsewhere",
    text: `link ${who === "linkedAdmin" ? "DISCORD" : "SLACK"}-AAAAAAAA`,
  }),
  languageChat: () => ({ where: "here", text: "language fr" }),
  languageWorkspace: () => ({ where: "elsewhere", text: "language fr" }),
  stats: () => ({ where: "here", text: "stats" }),
  import: () => ({ where: "here", text: "import" }),
  note: () => ({ where: "here", text: "note good the pace" }),
  noteChange: (s) => ({ where: "here", click: { action: "note.delete", value: s.note.id } }),
  notes: () => ({ where: "here", text: "notes" }),
  poll: () => ({ where: "here", text: "poll closes 2h" }),
  pollVote: (s) => ({
    where: "here",
    click: { action: "poll.vote", value: `${s.poll.id}:${s.question.id}:4` },
  }),
  pollClose: (s) => ({ where: "here", click: { action: "poll.close", value: s.poll.id } }),
  export: () => ({ where: "here", text: "export notes" }),
  exportTasks: () => ({ where: "here", text: "export tasks" }),
  roster: () => ({ where: "here", text: "roster" }),
  task: () => ({ where: "here", text: "task <@slack:T1:OWN> bring the slides" }),
  taskOutside: () => ({ where: "here", text: "task <@slack:T1:U77> bring the slides" }),
  tasksMine: () => ({ where: "here", text: "tasks mine" }),
  tasksAll: () => ({ where: "here", text: "tasks all" }),
  taskChange: (s) => ({ where: "here", click: { action: "task.done", value: `${s.task.id}:c` } }),
  taskDrop: (s) => ({ where: "here", click: { action: "task.drop", value: `${s.task.id}:c` } }),
  followUp: () => ({ where: "here", click: { action: "unanswered.assign", value: "x:1790000000000000001" } }),
  playbook: () => ({ where: "here", text: "playbook" }),
  edition: () => ({ where: "here", text: "edition new at 2026-03-10 18:00" }),
  content: () => ({ where: "here", text: "content transcript" }),
  contentConsent: () => ({ where: "here", text: "content optout @someone" }),
  compare: () => ({ where: "here", text: "compare #otherchat" }),
  compareCopy: (s) => ({
    where: "here",
    click: { action: "compare.copy", value: `${s.series.id}:nowatchededition:1` },
  }),
  watchList: () => ({ where: "here", text: "watch list" }),
  watchAdd: () => ({ where: "here", text: "watch add #otherchat tuesdays 18:00 Europe/Paris bluesky" }),
  watchRemove: () => ({ where: "here", text: "watch remove #otherchat" }),
};

async function attempt(row: PermissionRowId, who: Person): Promise<{ refused: boolean; shown: string }> {
  const s = await scene();
  const how = INVOCATIONS[row](s, who);
  const caller = s.person(who, how.where);
  const responder = new RecordingResponder();
  if (how.click) await s.w.dispatcher.action(caller, how.click, responder);
  else await s.w.dispatcher.commandText(caller, how.text ?? "", responder);
  const shown = responder
    .replies()
    .map((r) => visibleText(r.message))
    .join("\n");
  return { refused: REFUSALS.some((refusal) => shown.includes(refusal)), shown };
}

describe("the permission table, enforced by the dispatcher", () => {
  for (const row of PERMISSION_ROWS)
    it(`GIVEN the row ${row.id} (${row.access}) WHEN each kind of person tries it THEN exactly those it names get through`, async () => {
      for (const who of PEOPLE) {
        const { refused, shown } = await attempt(row.id, who);
        const expected = ALLOWED[row.access].includes(who);
        expect(!refused, `${row.id} by ${who}: ${shown}`).toBe(expected);
      }
    });
});

describe("a workspace linked for the debrief", () => {
  it("GIVEN a Discord chat linked to a Slack workspace for its debrief WHEN someone there asks for the stats THEN they read it, and the team's other commands are refused", async () => {
    const w = await testWorld({ registries: ALL_REGISTRIES });
    const guild = await testWorkspace(w.store, { platform: "discord", externalId: "G1" });
    const series = await w.store.series.create({
      workspaceId: guild.id,
      hashtag: "edchat",
      title: "Education chat",
      hosts: [],
      networks: ["x"],
      mastodonInstance: null,
      cron: null,
      timeZone: "UTC",
      durationMinutes: 60,
      debriefChannel: "discord:G1:CHAT",
      afterPartyChannel: null,
      teamRoleIds: [],
      moderatorRoleIds: [],
      locale: null,
    });
    await w.store.editions.create({
      workspaceId: guild.id,
      seriesId: series.id,
      number: 1,
      startsAt: new Date("2026-03-03T18:00:00Z"),
      endsAt: new Date("2026-03-03T19:00:00Z"),
      status: "debriefing",
    });
    const moderator = makeActor(guild, { user: "MOD", channel: "CHAT" });
    await w.store.team.set(guild.id, series.id, moderator.userRef, "moderator");
    const code = /`((?:DISCORD|SLACK)-[A-HJ-NP-Z2-9]{8})`/u.exec(
      visibleText((await w.run(moderator, "link")).lastReply().message),
    )?.[1];
    await w.run(w.actor({ user: "ADM", channel: "D1", isAdmin: true }), `link ${code}`);
    const reader = w.actor({ user: "RDR", channel: "D1" });

    const stats = visibleText((await w.run(reader, "stats")).lastReply().message);
    const notes = visibleText((await w.run(reader, "notes")).lastReply().message);

    expect(
      REFUSALS.some((r) => stats.includes(r)),
      stats,
    ).toBe(false);
    expect(notes).toContain(en.t("errors.not_team_member", { hashtag: "edchat" }));
  });
});

describe("the table in the docs", () => {
  it.each(["README.md", "docs/permissions.md"])(
    "GIVEN %s THEN it shows the table the dispatcher enforces",
    (file) => {
      const text = readFileSync(new URL(`../../${file}`, import.meta.url), "utf8");
      expect(text).toContain(permissionTable(en.t, PERMISSION_ROWS));
    },
  );

  it.each(["en", "fr"] as const)("GIVEN help in %s THEN every row is shown with who may", async (locale) => {
    const w: TestWorld = await testWorld({ registries: ALL_REGISTRIES });
    const shown = visibleText((await w.run(w.actor({ locale }), "help")).lastReply().message);
    const { t } = translator(locale);
    const lines = permissionLines(t, "slack", PERMISSION_ROWS);
    expect(lines).toHaveLength(PERMISSION_ROWS.length);
    for (const line of lines) expect(shown).toContain(line);
  });
});
