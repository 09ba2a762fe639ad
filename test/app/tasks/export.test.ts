import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { EXPORT_KINDS } from "../../../src/app/commands/command.js";
import { exportCsv } from "../../../src/app/tasks/export/index.js";
import { postsSheet } from "../../../src/app/tasks/export/sheets.js";
import { translator } from "../../../src/i18n/index.js";
import { CsvBuilder } from "../../../src/render/csv.js";
import type { Message } from "../../../src/render/message.js";
import { invoke } from "../../support/invoke.js";
import { post, posts } from "./support/posts.js";
import { type World, world } from "./support/world.js";

const SECRET = "secret-anonymous-comment";

async function filled(locale: "en" | "fr" = "en"): Promise<World> {
  const w = await world({ locale });
  const ws = w.workspace.id;
  await w.store.notes.add({
    workspaceId: ws,
    editionId: w.edition.id,
    authorRef: w.ref("MEM"),
    kind: "good",
    text: 'Great pace, "really"',
  });
  await w.store.notes.add({
    workspaceId: ws,
    editionId: w.edition.id,
    authorRef: w.ref("MOD"),
    kind: "bad",
    text: '=HYPERLINK("http://evil")',
  });
  await w.store.tasks.create({
    workspaceId: ws,
    seriesId: w.series.id,
    editionId: w.edition.id,
    title: "Écrire le récap",
    ownerRef: w.ref("ANA"),
    dueAt: new Date("2026-03-06T16:00:00Z"),
    createdBy: w.ref("MEM"),
  });
  await w.store.posts.upsertBatch(ws, w.edition.id, [
    post("ana", { text: "A1 l'été, c'est #chat", likes: 4 }),
    post("ben", { text: "@host -1 for that" }),
  ]);
  await w.store.participants.recordEdition(ws, w.edition.id, [
    {
      network: "x",
      handle: "ana",
      name: "Ana",
      followers: 10,
      posts: 1,
      engagement: 4,
      firstPostAt: new Date("2026-03-03T19:01:00Z"),
    },
  ]);
  const { poll } = await w.store.polls.create({
    workspaceId: ws,
    editionId: w.edition.id,
    anonymous: true,
    resultsVisible: false,
    closesAt: null,
    createdBy: w.ref("MOD"),
    channelRef: null,
    questions: [{ key: "overall", label: null }],
  });
  const question = poll.questions[0]!;
  await w.store.polls.castAnonymous(ws, poll.id, [w.ref("U2")], { questionId: question.id, value: 2 });
  await w.store.polls.castAnonymous(ws, poll.id, [w.ref("U2")], { comment: SECRET });
  return w;
}

async function exported(w: World, what: (typeof EXPORT_KINDS)[number]) {
  const responder = w.responder();
  await invoke(exportCsv, w.services, w.actor({ user: "MOD" }), { name: "export", what }, responder);
  const reply = responder.lastReply();
  const file = reply.message.files?.[0];
  if (!file) throw new Error("no file");
  const text = new TextDecoder().decode(file.bytes);
  // French files split cells on ";" (French Excel), English ones on ",".
  const delimiter = (text.split("\r\n")[0] ?? "").includes(";") ? ";" : ",";
  return { reply, file, text, delimiter, rows: parse(text, { bom: true, delimiter }) as string[][] };
}

