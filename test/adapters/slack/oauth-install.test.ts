import { afterEach, describe, expect, it } from "vitest";
import { translator } from "../../../src/i18n/index.js";
import { sentence } from "../../../src/render/message.js";
import { type OAuthWorld, startOAuthWorld } from "./oauth-world.js";

const texts = (fake: OAuthWorld["fake"], method: string) =>
  fake.calls(method).filter((c) => c.status === 200 && c.response.ok === true);

describe("Slack OAuth install (several workspaces)", () => {
  let w: OAuthWorld;
  afterEach(async () => {
    await w?.stop();
  });

  it("GIVEN a browser WHEN it installs the app THEN the state is checked, the tokens are stored sealed and the workspace exists", async () => {
    w = await startOAuthWorld();
    const done = await w.install("TA1", { language: "fr-FR,fr;q=0.9" });
    expect(done.start.status).toBe(302);
    expect(done.location.origin + done.location.pathname).toBe(`${w.fake.origin}/oauth/v2/authorize`);
    expect(done.location.searchParams.get("scope")).toContain("chat:write");
    expect(done.status).toBe(200);
    expect(done.page).toContain(translator("fr").t("slack.install.done", { team: "Team TA1" }));
    const stored = await w.store.installations.get("TA1");
    expect(stored?.botUserId).toBe("UBOT1");
    // At rest the token is ciphertext: neither the token nor its prefix is in the row.
    expect(JSON.stringify(stored)).not.toContain("xoxe.xoxb");
    expect(await w.store.workspaces.findByExternal("slack", "TA1")).toMatchObject({ name: "Team TA1" });
  });

  it("GIVEN a redirect without the browser's state cookie THEN nothing is installed and the page says to retry", async () => {
    w = await startOAuthWorld();
    const done = await w.install("TA1", { cookie: false });
    expect(done.status).toBe(400);
    expect(done.page).toContain(
      translator("en").t("slack.install.failed", { reason: "slack_oauth_invalid_state" }),
    );
    expect(await w.store.installations.get("TA1")).toBeNull();
    expect(w.fake.calls("oauth.v2.access")).toHaveLength(0);
  });

  it("GIVEN an Enterprise Grid org-wide install THEN it is refused with a sentence, its token revoked, nothing stored", async () => {
    w = await startOAuthWorld();
    const done = await w.install("TORG", { enterprise: true });
    expect(done.status).toBe(400);
    expect(done.page).toContain(translator("en").t("slack.install.enterprise").slice(0, 60));
    expect(w.fake.oauth.revoked).toHaveLength(1);
    expect(await w.store.installations.list()).toEqual([]);
  });

  it("GIVEN two installed workspaces WHEN each sends a command and the scheduler posts to each THEN every call carries that workspace's token", async () => {
    w = await startOAuthWorld();
    await w.install("TA1");
    await w.install("TB2");
    for (const team of ["TA1", "TB2"]) {
      const res = await w.command(team, "help", `help-${team}`);
      expect(res.status).toBe(200);
      await w.fake.waitForResponse(`help-${team}`);
    }
    await w.running.platform.post("slack:TA1:C1", sentence("to A"));
    await w.running.platform.post("slack:TB2:C2", sentence("to B"));
    const byTeam = (prefix: string) => (c: { token?: string }) => c.token?.startsWith(`xoxe.xoxb-${prefix}-`);
    const users = texts(w.fake, "users.info");
    expect(users.filter(byTeam("TA1")).length).toBeGreaterThan(0);
    expect(users.filter(byTeam("TB2")).length).toBeGreaterThan(0);
    const posts = texts(w.fake, "chat.postMessage");
    expect(posts.find((c) => c.args.channel === "C1")?.token).toMatch(/^xoxe\.xoxb-TA1-/);
    expect(posts.find((c) => c.args.channel === "C2")?.token).toMatch(/^xoxe\.xoxb-TB2-/);
  });

  it("GIVEN a team that never installed WHEN the scheduler posts there THEN it fails as a platform error, with no call to Slack", async () => {
    w = await startOAuthWorld();
    await expect(w.running.platform.post("slack:TNONE:C1", sentence("x"))).rejects.toMatchObject({
      code: "platform_failed",
    });
    expect(w.fake.calls("chat.postMessage")).toHaveLength(0);
  });
});
