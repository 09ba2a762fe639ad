import { type NewNote, NOTE_KINDS, type Note, type NoteKind } from "../domain/note.js";
import type { NoteRepository } from "../ports.js";
import type { DbOrTx } from "./database.js";
import { storeErrors } from "./errors.js";
import type { NoteModel } from "./generated/sqlite/models.js";
import { isUniqueViolation, oneOf } from "./prisma-support.js";

export function toNote(row: NoteModel): Note {
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    editionId: row.editionId,
    authorRef: row.authorRef,
    kind: oneOf(NOTE_KINDS, row.kind, ["Note", "kind"]),
    text: row.text,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export class PrismaNoteRepository implements NoteRepository {
  constructor(private readonly db: DbOrTx) {}

  /** The note a request key already made in this workspace; another workspace's key is refused. */
  private async byRequestKey(input: NewNote): Promise<Note | null> {
    if (!input.requestKey) return null;
    const row = await this.db.note.findUnique({ where: { requestKey: input.requestKey } });
    if (row && row.workspaceId !== input.workspaceId) throw storeErrors.requestKeyTaken();
    return row ? toNote(row) : null;
  }

  async add(input: NewNote): Promise<{ note: Note; created: boolean }> {
    const existing = await this.byRequestKey(input);
    if (existing) return { note: existing, created: false };
    const edition = await this.db.edition.findFirst({
      where: { id: input.editionId, workspaceId: input.workspaceId },
      select: { id: true },
    });
    if (!edition) throw storeErrors.edition(input.editionId);
    try {
      const row = await this.db.note.create({
        data: {
          workspaceId: input.workspaceId,
          editionId: input.editionId,
          authorRef: input.authorRef,
          kind: input.kind,
          text: input.text,
          requestKey: input.requestKey ?? null,
        },
      });
      return { note: toNote(row), created: true };
    } catch (error) {
      // The same delivery retried concurrently: the first one made the note.
      const raced = isUniqueViolation(error) ? await this.byRequestKey(input) : null;
      if (!raced) throw error;
      return { note: raced, created: false };
    }
  }

  async get(workspaceId: string, id: string): Promise<Note | null> {
    const row = await this.db.note.findFirst({ where: { workspaceId, id } });
    return row ? toNote(row) : null;
  }

  async update(workspaceId: string, id: string, patch: Partial<Pick<Note, "kind" | "text">>): Promise<Note> {
    const { count } = await this.db.note.updateMany({
      where: { workspaceId, id },
      data: { kind: patch.kind, text: patch.text },
    });
    if (count === 0) throw storeErrors.note(id);
    return (await this.get(workspaceId, id))!;
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    const { count } = await this.db.note.deleteMany({ where: { workspaceId, id } });
    return count > 0;
  }

  async listByEdition(workspaceId: string, editionId: string, kind?: NoteKind): Promise<Note[]> {
    const rows = await this.db.note.findMany({
      where: { workspaceId, editionId, kind },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    return rows.map(toNote);
  }
}
