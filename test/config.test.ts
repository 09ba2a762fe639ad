import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONFIG_VARIABLES, ConfigError, parseConfig, SECRET_VARIABLES } from "../src/config.js";

function problems(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("configuration", () => {
  it("GIVEN an empty environment THEN SQLite under ./data, no platform, public base URLs", () => {
    const config = parseConfig({});
    expect(config.database).toBe("sqlite");
    expect(config.databaseUrl).toBe("file:./data/afterchat.db");
    expect(config.slack).toBeNull();
    expect(config.discord).toBeNull();
    expect(config.x.apiUrl).toBe("https://api.x.com");
    expect(config.bluesky.apiUrl).toBe("https://public.api.bsky.app");
    expect(config.port).toBe(3000);
  });

  it("GIVEN empty values (NAME= lines of a .env) THEN they count as unset", () => {
    expect(parseConfig({ SLACK_BOT_TOKEN: "", PORT: " " }).slack).toBeNull();
  });

  it.each([
    [{ PORT: "abc" }, "PORT: must be a number", "Example: 3000"],
    [{ PORT: "70000" }, "PORT: must be 0..65535", "Example: 3000"],
    [
      { DATABASE_URL: "mysql://db" },
      "DATABASE_URL: must start with file: (SQLite) or postgresql://",
      "Example: file:",
    ],
    [
      { LOG_LEVEL: "loud" },
      'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent (got "loud")',
      "Example: info",
    ],
    [{ DEFAULT_LOCALE: "de" }, 'DEFAULT_LOCALE: must be fr or en (got "de")', "Example: fr"],
    [
      { X_API_URL: "ftp://x" },
      'X_API_URL: must be an http(s) URL (got "ftp://x")',
      "Example: https://api.x.com",
    ],
    [{ JOB_GRACE_MINUTES: "0" }, "JOB_GRACE_MINUTES: must be at least 1", "Example: 360"],
    [{ SCHEDULER_ENABLED: "maybe" }, "SCHEDULER_ENABLED: must be true or false", "Example: true"],
    [
      { DISCORD_APPLICATION_ID: "abc", DISCORD_TOKEN: "x".repeat(30) },
      "DISCORD_APPLICATION_ID: must be the numeric application id",
      "Example: 123456789012345678",
    ],
  ])("GIVEN %o THEN one readable line says what is wrong and shows a right value", (env, says, example) => {
    const lines = problems(env);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(says);
    expect(lines[0]).toContain(example);
  });

  it("GIVEN no HEAP_GROWTH_PERCENT THEN the heap may grow 50% past what it keeps; 0 leaves it to V8", () => {
    expect(parseConfig({}).heapGrowthPercent).toBe(50);
    expect(parseConfig({ HEAP_GROWTH_PERCENT: "0" }).heapGrowthPercent).toBe(0);
    expect(problems({ HEAP_GROWTH_PERCENT: "-1" })[0]).toContain("must be 0 (V8's own) or more");
  });

  it("GIVEN several bad values THEN one line per problem", () => {
    expect(problems({ PORT: "x", LOG_LEVEL: "y", DEFAULT_LOCALE: "z" })).toHaveLength(3);
  });

  it("GIVEN a Slack bot token without signing secret nor app token THEN it asks for one of them", () => {
    expect(problems({ SLACK_BOT_TOKEN: "xoxb-1-2-abc" })[0]).toMatch(
      /^SLACK_SIGNING_SECRET: is required with SLACK_BOT_TOKEN/,
    );
  });

  it("GIVEN an app-level token THEN Slack runs in Socket Mode without a signing secret", () => {
    const config = parseConfig({ SLACK_BOT_TOKEN: "xoxb-1-2-abc", SLACK_APP_TOKEN: "xapp-1-A-2-b" });
    expect(config.slack?.appToken).toBe("xapp-1-A-2-b");
  });

  it("GIVEN PostgreSQL without AFTERCHAT_SECRET THEN it refuses (processes must share the secret)", () => {
    expect(problems({ DATABASE_URL: "postgresql://u@127.0.0.1/db" })[0]).toMatch(
      /^AFTERCHAT_SECRET: is required with PostgreSQL/,
    );
  });

  it("GIVEN a malformed secret THEN the message never echoes it", () => {
    const secret = "xoxp-THIS-IS-A-USER-TOKEN-NOT-A-BOT-TOKEN";
    const lines = problems({ SLACK_BOT_TOKEN: secret, SLACK_SIGNING_SECRET: "abc" });
    expect(lines.join("\n")).not.toContain(secret);
    expect(lines.join("\n")).not.toContain("THIS-IS-A-USER");
    expect(lines.join("\n")).not.toContain('"abc"');
  });

  it("GIVEN a bad PostgreSQL URL with a password THEN the password is not echoed", () => {
    const lines = problems({ DATABASE_URL: "mysql://user:hunter2@db/x" });
    expect(lines.join("\n")).not.toContain("hunter2");
  });

  it("every secret variable is known to the schema", () => {
    for (const name of SECRET_VARIABLES) expect(CONFIG_VARIABLES).toContain(name);
  });

  it(".env.example documents every variable with a comment above it", () => {
    const example = readFileSync(new URL("../.env.example", import.meta.url), "utf8").split("\n");
    for (const name of CONFIG_VARIABLES) {
      const index = example.findIndex((line) => line.startsWith(`${name}=`));
      expect(index, `${name} missing from .env.example`).toBeGreaterThan(0);
      const above = example.slice(0, index).reverse();
      const firstNonVariable = above.find(
        (line) => !/^[A-Z_]+=/.test(line) && !line.startsWith("# DATABASE_URL"),
      );
      expect(firstNonVariable?.startsWith("#"), `${name} has no comment above it`).toBe(true);
    }
  });
});
