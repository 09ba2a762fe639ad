/**
 * The OAuth side of the Slack fake: the codes a browser brings back from the authorize page,
 * oauth.v2.access (code exchange, and grant_type=refresh_token with token rotation), auth.revoke,
 * and which token belongs to which team, expires when, or was revoked. Refresh tokens are
 * single-use, as with rotation on: a second use answers invalid_refresh_token.
 * @see https://docs.slack.dev/reference/methods/oauth.v2.access
 * @see https://docs.slack.dev/authentication/using-token-rotation
 */
import type { SlackArgs, SlackErrorAnswer } from "./fake-slack-methods.js";

export const FAKE_CLIENT_ID = "1111111111.2222222222";
export const FAKE_CLIENT_SECRET = "fake-client-secret-0123456789";

export interface FakeTeam {
  id: string;
  name: string;
  botUserId: string;
  botId: string;
}

interface IssuedToken {
  teamId: string;
  /** ms since the epoch; null: never expires (rotation off). */
  expiresAt: number | null;
  revoked: boolean;
}

export interface RefreshRecord {
  teamId: string | null;
  refreshToken: string;
  answer: "ok" | "invalid_refresh_token";
}

export class FakeSlackOAuth {
  readonly teams = new Map<string, FakeTeam>();
  readonly #codes = new Map<string, { teamId: string; enterprise: boolean }>();
  readonly #tokens = new Map<string, IssuedToken>();
  readonly #refresh = new Map<string, { teamId: string; used: boolean }>();
  readonly refreshes: RefreshRecord[] = [];
  readonly revoked: string[] = [];
  /** Token lifetime in seconds with rotation on (Slack: 43,200); null: rotation off. */
  expiresIn: number | null = null;
  #counter = 0;

  addTeam(id: string, name = `Team ${id}`): FakeTeam {
    const n = this.teams.size + 1;
    const team = { id, name, botUserId: `UBOT${n}`, botId: `BBOT${n}` };
    this.teams.set(id, team);
    return team;
  }

  /** What Slack's authorize page would hand the browser back for this team. */
  issueCode(teamId: string, options: { enterprise?: boolean } = {}): string {
    if (!this.teams.has(teamId)) this.addTeam(teamId);
    const code = `code-${teamId}-${++this.#counter}`;
    this.#codes.set(code, { teamId, enterprise: options.enterprise ?? false });
    return code;
  }

  /** The team a token was issued to, or why it cannot be used (as Slack answers). */
  check(token: string): { teamId: string } | SlackErrorAnswer | null {
    const issued = this.#tokens.get(token);
    if (!issued) return null; // not an OAuth token (the one-workspace tests' xoxb-test...)
    if (issued.revoked) return { error: "token_revoked" };
    if (issued.expiresAt !== null && issued.expiresAt <= Date.now()) return { error: "token_expired" };
    return { teamId: issued.teamId };
  }

  revokeTeam(teamId: string): void {
    for (const issued of this.#tokens.values()) if (issued.teamId === teamId) issued.revoked = true;
  }

  access(args: SlackArgs): Record<string, unknown> | SlackErrorAnswer {
    if (args.client_id !== FAKE_CLIENT_ID || args.client_secret !== FAKE_CLIENT_SECRET)
      return { error: "invalid_client_id" };
    if (args.grant_type === "refresh_token") return this.#rotate(String(args.refresh_token ?? ""));
    const grant = this.#codes.get(String(args.code ?? ""));
    if (!grant) return { error: "invalid_code" };
    this.#codes.delete(String(args.code));
    const team = this.teams.get(grant.teamId) as FakeTeam;
    const tokens = this.#issue(team.id);
    return {
      app_id: "A0FAKE0001",
      authed_user: { id: "U0INSTALLER" },
      scope:
        "commands,chat:write,chat:write.public,im:write,users:read,usergroups:read,files:read,files:write",
      token_type: "bot",
      bot_user_id: team.botUserId,
      team: grant.enterprise ? null : { id: team.id, name: team.name },
      enterprise: grant.enterprise ? { id: "E0FAKE0001", name: "Fake Grid" } : null,
      is_enterprise_install: grant.enterprise,
      ...tokens,
    };
  }

  revoke(token: string): Record<string, unknown> {
    const issued = this.#tokens.get(token);
    if (issued) issued.revoked = true;
    this.revoked.push(token);
    return { revoked: true };
  }

  /** auth.test for an OAuth token: the team and bot it was issued for. */
  whoAmI(teamId: string, origin: string): Record<string, unknown> {
    const team = this.teams.get(teamId) as FakeTeam;
    return {
      url: `${origin}/`,
      team: team.name,
      user: "afterchat",
      team_id: team.id,
      user_id: team.botUserId,
      bot_id: team.botId,
      is_enterprise_install: false,
    };
  }

  #issue(teamId: string) {
    const access = `xoxe.xoxb-${teamId}-${++this.#counter}`;
    const expiresAt = this.expiresIn === null ? null : Date.now() + this.expiresIn * 1000;
    this.#tokens.set(access, { teamId, expiresAt, revoked: false });
    if (this.expiresIn === null) return { access_token: access };
    const refresh = `xoxe-1-refresh-${teamId}-${this.#counter}`;
    this.#refresh.set(refresh, { teamId, used: false });
    return { access_token: access, refresh_token: refresh, expires_in: this.expiresIn };
  }

  #rotate(refreshToken: string): Record<string, unknown> | SlackErrorAnswer {
    const known = this.#refresh.get(refreshToken);
    if (!known || known.used) {
      this.refreshes.push({ teamId: known?.teamId ?? null, refreshToken, answer: "invalid_refresh_token" });
      return { error: "invalid_refresh_token" };
    }
    known.used = true;
    this.refreshes.push({ teamId: known.teamId, refreshToken, answer: "ok" });
    const team = this.teams.get(known.teamId) as FakeTeam;
    return { token_type: "bot", team: { id: team.id, name: team.name }, ...this.#issue(team.id) };
  }
}