describe("exports", () => {
  it("GIVEN notes THEN a CSV with edition, kind, author (by name), text and date, formulas neutralised", async () => {
    const w = await filled();
    w.platforms.names.set(w.ref("MEM"), "Mia");
    const { reply, file, rows, delimiter } = await exported(w, "notes");
    expect(delimiter).toBe(",");
    expect(reply.ephemeral).toBe(false);
    expect(reply.message.text).toBe("Export of notes for #chat: 2 rows.");
    expect(file.mime).toBe("text/csv; charset=utf-8");
    expect(file.name).toMatch(/^chat-notes-\d{8}-\d{4}\.csv$/);
    expect(rows[0]).toEqual([
      "Edition",
      "Kind",
      "Author",
      "Author id (Slack)",
      "Text",
      "Created (Europe/Paris)",
    ]);
    expect(rows[1]).toEqual([
      "1",
      "What went well",
      "Mia",
      "MEM",
      'Great pace, "really"',
      "2026-03-03 22:00",
    ]);
    expect(rows[2]?.[4]).toBe('\'=HYPERLINK("http://evil")');
    // The internal reference (slack:T…:U…) is in no cell.
    expect(rows.flat().some((cell) => cell.startsWith("slack:"))).toBe(false);
  });

  it("GIVEN tasks THEN title, owner (by name), due, status, origin and done date", async () => {
    const w = await filled();
    w.platforms.names.set(w.ref("ANA"), "Ana");
    const { rows, file } = await exported(w, "tasks");
    expect(rows[0]).toEqual([
      "Edition",
      "Title",
      "Owner",
      "Owner id (Slack)",
      "Due (Europe/Paris)",
      "Status",
      "Origin",
      "Done at (Europe/Paris)",
    ]);
    expect(rows[1]).toEqual(["1", "Écrire le récap", "Ana", "ANA", "2026-03-06 17:00", "open", "manual", ""]);
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("GIVEN the roster THEN handles, editions, posts, engagement and last seen", async () => {
    const w = await filled();
    const { rows } = await exported(w, "roster");
    expect(rows[1]).toEqual(["x:@ana", "https://x.com/ana", "Ana", "1", "1", "4", "2026-03-03 20:01"]);
  });

  it("GIVEN posts THEN the current edition's posts, handles bare beside their profile, a leading - or @ in text neutralised", async () => {
    const w = await filled();
    const { rows, reply, file } = await exported(w, "posts");
    expect(reply.message.text).toBe("Export of posts of edition 1 for #chat: 2 rows.");
    expect(file.name).toMatch(/^chat-edition-1-posts-/);
    expect(rows.slice(1).map((r) => r[7])).toEqual(["A1 l'été, c'est #chat", "'@host -1 for that"]);
    expect(rows.slice(1).map((r) => r.slice(2, 4))).toEqual([
      ["ana", "https://x.com/ana"],
      ["ben", "https://x.com/ben"],
    ]);
  });

  it("GIVEN more posts than the cap THEN the file stops at the cap and says so", async () => {
    const w = await world();
    await w.store.posts.upsertBatch(w.workspace.id, w.edition.id, posts("ana", 5));
    const sheet = await postsSheet(
      {
        store: w.store,
        series: w.series,
        t: translator("en"),
        max: 3,
        open: (h) => new CsvBuilder(h),
        platforms: null,
      },
      w.edition,
    );
    expect(sheet.rows).toBe(3);
    expect(sheet.truncated).toBe(true);
  });

  it("GIVEN an anonymous poll with a comment THEN no export contains any poll answer", async () => {
    const w = await filled();
    expect(EXPORT_KINDS).not.toContain("polls");
    for (const what of EXPORT_KINDS) {
      const { text } = await exported(w, what);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain("hashed-voter");
    }
  });

  it("GIVEN a French series THEN headers and the reply are French", async () => {
    const w = await filled("fr");
    const { rows, reply, delimiter } = await exported(w, "tasks");
    expect(delimiter).toBe(";");
    expect(rows[0]?.slice(0, 4)).toEqual([
      "Édition",
      "Titre",
      "Responsable",
      "Identifiant du responsable (Slack)",
    ]);
    expect(rows[1]?.[5]).toBe("ouverte");
    expect((reply.message as Message).text).toBe("Export des tâches de #chat\u202F: 1 ligne.");
  });

  it.each(["X9", "MEM"])(
    "GIVEN %s, an outsider or a plain member THEN refused: exports other than tasks are for moderators",
    async (user) => {
      const w = await filled();
      await expect(
        invoke(exportCsv, w.services, w.actor({ user }), { name: "export", what: "roster" }, w.responder()),
      ).rejects.toMatchObject({ code: "not_moderator" });
    },
  );
});
