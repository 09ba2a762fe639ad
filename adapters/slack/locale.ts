/**
 * What users.info says about a person that the core needs: their language, whether they
 * administer the workspace, whether they are a bot (a task is never given to one), and the name
 * people see (CSV exports, drafts). Cached about an hour per user: every interaction needs it,
 * and users.info is a Tier 4 method, not free.
 * @see https://docs.slack.dev/reference/methods/users.info (include_locale)
 */
import type { Logger } from "../../src/log.js";
import type { SlackClients } from "./clients.js";
import { describeFailure } from "./errors.js";
import { ownCopy } from "./recent-keys.js";

export interface SlackUserFacts {
  /** IETF tag ("fr-FR"), or null when Slack did not say. */
  locale: string | null;
  /** Workspace admin, owner or primary owner. */
  isAdmin: boolean;
  /** A bot or an app user (Slackbot included). */
  isBot: boolean;
  /** The display name, else the real name, else the handle; null when Slack did not say. */
  name: string | null;
  /** The person's IANA time zone ("Europe/Paris"), or null when Slack did not say. */
  timeZone: string | null;
}

const HOUR_MS = 60 * 60 * 1000;
/** A failed lookup is retried after a minute rather than every interaction. */
const FAILURE_MS = 60 * 1000;

export class SlackUserDirectory {
  readonly #cache = new Map<string, { facts: SlackUserFacts; until: number }>();

  constructor(
    private readonly clients: SlackClients,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
    private readonly ttlMs: number = HOUR_MS,
  ) {}

  /** The person's language when already known here (no Slack call): for answers that cannot wait. */
  knownLocale(teamId: string, userId: string): string | null {
    return this.#cache.get(`${teamId}:${userId}`)?.facts.locale ?? null;
  }

  async facts(teamId: string, userId: string): Promise<SlackUserFacts> {
    const key = `${teamId}:${userId}`;
    const cached = this.#cache.get(key);
    if (cached && cached.until > this.now()) return cached.facts;
    let facts: SlackUserFacts = { locale: null, isAdmin: false, isBot: false, name: null, timeZone: null };
    let ttl = this.ttlMs;
    try {
      const client = await this.clients.forTeam(teamId);
      const result = await client.users.info({ user: userId, include_locale: true });
      const user = result.user;
      const profile = user?.profile;
      facts = {
        locale: typeof user?.locale === "string" ? user.locale : null,
        isAdmin: Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner),
        isBot: Boolean(user?.is_bot || user?.is_app_user) || userId === "USLACKBOT",
        name: profile?.display_name || profile?.real_name || user?.real_name || user?.name || null,
        timeZone: typeof user?.tz === "string" && user.tz ? user.tz : null,
      };
    } catch (error) {
      ttl = FAILURE_MS;
      this.log.warn({ slack: describeFailure(error), method: "users.info" }, "could not read a Slack user");
    }
    // The key's own copy: the ids are slices of the request body, which the cache would otherwise keep.
    this.#cache.set(ownCopy(key), { facts, until: this.now() + ttl });
    if (this.#cache.size > 10_000) this.#cache.delete(this.#cache.keys().next().value as string);
    return facts;
  }
}
