/**
 * A Slack workspace's installation as the store keeps it (several-workspace mode). The token
 * fields hold sealed values (src/secret-box.ts), never plain tokens: only the Slack adapter opens them.
 */
export interface StoredInstallation {
  teamId: string;
  teamName: string;
  enterpriseId: string | null;
  appId: string | null;
  botId: string;
  botUserId: string;
  botScopes: string[];
  installerUserId: string | null;
  botToken: string;
  /** null: token rotation is off for this app. */
  botRefreshToken: string | null;
  botExpiresAt: Date | null;
}

/** A refreshed access token and the (single-use) refresh token that replaces the old one. */
export interface RefreshedTokens {
  botToken: string;
  botRefreshToken: string | null;
  botExpiresAt: Date | null;
}

/** Where a workspace is in its life: active, retired (uninstalled, data kept), purged. */
export interface WorkspaceStanding {
  retiredAt: Date | null;
  purgeAfter: Date | null;
  purgedAt: Date | null;
}
