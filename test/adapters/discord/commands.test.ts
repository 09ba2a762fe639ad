import { describe, expect, it } from "vitest";
import { afterchatCommand, commandNameOf } from "../../../adapters/discord/commands/definition.js";
import { commandFromOptions, type OptionReader } from "../../../adapters/discord/commands/options.js";
import { optionProblemMessage } from "../../../adapters/discord/commands/problem.js";
import { COMMAND_NAMES } from "../../../src/app/commands/command.js";
import { problemMessage } from "../../../src/app/commands/problem.js";
import { translator } from "../../../src/i18n/index.js";

const G = "910000000000000001";
const noDownload = async () => {
  throw new Error("no download in this test");
};

/** An option reader over plain values, as discord.js's resolver would answer. */
function reader(subcommand: string, values: Record<string, string | number | boolean> = {}): OptionReader {
  const get = <T>(name: string, type: string) => (typeof values[name] === type ? (values[name] as T) : null);
  return {
    subcommand,
    string: (name) => get<string>(name, "string"),
    integer: (name) => get<number>(name, "number"),
    boolean: (name) => get<boolean>(name, "boolean"),
    user: (name) => get<string>(`@${name}`, "string"),
    role: (name) => get<string>(`@&${name}`, "string"),
    channel: (name) => get<string>(`#${name}`, "string"),
    attachment: (name) =>
      values[`file:${name}`] ? { name: "export.csv", size: 12, url: String(values[`file:${name}`]) } : null,
  };
}

const build = (sub: string, values?: Record<string, string | number | boolean>) =>
  commandFromOptions(reader(sub, values), G, noDownload);

