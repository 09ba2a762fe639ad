/**
 * The real startSlack in OAuth-install mode (several workspaces) against the Slack fake, on any
 * Store: a browser's install round trip, signed requests from any team, and the platform the
 * scheduler posts through.
 */
import { randomBytes } from "node:crypto";
import { type RunningSlack, startSlack } from "../../../adapters/slack/index.js";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { allRegistries } from "../../../src/app/registries.js";
import type { Services } from "../../../src/app/services.js";
import { parseConfig } from "../../../src/config.js";
import { healthRoutes } from "../../../src/health.js";
import { createLogger } from "../../../src/log.js";
import { PlatformRouter } from "../../../src/platforms.js";
import type { Store } from "../../../src/ports.js";
import { type FakeSlack, startFakeSlack } from "../../support/fake-slack.js";
import { FAKE_CLIENT_ID, FAKE_CLIENT_SECRET } from "../../support/fake-slack-oauth.js";
import { createMemoryStore } from "../../support/memory-store.js";
import { TEST_SECRET } from "../../support/recording-responder.js";
import { eventBody, signedPost, slashCommandBody } from "../../support/slack-request.js";

export const SIGNING_SECRET = "afterchat-oauth-signing-secret";
export const TOKEN_KEY = randomBytes(32).toString("hex");

export interface OAuthWorldOptions {
  store?: Store;
  fake?: FakeSlack;
  key?: string;
  oldKeys?: string;
  refreshBeforeSeconds?: number;
  owner?: string;
}

export async function startOAuthWorld(options: OAuthWorldOptions = {}) {
  const fake = options.fake ?? (await startFakeSlack());
  const store = options.store ?? createMemoryStore();
  const log = createLogger({ level: "silent" });
  const platforms = new PlatformRouter();
  const services: Services = {
    store,
    clock: { now: () => new Date() },
    platforms,
    log,
    secret: TEST_SECRET,
    liveSource: () => null,
    importMaxBytes: 1024 * 1024,
  };
  const config = parseConfig({
    SLACK_CLIENT_ID: FAKE_CLIENT_ID,
    SLACK_CLIENT_SECRET: FAKE_CLIENT_SECRET,
    SLACK_STATE_SECRET: "state-secret-0123456789abcdef0123456789",
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.url,
    SLACK_AUTHORIZE_URL: `${fake.origin}/oauth/v2/authorize`,
    TOKEN_ENCRYPTION_KEY: options.key ?? TOKEN_KEY,
    ...(options.oldKeys ? { TOKEN_ENCRYPTION_OLD_KEYS: options.oldKeys } : {}),
    WORKSPACE_RETENTION_DAYS: "30",
    PORT: "0",
    HOST: "127.0.0.1",
  });
  const dispatcher = createDispatcher(services, allRegistries);
  const routes = healthRoutes(() => ({ database: () => store.ping() }));
  const running: RunningSlack = await startSlack(
    { config, services, dispatcher, routes, log },
    config.slack!,
    {
      retryConfig: { retries: 0 },
      ...(options.refreshBeforeSeconds !== undefined
        ? { refreshBeforeSeconds: options.refreshBeforeSeconds }
        : {}),
      ...(options.owner ? { owner: options.owner } : {}),
    },
  );
  platforms.register(running.platform);
  const url = running.url as string;

  /** A browser installing the app into `teamId`: /slack/install, Slack's page, then the redirect. */
  async function install(
    teamId: string,
    o: { enterprise?: boolean; language?: string; cookie?: boolean } = {},
  ) {
    const start = await fetch(`${url}/slack/install`, { redirect: "manual" });
    const location = new URL(start.headers.get("location") ?? "");
    const state = location.searchParams.get("state") ?? "";
    const cookie = (start.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const code = fake.oauth.issueCode(teamId, { enterprise: o.enterprise ?? false });
    const back = await fetch(`${url}/slack/oauth_redirect?code=${code}&state=${encodeURIComponent(state)}`, {
      headers: {
        ...(o.cookie === false ? {} : { cookie }),
        "accept-language": o.language ?? "en-GB,en;q=0.8",
      },
    });
    return { start, location, state, status: back.status, page: await back.text() };
  }

  return {
    fake,
    store,
    services,
    running,
    url,
    install,
    command: (teamId: string, text: string, responseId?: string) =>
      signedPost(url, {
        ...slashCommandBody({ team_id: teamId, text, response_url: fake.responseUrl(responseId) }),
        secret: SIGNING_SECRET,
      }),
    event: (teamId: string, event: Record<string, unknown>) =>
      signedPost(url, {
        ...eventBody(event, { team_id: teamId, context_team_id: teamId, authorizations: [] }),
        secret: SIGNING_SECRET,
      }),
    async stop(closeFake = true) {
      await running.stop();
      if (closeFake) await fake.close();
    },
  };
}

export type OAuthWorld = Awaited<ReturnType<typeof startOAuthWorld>>;
