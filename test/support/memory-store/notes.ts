import type { NewNote, Note, NoteKind } from "../../../src/domain/note.js";
import type { NoteRepository } from "../../../src/ports.js";
import { storeErrors } from "../../../src/store/errors.js";
import { applyPatch, copy, type MemoryDb, newId, requireRow } from "./tables.js";

export function stripKey<T extends { requestKey: string | null }>(row: T): Omit<T, "requestKey"> {
  const { requestKey: _, ...rest } = copy(row);
  return rest;
}

/** A request key already used: the row it made (same workspace), or a refusal (another one). */
export function byRequestKey<T extends { requestKey: string | null; workspaceId: string }>(
  rows: T[],
  input: { requestKey?: string | null; workspaceId: string },
): T | undefined {
  if (!input.requestKey) return undefined;
  const row = rows.find((r) => r.requestKey === input.requestKey);
  if (row && row.workspaceId !== input.workspaceId) throw storeErrors.requestKeyTaken();
  return row;
}

export class MemoryNotes implements NoteRepository {
  constructor(private readonly db: MemoryDb) {}

  async add(input: NewNote): Promise<{ note: Note; created: boolean }> {
    const existing = byRequestKey(this.db.t.notes, input);
    if (existing) return { note: stripKey(existing), created: false };
    requireRow.edition(this.db, input.workspaceId, input.editionId);
    const now = this.db.clock.now();
    const row = {
      id: newId(),
      workspaceId: input.workspaceId,
      editionId: input.editionId,
      authorRef: input.authorRef,
      kind: input.kind,
      text: input.text,
      requestKey: input.requestKey ?? null,
      createdAt: now,
      updatedAt: now,
    };
    this.db.t.notes.push(row);
    return { note: stripKey(row), created: true };
  }

  async get(workspaceId: string, id: string): Promise<Note | null> {
    const row = this.db.t.notes.find((n) => n.workspaceId === workspaceId && n.id === id);
    return row ? stripKey(row) : null;
  }

  async update(workspaceId: string, id: string, patch: Partial<Pick<Note, "kind" | "text">>): Promise<Note> {
    const row = this.db.t.notes.find((n) => n.workspaceId === workspaceId && n.id === id);
    if (!row) throw storeErrors.note(id);
    applyPatch(row, { kind: patch.kind, text: patch.text, updatedAt: this.db.clock.now() });
    return stripKey(row);
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    const before = this.db.t.notes.length;
    this.db.t.notes = this.db.t.notes.filter((n) => !(n.workspaceId === workspaceId && n.id === id));
    return this.db.t.notes.length < before;
  }

  async listByEdition(workspaceId: string, editionId: string, kind?: NoteKind): Promise<Note[]> {
    return this.db.t.notes
      .filter((n) => n.workspaceId === workspaceId && n.editionId === editionId && (!kind || n.kind === kind))
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map(stripKey);
  }
}
