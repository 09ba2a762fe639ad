import { describe, expect, it } from "vitest";
import type { Note } from "../../src/domain/note.js";
import {
  checkNoteText,
  filledNoteFields,
  groupNotes,
  NOTE_MAX_LENGTH,
  noteKindOf,
} from "../../src/domain/notes.js";

describe("note kinds", () => {
  it.each([
    ["good", "good"],
    ["Well", "good"],
    ["went-well", "good"],
    ["bien", "good"],
    ["bad", "bad"],
    ["mal", "bad"],
    ["à-améliorer", "bad"],
    ["improve", "bad"],
    ["best", "best"],
    ["TOP", "best"],
    ["insight", "insight"],
    ["idée", "insight"],
    ["idee", "insight"],
    ["leçon", "insight"],
    ["good:", "good"],
  ])("GIVEN the word %j THEN the kind is %s", (word, kind) => {
    expect(noteKindOf(word)).toBe(kind);
  });

  it.each(["great", "", "constructor", "__proto__", "toString"])("GIVEN %j THEN it names no kind", (word) => {
    expect(noteKindOf(word)).toBeNull();
  });
});

describe("note text", () => {
  it("GIVEN surrounding spaces THEN the text is trimmed", () => {
    expect(checkNoteText("  the pace  ")).toEqual({ ok: true, value: "the pace" });
  });
  it("GIVEN only spaces or nothing THEN it is empty", () => {
    expect(checkNoteText("   ")).toEqual({ ok: false, error: { problem: "empty" } });
    expect(checkNoteText(null)).toEqual({ ok: false, error: { problem: "empty" } });
  });
  it("GIVEN exactly the limit THEN it is kept; one more THEN it is too long", () => {
    expect(checkNoteText("a".repeat(NOTE_MAX_LENGTH)).ok).toBe(true);
    expect(checkNoteText("a".repeat(NOTE_MAX_LENGTH + 1))).toEqual({
      ok: false,
      error: { problem: "too_long", length: NOTE_MAX_LENGTH + 1, max: NOTE_MAX_LENGTH },
    });
  });
  it("GIVEN emoji THEN length counts characters, not UTF-16 units", () => {
    expect(checkNoteText("🎉".repeat(NOTE_MAX_LENGTH)).ok).toBe(true);
  });
});

describe("grouping and form fields", () => {
  const note = (id: string, kind: Note["kind"], minute: number): Note => ({
    id,
    workspaceId: "w",
    editionId: "e",
    authorRef: "slack:T1:U1",
    kind,
    text: id,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)),
    updatedAt: new Date(Date.UTC(2026, 0, 1, 0, minute)),
  });

  it("GIVEN mixed notes THEN they come back in kind order, oldest first, with empty kinds kept", () => {
    const groups = groupNotes([note("c", "insight", 3), note("b", "good", 2), note("a", "good", 1)]);
    expect(groups.map((g) => [g.kind, g.notes.map((n) => n.id)])).toEqual([
      ["good", ["a", "b"]],
      ["bad", []],
      ["best", []],
      ["insight", ["c"]],
    ]);
  });

  it("GIVEN a form with blank and filled fields THEN only the filled ones come back, trimmed, in kind order", () => {
    expect(filledNoteFields({ insight: " later ", good: "pace", bad: "  ", other: "x" })).toEqual([
      { kind: "good", text: "pace" },
      { kind: "insight", text: "later" },
    ]);
  });
});