describe("the /afterchat definition Discord receives", () => {
  const command = afterchatCommand();
  const NAME = /^[-_'\p{L}\p{N}]{1,32}$/u;

  it("GIVEN every core command THEN there is one Discord sub-command for each, within Discord's 25", () => {
    expect(command.options?.map((o) => o.name)).toEqual([...COMMAND_NAMES]);
    expect(command.options?.length).toBeLessThanOrEqual(25);
    for (const name of COMMAND_NAMES) expect(commandNameOf(name)).toBe(name);
  });

  it("GIVEN Discord's rules THEN names are lower-case words, descriptions 1-100 characters, French localised", () => {
    const check = (o: {
      name: string;
      description: string;
      name_localizations?: unknown;
      description_localizations?: unknown;
    }) => {
      const fr = o.name_localizations as { fr: string };
      const frDescription = (o.description_localizations as { fr: string }).fr;
      expect(o.name).toMatch(NAME);
      expect(o.name).toBe(o.name.toLowerCase());
      expect(fr.fr).toMatch(NAME);
      expect(fr.fr).toBe(fr.fr.toLowerCase());
      for (const d of [o.description, frDescription]) expect(d.length, d).toBeGreaterThan(0);
      for (const d of [o.description, frDescription]) expect(d.length, d).toBeLessThanOrEqual(100);
    };
    for (const sub of command.options ?? []) {
      check(sub);
      const options = "options" in sub ? (sub.options ?? []) : [];
      for (const option of options) check(option as Parameters<typeof check>[0]);
      const names = options.map((o) => (o.name_localizations as { fr: string }).fr);
      expect(new Set(names).size, `French option names of ${sub.name}`).toBe(names.length);
      const required = options.map((o) => "required" in o && o.required === true);
      expect(required, `required options first in ${sub.name}`).toEqual(
        [...required].sort((a, b) => Number(b) - Number(a)),
      );
    }
    expect(command.description_localizations?.fr).toMatch(/^.{1,100}$/u);
  });

  it("GIVEN the French picker THEN the sub-commands read in French", () => {
    const fr = Object.fromEntries((command.options ?? []).map((o) => [o.name, o.name_localizations?.fr]));
    expect(fr).toMatchObject({ help: "aide", poll: "sondage", task: "tâche", team: "équipe", link: "lier" });
  });

  it("GIVEN a guild-only command THEN it is offered in servers only", () => {
    expect(command.contexts).toEqual([0]);
  });
});

describe("Discord options to core commands", () => {
  it.each([
    ["help", {}, { name: "help" }],
    [
      "setup",
      { hashtag: "#CafeChat", title: "Café chat" },
      { name: "setup", hashtag: "cafechat", title: "Café chat" },
    ],
    ["setup", {}, { name: "setup", hashtag: null, title: null }],
    ["stats", { edition: 12 }, { name: "stats", edition: 12 }],
    ["notes", {}, { name: "notes", edition: null }],
    ["note", {}, { name: "note", kind: null, text: null }],
    ["note", { kind: "best", text: "  A3 was great " }, { name: "note", kind: "best", text: "A3 was great" }],
    [
      "poll",
      { anonymous: true, closes: "dans 2 jours" },
      { name: "poll", anonymous: true, closesInMs: 2 * 86_400_000, minAnswers: null },
    ],
    ["poll", {}, { name: "poll", anonymous: false, closesInMs: null, minAnswers: null }],
    ["poll", { anonymous: true, min: 5 }, { name: "poll", anonymous: true, closesInMs: null, minAnswers: 5 }],
    [
      "task",
      { text: "Write the recap", "@owner": "42", due: "friday" },
      { name: "task", owner: `discord:${G}:42`, title: "Write the recap", due: "friday" },
    ],
    ["tasks", { scope: "mine" }, { name: "tasks", scope: "mine" }],
    ["tasks", {}, { name: "tasks", scope: "all" }],
    ["export", { what: "roster" }, { name: "export", what: "roster" }],
    [
      "team",
      { action: "add", "@person": "42", role: "moderator" },
      { name: "team", action: "add", users: [`discord:${G}:42`], roles: [], role: "moderator" },
    ],
    [
      "team",
      { action: "add", "@&server-role": "77" },
      { name: "team", action: "add", users: [], roles: ["77"], role: "member" },
    ],
    [
      "team",
      { action: "remove", "@person": "42", "@&server-role": "77" },
      { name: "team", action: "remove", users: [`discord:${G}:42`], roles: ["77"], role: "member" },
    ],
    ["team", { action: "list" }, { name: "team", action: "list", users: [], roles: [], role: "member" }],
    [
      "edition",
      { action: "new", topic: "Reading", starts: "friday 18:00" },
      { name: "edition", action: "new", topic: "Reading", startsAt: "friday 18:00" },
    ],
    [
      "edition",
      { action: "topic", topic: "Reading" },
      { name: "edition", action: "topic", topic: "Reading", startsAt: null },
    ],
    ["link", { code: "abcd-2345" }, { name: "link", code: "ABCD2345" }],
    ["link", {}, { name: "link", code: null }],
    ["language", { language: "fr" }, { name: "language", locale: "fr" }],
  ] as const)("GIVEN /afterchat %s %j THEN %j", (sub, values, expected) => {
    expect(build(sub, values)).toEqual({ ok: true, value: expected });
  });

  it("GIVEN an attachment THEN import carries a shared file the core can open", async () => {
    const chunks = [new Uint8Array([1, 2])];
    const built = commandFromOptions(
      reader("import", { "file:file": "http://cdn/x.csv" }),
      G,
      async (url) => {
        expect(url).toBe("http://cdn/x.csv");
        return (async function* () {
          yield* chunks;
        })();
      },
    );
    if (!built.ok || built.value.name !== "import") throw new Error("expected an import command");
    expect(built.value.file).toMatchObject({ name: "export.csv", size: 12 });
    const read: Uint8Array[] = [];
    for await (const chunk of await built.value.file!.open()) read.push(chunk);
    expect(read).toEqual(chunks);
  });

  it.each([
    ["note", { text: "no kind" }, { key: "missing", command: "note", detail: "kind" }],
    ["poll", { closes: "soonish" }, { key: "invalid", command: "poll", detail: "soonish" }],
    ["team", { action: "add" }, { key: "missing", command: "team", detail: "users" }],
    ["edition", { action: "topic" }, { key: "missing", command: "edition", detail: "topic" }],
    ["setup", { hashtag: "#?!" }, { key: "invalid", command: "setup", detail: "#?!" }],
    ["dance", {}, { key: "unknown", command: null, detail: "dance" }],
  ] as const)(
    "GIVEN /afterchat %s %j THEN the problem is %j, as Slack's parser reports it",
    (sub, values, problem) => {
      expect(build(sub, values)).toEqual({ ok: false, error: problem });
    },
  );

  it.each([
    [{ key: "missing", command: "note", detail: "kind" }, "discord.problem.kindMissing"],
    [{ key: "missing", command: "team", detail: "users" }, "discord.problem.personMissing"],
    [{ key: "missing", command: "edition", detail: "topic" }, "discord.problem.topicMissing"],
  ] as const)("GIVEN the problem %j THEN Discord names its option (%s)", (problem, key) => {
    const en = translator("en");
    expect(optionProblemMessage(en.t, problem).text).toBe(en.t(key));
  });

  it("GIVEN an unreadable duration THEN Discord says it as Slack does, with Discord's options as the syntax", () => {
    const en = translator("en");
    const problem = { key: "invalid", command: "poll", detail: "soonish" } as const;
    const discord = optionProblemMessage(en.t, problem);
    expect(discord).toEqual(problemMessage(en.t, problem, "discord"));
    expect(discord.text).toContain("`/afterchat poll [anonymous:True] [min:5] [closes:48h]`");
    expect(problemMessage(en.t, problem, "slack").text).toContain(
      "`/afterchat poll [anonymous] [min 5] [closes 48h]`",
    );
  });
});
