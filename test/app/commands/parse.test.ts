import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/app/commands/parse.js";

const H = 3_600_000;
const sam = "<@slack:T1:U2>";
const ana = "<@slack:T1:U3>";

function command(text: string) {
  const parsed = parseCommand(text);
  if (!parsed.ok) throw new Error(`expected a command, got ${JSON.stringify(parsed.error)}`);
  return parsed.value;
}

function problem(text: string) {
  const parsed = parseCommand(text);
  if (parsed.ok) throw new Error(`expected a problem, got ${JSON.stringify(parsed.value)}`);
  return parsed.error;
}

describe("parseCommand: sub-commands and French words", () => {
  it.each([
    ["", { name: "help" }],
    ["help", { name: "help" }],
    ["aide", { name: "help" }],
    ["AIDE", { name: "help" }],
    ["playbook", { name: "playbook" }],
    ["roster", { name: "roster" }],
    ["participants", { name: "roster" }],
    ["stats", { name: "stats", edition: null }],
    ["stats 12", { name: "stats", edition: 12 }],
    ["stats #3", { name: "stats", edition: 3 }],
    ["import 4", { name: "import", edition: 4 }],
    ["importer", { name: "import", edition: null }],
    ["notes 2", { name: "notes", edition: 2 }],
    ["tasks", { name: "tasks", scope: "all" }],
    ["tasks mine", { name: "tasks", scope: "mine" }],
    ["tâches moi", { name: "tasks", scope: "mine" }],
    ["taches tout", { name: "tasks", scope: "all" }],
    ["export notes", { name: "export", what: "notes" }],
    ["exporter tâches", { name: "export", what: "tasks" }],
    ["export participants", { name: "export", what: "roster" }],
    ["export posts", { name: "export", what: "posts" }],
    ["language fr", { name: "language", locale: "fr" }],
    ["langue anglais", { name: "language", locale: "en" }],
    ["link", { name: "link", code: null }],
    ["link abcd-efgh", { name: "link", code: "ABCDEFGH" }],
    ["lier ABCD EFGH", { name: "link", code: "ABCDEFGH" }],
  ])("GIVEN %j WHEN parsed THEN it is %j", (text, expected) => {
    expect(command(text)).toEqual(expected);
  });
});

describe("parseCommand: setup", () => {
  it("GIVEN a hashtag and a title THEN both are kept, the hashtag normalised", () => {
    expect(command("setup #EdChat Education chat, every Tuesday")).toEqual({
      name: "setup",
      hashtag: "edchat",
      title: "Education chat, every Tuesday",
    });
  });
  it("GIVEN config (French) with an accented hashtag THEN it is read", () => {
    expect(command("config #ÉduChat")).toEqual({ name: "setup", hashtag: "éduchat", title: null });
  });
  it("GIVEN no argument THEN the form will open", () => {
    expect(command("setup")).toEqual({ name: "setup", hashtag: null, title: null });
  });
  it("GIVEN a hashtag of digits only THEN it is invalid", () => {
    expect(problem("setup #2024")).toEqual({ key: "invalid", command: "setup", detail: "#2024" });
  });
});

describe("parseCommand: note", () => {
  it.each([
    ["note good The guest was great", "good", "The guest was great"],
    ["note well pacing", "good", "pacing"],
    ["note bien le rythme", "good", "le rythme"],
    ["note mal trop de questions", "bad", "trop de questions"],
    ["note bad too long", "bad", "too long"],
    ["note best Q3 answers", "best", "Q3 answers"],
    ["note top Q3", "best", "Q3"],
    ["note insight ask fewer questions", "insight", "ask fewer questions"],
    ["note idée moins de questions", "insight", "moins de questions"],
    ["note idee moins", "insight", "moins"],
    ["note Good: it worked", "good", "it worked"],
  ])("GIVEN %j THEN kind %s and its text", (text, kind, noteText) => {
    expect(command(text)).toEqual({ name: "note", kind, text: noteText });
  });
  it("GIVEN a multi-line note THEN its line breaks are kept", () => {
    expect(command("note good first line\nsecond  line")).toEqual({
      name: "note",
      kind: "good",
      text: "first line\nsecond  line",
    });
  });
  it("GIVEN no text THEN kind and text are null (the form opens)", () => {
    expect(command("note")).toEqual({ name: "note", kind: null, text: null });
    expect(command("note good")).toEqual({ name: "note", kind: "good", text: null });
  });
  it("GIVEN an unknown kind THEN the word is reported", () => {
    expect(problem("note great stuff")).toEqual({ key: "invalid", command: "note", detail: "great" });
  });
});

