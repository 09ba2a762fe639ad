/**
 * Unexpected failures answered to the user: a database that does not answer (real errors from
 * Prisma and pg against a closed port) is a passing state, "try again" (errors.database_unavailable);
 * anything else stays errors.internal. Both quote the log reference.
 */
import pg from "pg";
import { describe, expect, it } from "vitest";
import { replyError } from "../../src/app/reply-error.js";
import type { Responder } from "../../src/edge.js";
import { isDatabaseUnavailable } from "../../src/errors.js";
import { translator } from "../../src/i18n/index.js";
import { silentLogger } from "../../src/log.js";
import { openDatabase } from "../../src/store/database.js";

const CLOSED = "postgresql://postgres@127.0.0.1:1/nothing";

function recording(): { responder: Responder; said: string[] } {
  const said: string[] = [];
  const responder: Responder = {
    openForm: async () => undefined,
    defer: async () => undefined,
    reply: async (message) => {
      said.push(JSON.stringify(message));
      return undefined;
    },
  };
  return { responder, said };
}

const who = (locale: "en" | "fr") => ({
  locale,
  workspaceId: "w1",
  platform: "slack",
  userRef: "slack:T1:U1",
  channel: "slack:T1:C1",
  requestKey: "k1",
});

async function prismaFailure(): Promise<unknown> {
  try {
    const database = await openDatabase(CLOSED);
    await database.db.workspace.findMany();
    await database.close();
  } catch (error) {
    return error;
  }
  throw new Error("a closed port answered");
}

describe("unexpected failures as the user hears them", () => {
  it("GIVEN the database unreachable (Prisma) WHEN a command fails THEN the French speaker is told to try again, with the reference", async () => {
    const error = await prismaFailure();
    expect(isDatabaseUnavailable(error)).toBe(true);
    const { responder, said } = recording();
    const outcome = await replyError(silentLogger(), who("fr"), responder, error, {
      kind: "command",
      name: "notes",
    });
    expect(outcome.code).toBe("database_unavailable");
    expect(said[0]).toContain(
      JSON.stringify(translator("fr").t("errors.database_unavailable", { ref: outcome.ref! })).slice(1, -1),
    );
  });

  it("GIVEN pg refused the connection THEN it counts as the database unavailable", async () => {
    const client = new pg.Client({ connectionString: CLOSED, connectionTimeoutMillis: 2000 });
    const error = await client.connect().then(
      () => null,
      (e: unknown) => e,
    );
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("GIVEN a bug (TypeError) WHEN a command fails THEN it stays errors.internal", async () => {
    const { responder, said } = recording();
    const outcome = await replyError(silentLogger(), who("en"), responder, new TypeError("x is undefined"), {
      kind: "command",
      name: "notes",
    });
    expect(outcome.code).toBe("internal");
    expect(said[0]).toContain(
      JSON.stringify(translator("en").t("errors.internal", { ref: outcome.ref! })).slice(1, -1),
    );
  });
});
