/**
 * A bad value in a file (issue 11 point 8): the skipped line says which field of which post, what it should
 * hold, with an example, and what it held, in the reader's language, for each importer's value checks. Run
 * as real processes: `afterchat report` over one file per format, in English and in French, and
 * `afterchat import` (the store's own check, a NUL character) in French.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { twarcPage } from "../app/stats/world.js";
import { type ProcessRun, runProcess } from "./process.js";

const dir = mkdtempSync(join(tmpdir(), "afterchat-bad-values-"));
const DB = `file:${join(dir, "data/afterchat.db")}`;
const good = {
  id: "101",
  author: "1",
  text: "Q1: What brought you here? #chat",
  at: "2026-03-03T19:01:00.000Z",
};

const FILES = {
  "chat.jsonl": `${twarcPage([good, { id: "102", author: "2", text: "A1 #chat", at: "yesterday" }])}\n`,
  "tweets.js": `window.YTD.tweet.part0 = ${JSON.stringify([
    {
      tweet: {
        id_str: "1100000000000000010",
        full_text: "A1 #chat",
        created_at: "26/02/2019 19:03",
        favorite_count: "2",
        retweet_count: "0",
        entities: { hashtags: [{ text: "chat" }], user_mentions: [] },
      },
    },
  ])}`,
  "posts.csv": [
    '"Post id","Date","Post text","Post Link","Impressions","Likes"',
    '"abc","Tue, Mar 3, 2026","A1 #chat","https://x.com/host/status/1","10","1"',
    '"2028918381742129153","Tue, Mar 3, 2026","A2 #chat","https://x.com/host/status/2028918381742129153","lots","1"',
    '"2028913548456886273","Tue, Mar 3, 2026","A3 #chat","https://x.com/host/status/2028913548456886273","12","-4"',
    "",
  ].join("\n"),
  "daily.csv": [
    '"Date","Tweets published","impressions","engagements","retweets","replies","likes"',
    '"2021-02-30","4","2500","80","3","5","21"',
    '"2021-03-02","0","-1200","15","0","1","4"',
    "",
  ].join("\n"),
};

const runs: Record<string, ProcessRun> = {};

beforeAll(async () => {
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  writeFileSync(
    join(dir, "nul.jsonl"),
    `${twarcPage([good, { id: "103", author: "3", text: "A1 \u0000 #chat", at: "2026-03-03T19:02:00.000Z" }])}\n`,
  );
  const env = { DATABASE_URL: DB };
  const options = { cwd: dir, env, timeoutMs: 90_000 };
  const files = Object.keys(FILES);
  const setup = async (...argv: string[]) => {
    const run = await runProcess(argv, options);
    if (run.code !== 0) throw new Error(`${argv.join(" ")}: ${run.stderr}`);
  };
  const [en, fr] = await Promise.all([
    runProcess(["report", ...files, "--json"], options),
    runProcess(["report", ...files, "--json", "--lang", "fr"], options),
    (async () => {
      await setup("series", "add", "chat");
      await setup("edition", "new", "--hashtag", "chat", "--at", "2026-03-03 19:00");
    })(),
  ]);
  runs.en = en as ProcessRun;
  runs.fr = fr as ProcessRun;
  runs.importFr = await runProcess(
    ["import", "nul.jsonl", "--hashtag", "chat", "--edition", "1", "--lang", "fr"],
    options,
  );
}, 300_000);

describe("afterchat report: a bad value names the field, what was expected and what was found", () => {
  it.each([
    [
      "twarc2 created_at",
      "created_at of 102: expected an ISO date and time like 2026-12-03T18:00:00Z, got “yesterday”",
    ],
    [
      "tweets.js created_at",
      "created_at of 1100000000000000010: expected a date like Thu Dec 03 18:00:00 +0000 2026, got “26/02/2019 19:03”",
    ],
    [
      "analytics post id",
      "post id: expected a post id made of digits only, like 1866543210987654321, got “abc”",
    ],
    [
      "analytics count",
      "impressions of 2028918381742129153: expected a whole number, 0 or more (at most 9,007,199,254,740,991), got “lots”",
    ],
    [
      "a negative count",
      "likes of 2028913548456886273: expected a whole number, 0 or more (at most 9,007,199,254,740,991), got “-4”",
    ],
    ["daily Date", "Date: expected a day like 2026-12-03 or Thu, Dec 3, 2026, got “2021-02-30”"],
    [
      "daily count",
      "impressions of 2021-03-02: expected a whole number, 0 or more (at most 9,007,199,254,740,991), got “-1200”",
    ],
  ])("GIVEN %s THEN in English: %s", (_what, sentence) => {
    expect(runs.en!.stderr).toContain(sentence);
  });

  it("GIVEN the same files in French THEN the same facts in French", () => {
    const stderr = runs.fr!.stderr;
    expect(stderr).toContain(
      "ignoré ligne 1\u202F: created_at de 102\u202F: attendu une date et heure ISO comme 2026-12-03T18:00:00Z, trouvé «\u202Fyesterday\u202F»",
    );
    expect(stderr).toContain(
      "created_at de 1100000000000000010\u202F: attendu une date comme Thu Dec 03 18:00:00 +0000 2026, trouvé «\u202F26/02/2019 19:03\u202F»",
    );
    expect(stderr).toContain(
      "ignoré rangée 2\u202F: post id\u202F: attendu un identifiant de publication fait de chiffres seulement, comme 1866543210987654321, trouvé «\u202Fabc\u202F»",
    );
    expect(stderr).toContain(
      "impressions de 2028918381742129153\u202F: attendu un nombre entier positif ou nul (au plus 9\u202f007\u202f199\u202f254\u202f740\u202f991), trouvé «\u202Flots\u202F»",
    );
    expect(stderr).toContain(
      "Date\u202F: attendu un jour comme 2026-12-03 ou Thu, Dec 3, 2026, trouvé «\u202F2021-02-30\u202F»",
    );
    expect(stderr).not.toContain("valeur illisible");
  });
});

describe("afterchat import: the store's own check", () => {
  it("GIVEN a post holding a NUL character THEN its line names the field and why the database refuses it, in French", () => {
    const run = runs.importFr!;
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(
      "ignoré ligne 1\u202F: text de 103\u202F: attendu un texte sans le caractère NUL (U+0000), que la base de données ne peut pas enregistrer",
    );
  });
});
