/** `afterchat watch add|list|remove` through the dispatcher's use case, against a real SQLite database. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { openDatabase } from "../../src/store/database.js";
import { createPrismaStore } from "../../src/store/prisma-store.js";
import { runCliCapturing } from "./support.js";

const en = translator("en").t;
const fr = translator("fr").t;
let env: Record<string, string>;
const cli = (...argv: string[]) => runCliCapturing(argv, env);

beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), "afterchat-watch-"));
  env = { DATABASE_URL: `file:${join(dir, "afterchat.db")}` };
});

describe("afterchat watch", () => {
  it("GIVEN watch add with a schedule, networks and a note THEN the watch is stored in cli:local with its jobs, listed, then removed", async () => {
    const added = await cli(
      "watch",
      "add",
      "#OtherChat",
      "--schedule",
      "fridays 18:00 Europe/Paris 1h",
      "--networks",
      "x, bluesky",
      "--host",
      "@olivia",
      "--remind",
      "15m",
      "--note",
      "their visuals",
    );
    expect(added.stderr).toBe("");
    expect(added.code).toBe(0);
    expect(added.stdout).toContain("#otherchat");
    const database = await openDatabase(env.DATABASE_URL!);
    try {
      const store = createPrismaStore(database);
      const ws = await store.workspaces.findByExternal("cli", "local");
      const [watch] = await store.watches.list(ws!.id);
      expect(watch).toMatchObject({
        channel: "cli:local:watch-list",
        hashtag: "otherchat",
        cron: "0 18 * * 5",
        networks: ["x", "bluesky"],
        hosts: ["olivia"],
        remindMinutes: 15,
        note: "their visuals",
      });
      const jobs = await store.jobs.list({ workspaceId: ws!.id });
      expect(jobs.map((j) => j.kind).sort()).toEqual(["watch.remind", "watch.report"]);
    } finally {
      await database.close();
    }

    const listed = await cli("watch", "list", "--lang", "fr");
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(fr("watch.listHeader"));
    expect(listed.stdout).toContain("#otherchat");

    const removed = await cli("watch", "remove", "#otherchat");
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain(en("watch.removed", { hashtag: "otherchat" }));
    const again = await cli("watch", "remove", "#otherchat");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(en("errors.watch_not_found", { hashtag: "otherchat" }));
  });

  it("GIVEN a wrong command line THEN exit 2 with the usage", async () => {
    const run = await cli("watch", "follow", "#a");
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(en("cli.watchUsage", { value: "follow #a" }));
  });
});