describe("parseCommand: poll", () => {
  it.each([
    ["poll", false, null],
    ["poll anonymous", true, null],
    ["sondage anonyme", true, null],
    ["poll closes 2h", false, 2 * H],
    ["poll anonymous closes 48h", true, 48 * H],
    ["poll closes in 2 days", false, 48 * H],
    ["sondage anonyme ferme dans 3j", true, 72 * H],
    ["poll 1h30 anonymous", true, 1.5 * H],
    ["poll closes 90 min", false, 1.5 * H],
  ])("GIVEN %j THEN anonymous=%s and closesInMs=%s", (text, anonymous, closesInMs) => {
    expect(command(text)).toEqual({ name: "poll", anonymous, closesInMs, minAnswers: null });
  });
  it.each([
    ["poll anonymous min 5", true, null, 5],
    ["sondage anonyme minimum 4", true, null, 4],
    ["poll min 5 anonymous closes 2h", true, 2 * H, 5],
    ["poll anonymous closes 2h min 6", true, 2 * H, 6],
    ["sondage anonyme ferme dans 3j min 7", true, 72 * H, 7],
    ["poll min 2", false, null, 2],
    ["poll anonymous closes 90 min min 5", true, 1.5 * H, 5],
  ])(
    "GIVEN %j THEN anonymous=%s, closesInMs=%s and minAnswers=%s",
    (text, anonymous, closesInMs, minAnswers) => {
      expect(command(text)).toEqual({ name: "poll", anonymous, closesInMs, minAnswers });
    },
  );
  it("GIVEN min without a number THEN the count is missing", () => {
    expect(problem("poll anonymous min")).toEqual({ key: "missing", command: "poll", detail: "count" });
    expect(problem("poll min closes 2h")).toEqual({ key: "missing", command: "poll", detail: "count" });
  });
  it("GIVEN min with a word, a fraction or twice THEN what was typed is reported", () => {
    expect(problem("poll anonymous min five")).toEqual({ key: "invalid", command: "poll", detail: "five" });
    expect(problem("poll anonymous min 2.5")).toEqual({ key: "invalid", command: "poll", detail: "2.5" });
    expect(problem("poll anonymous min 4 min 5")).toEqual({ key: "invalid", command: "poll", detail: "5" });
  });
  it("GIVEN an unreadable duration THEN it is reported as typed", () => {
    expect(problem("poll closes soonish")).toEqual({ key: "invalid", command: "poll", detail: "soonish" });
  });
  it("GIVEN closes without a duration THEN the duration is missing", () => {
    expect(problem("poll anonymous closes")).toEqual({ key: "missing", command: "poll", detail: "duration" });
  });
  it("GIVEN a stray word THEN it is reported", () => {
    expect(problem("poll secret")).toEqual({ key: "invalid", command: "poll", detail: "secret" });
  });
});

describe("parseCommand: task", () => {
  it("GIVEN an owner, a title and a due date THEN all three are read", () => {
    expect(command(`task ${sam} write the recap due friday`)).toEqual({
      name: "task",
      owner: "slack:T1:U2",
      title: "write the recap",
      due: "friday",
    });
  });
  it("GIVEN no owner THEN the task has none", () => {
    expect(command("task write recap due friday")).toEqual({
      name: "task",
      owner: null,
      title: "write recap",
      due: "friday",
    });
  });
  it("GIVEN French 'pour' before a date THEN it is the due date", () => {
    expect(command(`tâche ${ana} préparer les visuels pour vendredi`)).toEqual({
      name: "task",
      owner: "slack:T1:U3",
      title: "préparer les visuels",
      due: "vendredi",
    });
  });
  it("GIVEN 'pour' before words that are not a date THEN it stays in the title", () => {
    expect(command("tâche écrire un mot pour les hôtes")).toEqual({
      name: "task",
      owner: null,
      title: "écrire un mot pour les hôtes",
      due: null,
    });
  });
  it("GIVEN échéance THEN what follows is the due date, whatever it says", () => {
    expect(command("tâche relancer Anna échéance dans 3 jours")).toMatchObject({
      title: "relancer Anna",
      due: "dans 3 jours",
    });
  });
  it("GIVEN only an owner THEN the title is missing", () => {
    expect(problem(`task ${sam}`)).toEqual({ key: "missing", command: "task", detail: "title" });
  });
});

