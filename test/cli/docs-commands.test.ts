/**
 * Every command written in a fenced block of the README or docs/ is run here, so the documentation
 * cannot drift from the product again (`npm run db:migrate` once pointed at a file that did not
 * exist). `npx afterchat …` lines run in document order as real processes in one folder holding
 * the files they name, against one SQLite database; the network examples run against the local
 * fakes (their host and, for X's 7-day recent search, their dates replaced). `npm run` lines run
 * when they are quick, else their script must exist and name files that exist. A command this
 * test does not know fails it: add it to one of the lists below.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { translator } from "../../src/i18n/index.js";
import { FakeServer, mastodonPage, mastodonTagPath, X_SEARCH_PATH } from "../support/fake-social.js";
import { OWN_FIXTURES } from "../support/fixtures.js";
import { ROOT, runProcess, runShell } from "./process.js";

interface Documented {
  file: string;
  command: string;
}

/** Lines of fenced blocks that start with npm or npx, `a && b` split, trailing comments dropped. */
function documentedCommands(): Documented[] {
  const files = ["README.md", ...readdirSync(join(ROOT, "docs")).map((f) => `docs/${f}`)].filter((f) =>
    f.endsWith(".md"),
  );
  const out: Documented[] = [];
  for (const file of files) {
    let fenced = false;
    for (const line of readFileSync(join(ROOT, file), "utf8").split("\n")) {
      if (line.trimStart().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (!fenced) continue;
      const code = line.replace(/\s+#\s.*$/, "").trim();
      for (const part of code.split("&&").map((p) => p.trim()))
        if (/^(npm|npx)\s/.test(part)) out.push({ file, command: part });
    }
  }
  return out;
}

/** Not run here, and why. */
const NOT_RUN: Record<string, string> = {
  "npm ci": "reinstalls node_modules; .ci/run runs it on a clean clone",
  "npm test": "the suite this test is part of",
  "npm start": "test/process/start.test.ts starts the bot as a process",
  "npm run lint": ".ci/run runs it",
  "npm run typecheck": ".ci/run runs it",
  "npm run bench": "takes minutes; its script is checked below",
  "npm run build": "npm ci runs it (prepare); .ci/run and scripts/ci-image.sh start from its dist/",
  "npm run cli -- help": "the same command line as npx afterchat help, run from the sources (run above)",
  "npm run test:unit": "a part of npm test (vitest projects)",
  "npm run test:integration": "a part of npm test (vitest projects)",
};

const scripts = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }
).scripts;

/** The script an `npm …` line runs. */
function scriptOf(command: string): string | null {
  const words = command.split(/\s+/);
  if (words[1] === "run") return words[2] ?? null;
  if (words[1] === "start" || words[1] === "test") return words[1];
  return null;
}

/** A chat on #mychat between 18:00 and 19:00 UTC on 2026-11-24, as a twarc2 page line. */
function chatArchive(): string {
  const users = [
    { id: "1", username: "hostaccount", name: "Host" },
    { id: "2", username: "ana", name: "Ana" },
    { id: "3", username: "sam", name: "Sam" },
  ];
  const tweet = (id: string, author: string, text: string, minute: number) => ({
    id,
    author_id: author,
    text: `${text} #mychat`,
    created_at: `2026-11-24T18:${String(minute).padStart(2, "0")}:00.000Z`,
    conversation_id: id,
    public_metrics: { like_count: 1, retweet_count: 0, reply_count: 0, quote_count: 0 },
    entities: { hashtags: [{ start: text.length + 1, end: text.length + 8, tag: "mychat" }] },
  });
  const data = [
    tweet("1861000000000000001", "1", "Q1: What brought you here?", 5),
    tweet("1861000000000000002", "2", "A1 curiosity", 7),
    tweet("1861000000000000003", "3", "A1 a friend", 8),
    tweet("1861000000000000004", "1", "Q2: Best tool this year?", 20),
    tweet("1861000000000000005", "2", "A2 a notebook", 22),
  ];
  return JSON.stringify({ data, includes: { users }, meta: { result_count: data.length } });
}

let dir: string;
let fake: FakeServer;
const env = () => ({
  DATABASE_URL: `file:${join(dir, "data/afterchat.db")}`,
  X_BEARER_TOKEN: "AAAAAAAAAAAAAAAAAAAAAdocs-test-token",
  X_API_URL: fake.baseUrl,
});

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "afterchat-docs-"));
  fake = await FakeServer.start();
  writeFileSync(join(dir, "archive.jsonl"), `${chatArchive()}\n`);
  writeFileSync(join(dir, "big-archive.jsonl"), `${chatArchive()}\n`);
  mkdirSync(join(dir, "exports"));
  copyFileSync(join(OWN_FIXTURES, "sources/analytics-tweets-fr.csv"), join(dir, "exports/tweets-fr.csv"));
  copyFileSync(join(OWN_FIXTURES, "sources/tweets-old-archive.js.txt"), join(dir, "tweets.js"));
});
afterAll(() => fake?.close());

