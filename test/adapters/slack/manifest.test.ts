/**
 * The manifests grant what the adapter uses: every Web API method called in adapters/slack needs
 * its scope in both manifests, and Slack must send what the listeners wait for.
 * Scopes per method: https://docs.slack.dev/reference/methods/<method> ("Required scopes").
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BOT_SCOPES } from "../../../adapters/slack/oauth.js";

const ROOT = join(import.meta.dirname, "../../..");
const MANIFESTS = ["slack/manifest.yml", "slack/manifest-socket-mode.yml", "slack/manifest-distributed.yml"];

/** Bot scope each method needs (null: none beyond the bot token). */
const SCOPE_OF: Record<string, string | null> = {
  "auth.test": null,
  "chat.postMessage": "chat:write",
  "chat.update": "chat:write",
  "chat.postEphemeral": "chat:write",
  "conversations.open": "im:write",
  "users.info": "users:read",
  "usergroups.users.list": "usergroups:read",
  "files.list": "files:read",
  "files.uploadV2": "files:write",
  "views.open": null,
  "views.publish": null,
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function calledMethods(): Set<string> {
  const methods = new Set<string>();
  for (const file of sources(join(ROOT, "adapters/slack"))) {
    for (const match of readFileSync(file, "utf8").matchAll(
      /client\.((?:[a-z]+[A-Za-z0-9]*\.)+[a-zA-Z0-9]+)\(/g,
    ))
      methods.add(match[1]!);
  }
  return methods;
}

function botScopes(manifest: string): string[] {
  const lines = manifest.split("\n");
  const start = lines.findIndex((l) => /^\s+bot:\s*$/.test(l));
  const scopes: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^\s*#/.test(line)) continue;
    const item = /^\s+- ([a-z:.]+)\s*$/.exec(line);
    if (!item) break;
    scopes.push(item[1]!);
  }
  return scopes;
}

describe.each(MANIFESTS)("%s", (path) => {
  const manifest = readFileSync(join(ROOT, path), "utf8");

  it("grants a scope for every Web API method the adapter calls", () => {
    const methods = calledMethods();
    expect(methods.size).toBeGreaterThan(5);
    const unknown = [...methods].filter((m) => !(m in SCOPE_OF));
    expect(unknown, "add these methods and their scopes to SCOPE_OF").toEqual([]);
    const needed = [...methods].map((m) => SCOPE_OF[m]).filter((s): s is string => s !== null);
    expect(botScopes(manifest)).toEqual(expect.arrayContaining(["commands", ...needed]));
  });

  it("declares /afterchat with escaped mentions, interactivity and the App Home event", () => {
    expect(manifest).toMatch(/- command: \/afterchat\n/);
    expect(manifest).toMatch(/should_escape: true/);
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true/);
    expect(manifest).toMatch(/bot_events:\n\s+- app_home_opened/);
    expect(manifest).toMatch(/home_tab_enabled: true/);
  });

  it("points Slack at /slack/events over HTTP, or at nothing in Socket Mode", () => {
    const urls = [...manifest.matchAll(/(?:url|request_url): (\S+)/g)].map((m) => m[1]!);
    const redirects = [...manifest.matchAll(/redirect_urls:\n\s+- (\S+)/g)].map((m) => m[1]!);
    if (path.includes("socket")) {
      expect(manifest).toMatch(/socket_mode_enabled: true/);
      expect(urls).toEqual([]);
    } else {
      expect(manifest).toMatch(/socket_mode_enabled: false/);
      expect(urls).toHaveLength(3);
      for (const url of urls) expect(url).toMatch(/^https:\/\/.+\/slack\/events$/);
    }
    // OAuth install: Slack sends the browser back to Bolt's redirect path, with rotating tokens.
    if (path.includes("distributed")) {
      expect(redirects).toEqual(["https://afterchat.example.org/slack/oauth_redirect"]);
      expect(manifest).toMatch(/token_rotation_enabled: true/);
    } else expect(redirects).toEqual([]);
  });

  it("subscribes to app_uninstalled and tokens_revoked, and lists the scopes the OAuth install asks for", () => {
    expect(manifest).toMatch(/- app_uninstalled\n\s+- tokens_revoked/);
    expect(botScopes(manifest).sort()).toEqual([...BOT_SCOPES].sort());
  });
});
