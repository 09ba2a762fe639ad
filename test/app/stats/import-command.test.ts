import { describe, expect, it } from "vitest";
import { importCommand } from "../../../src/app/stats/import-command.js";
import { invoke } from "../../support/invoke.js";
import { RecordingResponder, visibleText } from "../../support/recording-responder.js";
import { CHAT, sharedFile, statsWorld } from "./world.js";

describe("/afterchat import", () => {
  it("GIVEN no file shared WHEN importing THEN the member is told how to share one, privately", async () => {
    const world = await statsWorld();
    const responder = new RecordingResponder();
    await invoke(
      importCommand,
      world.services,
      world.member,
      { name: "import", edition: null, file: null },
      responder,
    );
    const reply = responder.lastReply();
    expect(reply.ephemeral).toBe(true);
    expect(visibleText(reply.message)).toContain("Share the export file in this channel first");
  });

  it("GIVEN a twarc2 archive with a broken line WHEN imported THEN the good posts are stored and the bad line is named", async () => {
    const world = await statsWorld();
    const file = sharedFile("chat.jsonl", `${CHAT}\n{"data": [ broken\n`);
    const responder = new RecordingResponder();
    await invoke(
      importCommand,
      world.services,
      world.member,
      { name: "import", edition: 1, file },
      responder,
    );
    const text = visibleText(responder.lastReply().message);
    expect(text).toContain(
      "Imported chat.jsonl (twarc2-jsonl) into #chat edition 1 of Tue, Mar 3: 6 new, 0 updated, 0 outside the chat.",
    );
    expect(text).toContain("1 record could not be read:");
    expect(text).toMatch(/- line 2: (not valid JSON|cut off)/);
    expect(text).toContain("/afterchat stats 1");
    expect(await world.store.posts.countByEdition(world.workspace.id, world.edition.id)).toBe(6);
    const audit = await world.store.audit.list(world.workspace.id, { subjectType: "edition" });
    expect(audit[0]).toMatchObject({ action: "import", actorRef: world.member.userRef });
  });

  it("GIVEN the same file twice THEN the second import updates, never duplicates", async () => {
    const world = await statsWorld();
    const run = () =>
      invoke(
        importCommand,
        world.services,
        world.member,
        { name: "import", edition: 1, file: sharedFile("c.jsonl", CHAT) },
        new RecordingResponder(),
      );
    await run();
    const responder = new RecordingResponder();
    await invoke(
      importCommand,
      world.services,
      world.member,
      { name: "import", edition: 1, file: sharedFile("c.jsonl", CHAT) },
      responder,
    );
    expect(visibleText(responder.lastReply().message)).toContain("0 new, 6 updated");
    expect(await world.store.posts.countByEdition(world.workspace.id, world.edition.id)).toBe(6);
    await run();
  });

  it("GIVEN an import THEN the roster counts who posted without waiting for the report", async () => {
    const world = await statsWorld();
    await invoke(
      importCommand,
      world.services,
      world.member,
      { name: "import", edition: 1, file: sharedFile("c.jsonl", CHAT) },
      new RecordingResponder(),
    );
    const roster = await world.store.participants.roster(world.workspace.id, world.edition.seriesId);
    expect(roster.length).toBeGreaterThan(1);
    expect(roster.reduce((sum, entry) => sum + entry.posts, 0)).toBe(6);
    expect(roster.every((entry) => entry.editions.join() === "1")).toBe(true);
  });

  it("GIVEN a file that is not a chat archive THEN one clear error and nothing is written", async () => {
    const world = await statsWorld();
    const file = sharedFile("notes.txt", "Dear team, here are my notes about the chat.\n");
    await expect(
      invoke(
        importCommand,
        world.services,
        world.member,
        { name: "import", edition: 1, file },
        new RecordingResponder(),
      ),
    ).rejects.toMatchObject({ code: "import_unrecognised" });
    expect(world.store.tables().posts).toHaveLength(0);
    expect(world.store.tables().imports).toHaveLength(0);
  });

  it("GIVEN a file larger than the limit THEN refused with the limit and the CLI alternative", async () => {
    const world = await statsWorld();
    world.services.importMaxBytes = 1024 * 1024;
    const file = sharedFile("huge.jsonl", CHAT, 5 * 1024 * 1024);
    await expect(
      invoke(
        importCommand,
        world.services,
        world.member,
        { name: "import", edition: 1, file },
        new RecordingResponder(),
      ),
    ).rejects.toMatchObject({ code: "import_too_large", params: { max: "1 MB" } });
  });

  it("GIVEN posts from another day WHEN imported into edition 1 THEN none is kept and the reply explains the window, in French", async () => {
    const world = await statsWorld({ locale: "fr" });
    const member = { ...world.member, locale: "fr" as const };
    const old = CHAT.replaceAll("2026-03-03", "2025-01-01");
    const responder = new RecordingResponder();
    await invoke(
      importCommand,
      world.services,
      member,
      { name: "import", edition: 1, file: sharedFile("old.jsonl", old) },
      responder,
    );
    const text = visibleText(responder.lastReply().message);
    expect(text).toContain("0 nouveaux, 0 mis à jour, 6 hors du chat");
    expect(text).toContain(
      "Aucune des 6 publications de ce fichier n'est une publication de #chat entre 2026-03-03 18:00 et",
    );
  });

  it.each([
    [
      "en",
      "- line 1: created\\_at of 102: expected an ISO date and time like 2026-12-03T18:00:00Z, got “yesterday”",
    ],
    [
      "fr",
      "- ligne 1\u202F: created\\_at de 102\u202F: attendu une date et heure ISO comme 2026-12-03T18:00:00Z, trouvé «\u202Fyesterday\u202F»",
    ],
  ] as const)(
    "GIVEN a post whose date is not a date WHEN imported THEN the summary (%s) says what was expected and what was found",
    async (locale, line) => {
      const world = await statsWorld({ locale });
      const member = { ...world.member, locale };
      const bad = CHAT.replace('"created_at":"2026-03-03T19:03:00.000Z"', '"created_at":"yesterday"');
      expect(bad).not.toBe(CHAT);
      const responder = new RecordingResponder();
      await invoke(
        importCommand,
        world.services,
        member,
        { name: "import", edition: 1, file: sharedFile("chat.jsonl", bad) },
        responder,
      );
      const text = visibleText(responder.lastReply().message);
      expect(text).toContain(line);
      expect(await world.store.posts.countByEdition(world.workspace.id, world.edition.id)).toBe(5);
    },
  );

  it("GIVEN someone outside the team THEN refused before the file is read", async () => {
    const world = await statsWorld();
    let opened = false;
    const file = {
      name: "c.jsonl",
      size: 10,
      open: async () => {
        opened = true;
        return (async function* () {})();
      },
    };
    await expect(
      invoke(
        importCommand,
        world.services,
        world.outsider,
        { name: "import", edition: 1, file },
        new RecordingResponder(),
      ),
    ).rejects.toMatchObject({ code: "not_team_member" });
    expect(opened).toBe(false);
  });
});