/** The last hour, for X's recent search (it refuses windows older than 7 days). */
function lastHour() {
  const until = new Date(Date.now() - 60_000);
  const since = new Date(until.getTime() - 3600_000);
  return { since: since.toISOString(), until: until.toISOString(), mid: new Date(since.getTime() + 600_000) };
}

/** The documented line, pointed at the local fakes. */
function localised(command: string): string {
  let line = command.replace(/^npx afterchat\b/, "afterchat");
  if (/ pull x /.test(line)) {
    const { since, until, mid } = lastHour();
    line = line.replace(/--since \S+/, `--since ${since}`).replace(/--until \S+/, `--until ${until}`);
    const page = JSON.parse(chatArchive()) as { data: Array<{ created_at: string }> };
    for (const tweet of page.data) tweet.created_at = mid.toISOString();
    fake.enqueue(X_SEARCH_PATH, { json: page });
  }
  if (/ pull mastodon /.test(line)) {
    line = line.replace("https://mastodon.social", fake.baseUrl);
    fake.enqueue(
      mastodonTagPath("mychat"),
      mastodonPage([
        {
          id: "2",
          created_at: "2026-11-24T18:05:00.000Z",
          content: '<p>Q1: coffee or tea? <a href="x" class="mention hashtag">#<span>mychat</span></a></p>',
          account: { acct: "cafe", display_name: "Cafe" },
          tags: [{ name: "mychat" }],
        },
      ]),
    );
  }
  return line;
}

const documented = documentedCommands();

describe("the commands written in the README and docs/", () => {
  it("GIVEN the documentation THEN it shows afterchat commands and every npm command is known here", () => {
    expect(documented.filter((d) => d.command.startsWith("npx afterchat")).length).toBeGreaterThan(8);
    for (const { file, command } of documented.filter((d) => d.command.startsWith("npm"))) {
      const script = scriptOf(command);
      const known =
        command in NOT_RUN || command === "npm run db:migrate" || command === "npm run discord:register";
      expect(known, `${file}: "${command}" is run by no test: add it to test/cli/docs-commands.test.ts`).toBe(
        true,
      );
      if (!script) continue;
      expect(scripts[script], `${file}: "${command}" names no script in package.json`).toBeDefined();
      for (const path of scripts[script]?.match(/[\w./-]+\.(?:ts|js|mjs)\b/g) ?? []) {
        // dist/ is built by `npm ci` (prepare) from the sources beside it.
        const source = path.startsWith("dist/") ? path.replace(/^dist\//, "").replace(/\.js$/, ".ts") : path;
        const exists = existsSync(join(ROOT, source));
        expect(exists, `${file}: "${command}" runs ${path}, whose source does not exist`).toBe(true);
      }
    }
  });

  it("GIVEN npm run db:migrate THEN its command, run from the sources, migrates the configured database", async () => {
    // The script runs the compiled command line (built by npm ci); the same entry from the sources here.
    const [entry, ...words] = (scripts["db:migrate"] ?? "").replace(/^node /, "").split(" ");
    // bin/afterchat.js and dist/src/cli.js both run the compiled src/cli.ts.
    expect(["bin/afterchat.js", "dist/src/cli.js"]).toContain(entry);
    const run = await runProcess(words, {
      cwd: dir,
      env: { DATABASE_URL: `file:${join(dir, "npm-migrate.db")}` },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(translator("en").t("cli.migrated", { count: 0, total: 0 }).split(":")[0]);
    expect(existsSync(join(dir, "npm-migrate.db"))).toBe(true);
  }, 90_000);

  it("GIVEN npm run discord:register without a token THEN it says which variables it needs", async () => {
    // The script's launcher (bin/) imports the compiled dist/<path>.js; here the same <path>.ts from the sources.
    const launcher = readFileSync(
      join(ROOT, (scripts["discord:register"] ?? "").replace(/^node /, "")),
      "utf8",
    );
    const entry = (launcher.match(/runBuilt\("([^"]+)"\)/u)?.[1] ?? "").replace(/\.js$/, ".ts");
    const run = await runProcess(
      ["--import", join(ROOT, "node_modules/tsx/dist/esm/index.mjs"), join(ROOT, entry)],
      {
        cwd: dir,
        command: process.execPath,
      },
    );
    expect(run.stderr + run.stdout).toContain(translator("en").t("cli.register.needsDiscord"));
    expect(run.code).toBe(1);
  }, 90_000);

  it("GIVEN the afterchat commands in document order THEN each exits 0", async () => {
    const lines = documented.filter((d) => d.command.startsWith("npx afterchat"));
    for (const { file, command } of lines) {
      const run = await runShell(localised(command), { cwd: dir, env: env(), timeoutMs: 60_000 });
      expect(run.code, `${file}: ${command}\n${run.stderr}`).toBe(0);
    }
    expect(readFileSync(join(dir, "report.json"), "utf8")).toContain('"posts"');
    expect(existsSync(join(dir, "out/report.md"))).toBe(true);
    const csv = readFileSync(join(dir, "posts.csv"), "utf8");
    expect(csv.split("\n").filter((l) => l.includes("mychat")).length).toBe(5);
  }, 300_000);
});
