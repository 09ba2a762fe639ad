/**
 * Events API: app_home_opened redraws the reader's App Home tab (their chats, figures, tasks).
 * app_uninstalled and tokens_revoked (the bot's) delete the team's stored tokens at once and
 * retire the workspace: its scheduled jobs stop, its data stays for the retention period.
 * Events are acked by Bolt before the listener runs; a retried event (same event_id) is dropped.
 * @see https://docs.slack.dev/reference/events/app_home_opened
 * @see https://docs.slack.dev/reference/events/app_uninstalled
 * @see https://docs.slack.dev/reference/events/tokens_revoked
 */
import type { App } from "@slack/bolt";
import type { SlackContext } from "../../context.js";
import { publishHome } from "../../home.js";
import { parseHomeOpened } from "../../parse.js";
import { handle } from "../run.js";

export function register(app: App, ctx: SlackContext): void {
  app.event("app_home_opened", async ({ event, body, context }) => {
    const input = parseHomeOpened(event);
    const teamId = context.teamId ?? (body as { team_id?: string }).team_id;
    if (!input || !teamId || (input.tab !== null && input.tab !== "home")) return;
    const eventId = (body as { event_id?: string }).event_id ?? `${input.userId}:${Date.now()}`;
    const who = {
      teamId,
      teamDomain: "",
      userId: input.userId,
      channelId: input.channelId,
      requestKey: eventId,
    };
    const delivery = {
      kind: "event",
      name: "app_home_opened",
      key: eventId,
      respond: null,
      retryNum: context.retryNum,
    };
    await handle(ctx, delivery, who, (caller) => publishHome(ctx, caller));
  });

  const removed = async (teamId: string | undefined, reason: string) => {
    if (!teamId) return;
    await ctx.removeTeam(teamId);
    await ctx.workspaces.removed({ platform: "slack", externalId: teamId }, reason);
  };
  app.event("app_uninstalled", async ({ body, context }) => {
    await removed(context.teamId ?? (body as { team_id?: string }).team_id, "app_uninstalled");
  });
  app.event("tokens_revoked", async ({ event, body, context }) => {
    // Only the bot's token matters: afterchat keeps no user token.
    if ((event.tokens.bot ?? []).length === 0) return;
    await removed(context.teamId ?? (body as { team_id?: string }).team_id, "tokens_revoked");
  });
}
