/**
 * The OAuth install (several workspaces): Bolt's HTTPReceiver serves /slack/install (straight to
 * Slack's authorize page, with a state cookie) and /slack/oauth_redirect (state verified against
 * the cookie and the signed state, code exchanged with oauth.v2.access, installation stored through
 * installations.ts). An Enterprise Grid org-wide install is refused with a sentence and its token
 * revoked: afterchat's data belongs to one workspace. The pages are in the reader's language.
 * @see https://docs.slack.dev/tools/bolt-js/concepts/authenticating-oauth
 * @see https://docs.slack.dev/enterprise/developing-for-enterprise-orgs
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { type Installation, webApi } from "@slack/bolt";
import type { Config } from "../../src/config.js";
import { type Locale, pickLocale, translator } from "../../src/i18n/index.js";
import type { Logger } from "../../src/log.js";

/** The bot scopes of slack/manifest.yml (test/adapters/slack/manifest.test.ts keeps them equal). */
export const BOT_SCOPES = [
  "commands",
  "chat:write",
  "chat:write.public",
  "im:write",
  "users:read",
  "usergroups:read",
  "files:read",
  "files:write",
];

type OAuth = NonNullable<NonNullable<Config["slack"]>["oauth"]>;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function readerLocale(req: IncomingMessage): Locale {
  const accepted = (req.headers["accept-language"] ?? "").split(",").map((part) => part.split(";")[0]);
  return pickLocale(...accepted);
}

function page(res: ServerResponse, status: number, locale: Locale, sentence: string): void {
  const t = translator(locale);
  res.writeHead(status, { "content-type": "text/html; charset=utf-8" });
  res.end(
    `<!doctype html><html lang="${locale}"><meta charset="utf-8"><title>${escapeHtml(t.t("slack.install.title"))}</title>` +
      `<body><p>${escapeHtml(sentence)}</p></body></html>`,
  );
}

export interface InstallHooks {
  /** A workspace installed (or installed again): the core makes it active. */
  installed(teamId: string, teamName: string): Promise<void>;
}

/** The HTTPReceiver options that turn the OAuth install on. */
export function installerOptions(
  oauth: OAuth,
  clientOptions: webApi.WebClientOptions,
  hooks: InstallHooks,
  log: Logger,
) {
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: BOT_SCOPES,
    ...(oauth.redirectUri ? { redirectUri: oauth.redirectUri } : {}),
    installerOptions: {
      directInstall: true,
      stateVerification: true,
      authorizationUrl: oauth.authorizeUrl,
      clientOptions,
      ...(oauth.redirectUri ? { redirectUriPath: new URL(oauth.redirectUri).pathname } : {}),
      callbackOptions: {
        afterInstallation: async (
          installation: Installation,
          _options: unknown,
          req: IncomingMessage,
          res: ServerResponse,
        ) => {
          if (!installation.isEnterpriseInstall) return true;
          const token = installation.bot?.token;
          if (token)
            await new webApi.WebClient(token, clientOptions).auth.revoke().catch((error: unknown) => {
              log.warn({ err: error }, "could not revoke the refused org install's token");
            });
          log.info({ enterprise: installation.enterprise?.id }, "Enterprise Grid org-wide install refused");
          page(res, 400, readerLocale(req), translator(readerLocale(req)).t("slack.install.enterprise"));
          return false;
        },
        successAsync: async (
          installation: Installation,
          _o: unknown,
          req: IncomingMessage,
          res: ServerResponse,
        ) => {
          const team = installation.team;
          if (team) await hooks.installed(team.id, team.name ?? team.id);
          const locale = readerLocale(req);
          page(res, 200, locale, translator(locale).t("slack.install.done", { team: team?.name ?? "Slack" }));
        },
        failure: (
          error: { code?: string; message: string },
          _o: unknown,
          req: IncomingMessage,
          res: ServerResponse,
        ) => {
          log.warn({ code: error.code }, "Slack install failed");
          const locale = readerLocale(req);
          page(
            res,
            400,
            locale,
            translator(locale).t("slack.install.failed", { reason: error.code ?? "error" }),
          );
        },
      },
    },
  };
}