describe("parseCommand: team", () => {
  it("GIVEN add with two people and moderator THEN both are added as moderators", () => {
    expect(command(`team add ${sam} ${ana} moderator`)).toEqual({
      name: "team",
      action: "add",
      users: ["slack:T1:U2", "slack:T1:U3"],
      roles: [],
      role: "moderator",
    });
  });
  it("GIVEN the French words THEN they mean the same", () => {
    expect(command(`équipe ajouter ${sam} modérateur`)).toEqual({
      name: "team",
      action: "add",
      users: ["slack:T1:U2"],
      roles: [],
      role: "moderator",
    });
    expect(command(`equipe retirer ${sam}`)).toMatchObject({ action: "remove", users: ["slack:T1:U2"] });
  });
  it("GIVEN team alone or list THEN it lists", () => {
    expect(command("team")).toEqual({ name: "team", action: "list", users: [], roles: [], role: "member" });
    expect(command("équipe liste")).toEqual({
      name: "team",
      action: "list",
      users: [],
      roles: [],
      role: "member",
    });
  });
  it("GIVEN add without anyone THEN the people are missing", () => {
    expect(problem("team add")).toEqual({ key: "missing", command: "team", detail: "users" });
  });
  it("GIVEN a plain @name (not a mention) THEN it is reported", () => {
    expect(problem("team add @sam")).toEqual({ key: "invalid", command: "team", detail: "@sam" });
  });
  it("GIVEN user-group mentions (as the Slack adapter makes them neutral) THEN they are roles, not people", () => {
    expect(command(`team add <@&S0TEAM01> ${sam} <@&S0TEAM01> moderator`)).toEqual({
      name: "team",
      action: "add",
      users: ["slack:T1:U2"],
      roles: ["S0TEAM01"],
      role: "moderator",
    });
    expect(command("équipe retirer <@&S0TEAM01>")).toMatchObject({
      action: "remove",
      users: [],
      roles: ["S0TEAM01"],
    });
  });
  it("GIVEN a role mention with characters no platform id has THEN it is reported", () => {
    expect(problem("team add <@&S0/../x>")).toEqual({
      key: "invalid",
      command: "team",
      detail: "<@&S0/../x>",
    });
  });
});

describe("parseCommand: edition", () => {
  it("GIVEN new with a topic and a date THEN both are read", () => {
    expect(command("edition new AI at school at 2026-12-03 18:00")).toEqual({
      name: "edition",
      action: "new",
      topic: "AI at school",
      startsAt: "2026-12-03 18:00",
    });
  });
  it("GIVEN French words THEN they are read", () => {
    expect(command("édition nouvelle L'IA à l'école le 3 décembre 18h")).toEqual({
      name: "edition",
      action: "new",
      topic: "L'IA à l'école",
      startsAt: "3 décembre 18h",
    });
  });
  it("GIVEN new with only a date THEN there is no topic", () => {
    expect(command("edition new friday 18:00")).toEqual({
      name: "edition",
      action: "new",
      topic: null,
      startsAt: "friday 18:00",
    });
  });
  it("GIVEN topic THEN the text is the topic", () => {
    expect(command("edition sujet Les jeux en classe")).toEqual({
      name: "edition",
      action: "topic",
      topic: "Les jeux en classe",
      startsAt: null,
    });
  });
  it("GIVEN no action THEN it is missing", () => {
    expect(problem("edition")).toEqual({ key: "missing", command: "edition", detail: "action" });
  });
});

describe("parseCommand: problems", () => {
  it.each([
    ["dance", { key: "unknown", command: null, detail: "dance" }],
    ["stats twelve", { key: "invalid", command: "stats", detail: "twelve" }],
    ["stats 0", { key: "invalid", command: "stats", detail: "0" }],
    ["stats 1 2", { key: "invalid", command: "stats", detail: "1 2" }],
    ["export", { key: "missing", command: "export", detail: "what" }],
    ["export everything", { key: "invalid", command: "export", detail: "everything" }],
    ["language", { key: "missing", command: "language", detail: "locale" }],
    ["language de", { key: "invalid", command: "language", detail: "de" }],
    ["tasks yesterday", { key: "invalid", command: "tasks", detail: "yesterday" }],
    ["roster now", { key: "invalid", command: "roster", detail: "now" }],
  ])("GIVEN %j THEN the problem is %j", (text, expected) => {
    expect(problem(text)).toEqual(expected);
  });

  it("GIVEN any text at all WHEN parsed THEN it never throws and always answers", () => {
    const words = fc.constantFrom(
      "note",
      "poll",
      "task",
      "team",
      "edition",
      "setup",
      "closes",
      "due",
      "pour",
      "<@x>",
      "add",
      "new",
      "at",
      "anonyme",
      "2h",
      "#tag",
      "friday",
      "le",
      "é",
      "\n",
      "",
    );
    const lines = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 80 }),
      fc.array(words, { maxLength: 8 }).map((w) => w.join(" ")),
    );
    fc.assert(
      fc.property(lines, (text) => {
        const parsed = parseCommand(text);
        expect(typeof parsed.ok).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
  });
});
