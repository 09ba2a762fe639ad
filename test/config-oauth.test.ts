import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "../src/config.js";

const KEY = "a".repeat(64);
const OAUTH = {
  SLACK_CLIENT_ID: "1111111111.2222222222",
  SLACK_CLIENT_SECRET: "client-secret-0123456789abcdef",
  SLACK_STATE_SECRET: "s".repeat(32),
  SLACK_SIGNING_SECRET: "signing-secret-123",
  TOKEN_ENCRYPTION_KEY: KEY,
};

function problems(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("configuration of the OAuth install (several Slack workspaces)", () => {
  it("GIVEN the OAuth variables THEN Slack runs without a bot token, with the key and a 30-day retention", () => {
    const config = parseConfig(OAUTH);
    expect(config.slack).toMatchObject({ botToken: null, oauth: { clientId: OAUTH.SLACK_CLIENT_ID } });
    expect(config.tokenKeys?.current).toEqual(Buffer.from(KEY, "hex"));
    expect(config.retentionDays).toBe(30);
  });

  it("GIVEN SLACK_CLIENT_ID alone THEN each missing variable is named, and no secret is echoed", () => {
    const found = problems({ SLACK_CLIENT_ID: OAUTH.SLACK_CLIENT_ID });
    for (const name of [
      "SLACK_CLIENT_SECRET",
      "SLACK_STATE_SECRET",
      "SLACK_SIGNING_SECRET",
      "TOKEN_ENCRYPTION_KEY",
    ])
      expect(found.some((p) => p.startsWith(`${name}: is required with SLACK_CLIENT_ID`))).toBe(true);
  });

  it("GIVEN OAuth with a bot token or an app token THEN it asks to choose one mode", () => {
    const found = problems({ ...OAUTH, SLACK_BOT_TOKEN: "xoxb-1-2-3", SLACK_APP_TOKEN: "xapp-1-A-2-b" });
    expect(found.some((p) => p.startsWith("SLACK_BOT_TOKEN: must not be set with SLACK_CLIENT_ID"))).toBe(
      true,
    );
    expect(found.some((p) => p.startsWith("SLACK_APP_TOKEN: must not be set with SLACK_CLIENT_ID"))).toBe(
      true,
    );
  });

  it("GIVEN a short encryption key THEN it is refused without printing it", () => {
    const found = problems({ ...OAUTH, TOKEN_ENCRYPTION_KEY: "abc123" });
    expect(found.join("\n")).toContain("TOKEN_ENCRYPTION_KEY: must be 32 bytes");
    expect(found.join("\n")).not.toContain("abc123");
  });
});
