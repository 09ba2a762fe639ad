import { describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { notesRegistry } from "../../../src/app/notes/index.js";
import type { NoteRepository, Store } from "../../../src/ports.js";
import { buttons, RecordingResponder, visibleText } from "../../support/recording-responder.js";
import { testWorld } from "../world.js";

async function notesWorld() {
  const world = await testWorld({ now: new Date("2026-03-03T20:00:00Z") });
  const series = await world.seedSeries();
  await world.store.team.set(world.workspace.id, series.id, world.ref("U2"), "member");
  // The chat ran 18:00-19:00 Paris time (17:00-18:00 UTC).
  const edition = await world.store.editions.create({
    workspaceId: world.workspace.id,
    seriesId: series.id,
    number: 4,
    startsAt: new Date("2026-03-03T17:00:00Z"),
    endsAt: new Date("2026-03-03T18:00:00Z"),
  });
  return {
    world,
    series,
    edition,
    moderator: world.actor({ user: "U1" }),
    member: world.actor({ user: "U2" }),
  };
}

describe("note", () => {
  it("GIVEN a team member WHEN they file a note THEN it is stored on the debrief edition and they privately see it with Edit and Delete", async () => {
    const { world, edition, member } = await notesWorld();
    const responder = await world.run(member, "note good The guest was *great*");
    const [note] = world.store.tables().notes;
    expect(note).toMatchObject({
      editionId: edition.id,
      kind: "good",
      text: "The guest was *great*",
      authorRef: member.userRef,
    });
    const { message, ephemeral } = responder.lastReply();
    expect(ephemeral).toBe(true);
    expect(visibleText(message)).toContain(
      "Noted for edition 4 of Tue, Mar 3 (What went well): The guest was \\*great\\*",
    );
    expect(buttons(message).map((b) => [b.action, b.value, b.label])).toEqual([
      ["note.edit", note!.id, "Edit"],
      ["note.delete", note!.id, "Delete"],
    ]);
    expect(world.store.tables().audit.map((a) => a.action)).toEqual(["note.create"]);
  });

  it("GIVEN the same delivery retried WHEN it arrives twice THEN one note exists and both replies show it", async () => {
    const { world, member } = await notesWorld();
    const first = await world.run(member, "note bad too many questions", { requestKey: "Ev1" });
    const second = await world.run(member, "note bad too many questions", { requestKey: "Ev1" });
    expect(world.store.tables().notes).toHaveLength(1);
    expect(visibleText(second.lastReply().message)).toBe(visibleText(first.lastReply().message));
    expect(world.store.tables().audit.filter((a) => a.action === "note.create")).toHaveLength(1);
  });

  it("GIVEN a series with no edition yet WHEN a note is filed THEN edition 1 is created and the reply says so", async () => {
    const world = await testWorld();
    await world.seedSeries();
    const text = visibleText(
      (await world.run(world.actor(), "note insight announce questions earlier")).lastReply().message,
    );
    expect(text).toMatch(
      /#edchat had no edition yet, so I started edition 1 of \w{3}, \w{3} \d+ for these notes\./u,
    );
    expect(world.store.tables().editions).toMatchObject([{ number: 1, status: "debriefing" }]);
  });

  it("GIVEN an outsider WHEN they file a note THEN they are refused politely and nothing is stored", async () => {
    const { world } = await notesWorld();
    const text = visibleText(
      (await world.run(world.actor({ user: "U9" }), "note good nice")).lastReply().message,
    );
    expect(text).toContain("Only the team of #edchat can do this. Ask a moderator to add you");
    expect(world.store.tables().notes).toHaveLength(0);
  });

  it("GIVEN a note longer than 2,000 characters WHEN filed THEN the reply says how long and nothing is stored", async () => {
    const { world, member } = await notesWorld();
    const text = visibleText((await world.run(member, `note good ${"a".repeat(2001)}`)).lastReply().message);
    expect(text).toContain("What went well: this note has 2,001 characters; keep it under 2,000.");
    expect(world.store.tables().notes).toHaveLength(0);
  });

  it("GIVEN no text WHEN note runs THEN the four-field form opens, the typed kind first", async () => {
    const { world, series, member } = await notesWorld();
    const [form] = (await world.run(member, "note bad")).forms();
    expect(form).toMatchObject({ id: "note.new", state: series.id, title: "Debrief notes" });
    expect(form!.fields.map((f) => [f.id, f.label, f.kind, f.optional])).toEqual([
      ["bad", "What went badly", "multiline", true],
      ["good", "What went well", "multiline", true],
      ["best", "Best moment", "multiline", true],
      ["insight", "Insight", "multiline", true],
    ]);
  });

  it("GIVEN a French member WHEN they file a note THEN the reply is French", async () => {
    const { world } = await notesWorld();
    const text = visibleText(
      (await world.run(world.actor({ user: "U2", locale: "fr" }), "note idée moins de questions")).lastReply()
        .message,
    );
    expect(text).toContain("Noté pour l'édition 4 du mar. 3 mars (Idée à retenir)\u202F: moins de questions");
    expect(
      buttons(
        (await world.run(world.actor({ user: "U2", locale: "fr" }), "note top Q3")).lastReply().message,
      )[0]?.label,
    ).toBe("Modifier");
  });
});

describe("notes form", () => {
  it("GIVEN three filled fields WHEN submitted THEN three notes are filed in one go", async () => {
    const { world, series, member } = await notesWorld();
    const responder = await world.submit(member, "note.new", series.id, {
      good: "pace",
      bad: "",
      best: "Q3 thread",
      insight: "announce earlier",
    });
    expect(world.store.tables().notes.map((n) => [n.kind, n.text])).toEqual([
      ["good", "pace"],
      ["best", "Q3 thread"],
      ["insight", "announce earlier"],
    ]);
    expect(visibleText(responder.lastReply().message)).toContain(
      "Noted 3 notes for edition 4 of Tue, Mar 3.",
    );
    expect(buttons(responder.lastReply().message)).toHaveLength(6);
  });

  it("GIVEN the same submission delivered twice WHEN processed THEN the notes exist once", async () => {
    const { world, series, member } = await notesWorld();
    const values = { good: "pace", bad: "length" };
    await world.submit(member, "note.new", series.id, values, { requestKey: "V1" });
    const retry = await world.submit(member, "note.new", series.id, values, { requestKey: "V1" });
    expect(world.store.tables().notes).toHaveLength(2);
    expect(visibleText(retry.lastReply().message)).toContain("Noted 2 notes for edition 4 of Tue, Mar 3.");
    await world.submit(member, "note.new", series.id, values, { requestKey: "V2" });
    expect(world.store.tables().notes).toHaveLength(4);
  });

  it("GIVEN one field too long WHEN submitted THEN no note is filed and the field is named", async () => {
    const { world, series, member } = await notesWorld();
    const responder = await world.submit(member, "note.new", series.id, {
      good: "fine",
      best: "b".repeat(2500),
    });
    expect(world.store.tables().notes).toHaveLength(0);
    expect(visibleText(responder.lastReply().message)).toContain(
      "Best moment: this note has 2,500 characters",
    );
  });

  it("GIVEN the store fails on the second note WHEN the form is submitted THEN none is kept and the user gets a reference", async () => {
    const { world, series, member } = await notesWorld();
    const failing = (notes: NoteRepository): NoteRepository => {
      let calls = 0;
      return Object.assign(Object.create(notes), {
        add: async (input: Parameters<NoteRepository["add"]>[0]) => {
          calls += 1;
          if (calls === 2) throw new Error("disk full");
          return notes.add(input);
        },
      });
    };
    const store: Store = {
      ...world.store,
      transaction: (work) => world.store.transaction((tx) => work({ ...tx, notes: failing(tx.notes) })),
    };
    const dispatcher = createDispatcher({ ...world.services, store }, [notesRegistry]);
    const responder = new RecordingResponder();
    await dispatcher.form(
      member,
      { formId: "note.new", state: series.id, values: { good: "a", bad: "b", best: "c" } },
      responder,
    );
    expect(world.store.tables().notes).toHaveLength(0);
    expect(world.store.tables().audit).toHaveLength(0);
    expect(visibleText(responder.lastReply().message)).toMatch(
      /Something went wrong on our side \(E-[A-Z0-9]{6}\)/,
    );
  });

  it("GIVEN an empty form WHEN submitted THEN the reply asks for at least one field", async () => {
    const { world, series, member } = await notesWorld();
    const text = visibleText(
      (await world.submit(member, "note.new", series.id, { good: " " })).lastReply().message,
    );
    expect(text).toContain("Nothing to save: fill in at least one field.");
  });
});

describe("editing and deleting notes", () => {
  async function filed() {
    const setup = await notesWorld();
    await setup.world.run(setup.member, "note good first version");
    const note = setup.world.store.tables().notes[0]!;
    return { ...setup, note };
  }

  it("GIVEN their own note WHEN the author clicks Edit THEN the form opens prefilled", async () => {
    const { world, series, member, note } = await filed();
    const [form] = (await world.click(member, "note.edit", note.id)).forms();
    expect(form).toMatchObject({ id: "note.edit", state: `${series.id}|${note.id}` });
    expect(form!.fields[0]).toMatchObject({ id: "text", label: "What went well", initial: "first version" });
  });

  it("GIVEN the edit form WHEN submitted THEN the text changes and the change is audited", async () => {
    const { world, series, member, note } = await filed();
    const text = visibleText(
      (
        await world.submit(member, "note.edit", `${series.id}|${note.id}`, { text: "second version" })
      ).lastReply().message,
    );
    expect(text).toContain("Note updated (What went well): second version");
    expect(world.store.tables().notes[0]?.text).toBe("second version");
    expect(world.store.tables().audit.map((a) => a.action)).toEqual(["note.create", "note.edit"]);
  });

  it("GIVEN someone else's note WHEN a moderator clicks Edit or Delete THEN they are told only the author can", async () => {
    const { world, moderator, note } = await filed();
    for (const action of ["note.edit", "note.delete"] as const) {
      const responder = await world.click(moderator, action, note.id);
      expect(visibleText(responder.lastReply().message)).toContain(
        "Only the author of a note can change or delete it.",
      );
      expect(responder.forms()).toHaveLength(0);
    }
    const edit = await world.submit(
      moderator,
      "note.edit",
      `${world.store.tables().series[0]!.id}|${note.id}`,
      { text: "hijack" },
    );
    expect(visibleText(edit.lastReply().message)).toContain("Only the author");
    expect(world.store.tables().notes).toHaveLength(1);
    expect(world.store.tables().notes[0]?.text).toBe("first version");
  });

  it("GIVEN their own note WHEN the author clicks Delete THEN it is gone, the message says so, and it is audited", async () => {
    const { world, member, note } = await filed();
    const responder = await world.click(member, "note.delete", note.id);
    expect(visibleText(responder.updates()[0]!)).toContain("Note deleted.");
    expect(world.store.tables().notes).toHaveLength(0);
    expect(world.store.tables().audit.map((a) => a.action)).toEqual(["note.create", "note.delete"]);
    const twice = await world.click(member, "note.delete", note.id);
    expect(visibleText(twice.lastReply().message)).toContain("That note no longer exists.");
  });
});

describe("notes listing", () => {
  it("GIVEN notes of several kinds WHEN a member lists them THEN the channel sees them grouped, counted, with authors", async () => {
    const { world, moderator, member } = await notesWorld();
    await world.run(member, "note good pace");
    await world.run(moderator, "note good guest");
    await world.run(member, "note insight announce earlier");
    const responder = await world.run(member, "notes");
    const { message, ephemeral } = responder.lastReply();
    expect(ephemeral).toBe(false);
    expect(message.blocks[0]).toEqual({ type: "header", text: "Notes on #edchat, edition 4 of Tue, Mar 3" });
    const text = visibleText(message);
    expect(text).toContain("3 notes · What went well (2) · Insight (1)");
    // Authors by name (the platform's id when it does not say): a listing pings no one.
    expect(text).toContain(
      "**What went well (2)**\n- \u2068pace\u2069 (\u2068U2\u2069)\n- \u2068guest\u2069 (\u2068U1\u2069)",
    );
    expect(text).toContain("**Insight (1)**\n- \u2068announce earlier\u2069 (\u2068U2\u2069)");
    expect(text).not.toContain("<@");
    expect(text).not.toContain("What went badly");
  });

  it("GIVEN a French series WHEN notes are listed THEN the channel reads French", async () => {
    const { world, series, member } = await notesWorld();
    await world.store.series.update(world.workspace.id, series.id, { locale: "fr" });
    await world.run(member, "note bad long");
    const text = visibleText((await world.run(member, "notes")).lastReply().message);
    expect(text).toContain("Notes sur #edchat, édition 4");
    expect(text).toContain("**Ce qui a moins bien marché (1)**");
  });

  it("GIVEN an edition number with no notes WHEN listed THEN the member is told privately", async () => {
    const { world, member } = await notesWorld();
    const responder = await world.run(member, "notes 4");
    expect(responder.lastReply()).toMatchObject({ ephemeral: true });
    expect(visibleText(responder.lastReply().message)).toContain("No notes yet for edition 4 of Tue, Mar 3.");
  });

  it("GIVEN an outsider WHEN they list notes THEN they are refused", async () => {
    const { world } = await notesWorld();
    expect(
      visibleText((await world.run(world.actor({ user: "U9" }), "notes")).lastReply().message),
    ).toContain("Only the team");
  });
});
