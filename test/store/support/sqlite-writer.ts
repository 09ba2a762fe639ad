/**
 * A process writing to one SQLite file, for the multi-process test (test/store/sqlite-processes.test.ts):
 *   node --import tsx test/store/support/sqlite-writer.ts '<json WriterConfig>'
 * It writes `count` notes (plain writes, each a read then an insert) and as many two-row
 * transactions (a note and an audit event), `gapMs` apart, posts a batch of posts through the
 * bulk lane every `bulkEvery` writes (what `afterchat import` does), and prints one JSON line:
 * { done, failures, errors }. With `count` 0 it only migrates and opens the file.
 */
import { openDatabase } from "../../../src/store/database.js";
import { migrate } from "../../../src/store/migrate.js";
import { createPrismaStore } from "../../../src/store/prisma-store.js";
import { makePost } from "../seed.js";

export interface WriterConfig {
  url: string;
  name: string;
  workspaceId: string;
  editionId: string;
  count: number;
  gapMs: number;
  bulkEvery: number;
  /** Migrate the file first, as `npm start` and `afterchat import` do. */
  migrate?: boolean;
}

const config = JSON.parse(process.argv[2] ?? "{}") as WriterConfig;
if (config.migrate) await migrate(config.url);
const database = await openDatabase(config.url);
const store = createPrismaStore(database);
let done = 0;
let failures = 0;
const errors: string[] = [];

async function attempt(work: () => Promise<unknown>): Promise<void> {
  try {
    await work();
    done += 1;
  } catch (error) {
    failures += 1;
    if (errors.length < 5) errors.push(error instanceof Error ? error.message.slice(0, 300) : String(error));
  }
}

const pending: Promise<void>[] = [];
for (let i = 0; i < config.count; i += 1) {
  const note = {
    workspaceId: config.workspaceId,
    editionId: config.editionId,
    authorRef: config.name,
    kind: "good" as const,
  };
  // Not awaited one by one: a bot process answers several people at once.
  pending.push(
    attempt(() =>
      store.notes.add({ ...note, text: `${config.name} plain ${i}`, requestKey: `${config.name}:p${i}` }),
    ),
  );
  pending.push(
    attempt(() =>
      store.transaction(async (tx) => {
        await tx.notes.add({ ...note, text: `${config.name} tx ${i}`, requestKey: `${config.name}:t${i}` });
        await tx.audit.append({
          workspaceId: config.workspaceId,
          actorRef: config.name,
          action: "write",
          subjectType: "note",
          subjectId: `${config.name}:${i}`,
          detail: {},
        });
      }),
    ),
  );
  if (config.bulkEvery > 0 && i % config.bulkEvery === 0) {
    const posts = Array.from({ length: 200 }, (_, j) =>
      makePost(j, { externalId: `${config.name}-${i}-${j}`, text: `post ${j} of batch ${i}` }),
    );
    pending.push(attempt(() => store.posts.upsertBatch(config.workspaceId, config.editionId, posts)));
  }
  await new Promise((r) => setTimeout(r, config.gapMs));
}
await Promise.all(pending);
await database.close();
process.stdout.write(`${JSON.stringify({ done, failures, errors })}\n`);
