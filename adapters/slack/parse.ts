/**
 * Slack payloads -> what the core needs, checked with zod (safeParse: a payload we cannot read is
 * a null, never a throw). Ids stay Slack's here; refs.ts turns them into opaque references.
 * @see https://docs.slack.dev/interactivity/implementing-slash-commands
 * @see https://docs.slack.dev/reference/interaction-payloads/block_actions-payload
 * @see https://docs.slack.dev/reference/events/app_home_opened
 */
import { z } from "zod";
import { type ActionEvent, isActionId } from "../../src/edge.js";
import { fromSlackText } from "./mrkdwn.js";
import { id, interactionBase, type SlackWhere, teamOf } from "./parse-common.js";
import { channelRef, messageRef, userRef } from "./refs.js";
import { actionOf } from "./render.js";

export interface SlashCommandInput extends SlackWhere {
  channelId: string;
  /** The text after the command, with mentions already neutral (`<@slack:T:U>`). */
  text: string;
  triggerId: string;
  responseUrl: string;
}

const slashSchema = z.object({
  team_id: id,
  team_domain: z.string().default(""),
  user_id: id,
  channel_id: id,
  text: z.string().default(""),
  trigger_id: z.string().min(1),
  response_url: z.string().url(),
});

export function parseSlashCommand(body: unknown): SlashCommandInput | null {
  const parsed = slashSchema.safeParse(body);
  if (!parsed.success) return null;
  const b = parsed.data;
  return {
    teamId: b.team_id,
    teamDomain: b.team_domain,
    userId: b.user_id,
    channelId: b.channel_id,
    text: fromSlackText(b.text.trim(), b.team_id),
    triggerId: b.trigger_id,
    responseUrl: b.response_url,
  };
}

const actionSchema = z.object({
  type: z.string(),
  action_id: z.string().min(1),
  value: z.string().optional(),
  selected_user: id.optional(),
  selected_conversation: id.optional(),
  selected_option: z.object({ value: z.string() }).nullable().optional(),
});

const blockActionSchema = interactionBase.extend({
  type: z.literal("block_actions"),
  container: z
    .object({
      type: z.string(),
      message_ts: z.string().optional(),
      channel_id: id.optional(),
      view_id: z.string().optional(),
    })
    .optional(),
  channel: z.object({ id }).nullable().optional(),
  view: z.object({ id: z.string(), type: z.string() }).nullable().optional(),
  response_url: z.string().url().optional(),
  actions: z.array(actionSchema).min(1),
});

export interface BlockActionInput extends SlackWhere {
  triggerId: string;
  responseUrl: string | null;
  /** The message the clicked element sits on, when it is a message. */
  message: { channelId: string; ts: string } | null;
  /** True when the click came from the App Home tab. */
  fromHome: boolean;
  event: ActionEvent;
}

export function parseBlockAction(body: unknown): BlockActionInput | null {
  const parsed = blockActionSchema.safeParse(body);
  if (!parsed.success) return null;
  const b = parsed.data;
  const teamId = teamOf(b);
  const action = b.actions[0]!;
  const { action: name, suffix } = actionOf(action.action_id);
  if (!teamId || !isActionId(name)) return null;
  // A users_select or conversations_select has no value: its neutral value travels after the
  // ActionId (render.ts).
  const isUserSelect = action.type === "users_select";
  const isChannelSelect = action.type === "conversations_select";
  // A static_select's value is the picked option's (render.ts optionSelect).
  const value =
    isUserSelect || isChannelSelect ? (suffix ?? "") : (action.value ?? action.selected_option?.value ?? "");
  const channelId = b.channel?.id ?? b.container?.channel_id ?? null;
  const ts = b.container?.message_ts;
  const message = channelId && ts && b.container?.type === "message" ? { channelId, ts } : null;
  const event: ActionEvent = { action: name, value };
  if (isUserSelect) {
    if (!action.selected_user) return null;
    event.selectedUser = userRef(teamId, action.selected_user);
  }
  if (isChannelSelect) {
    if (!action.selected_conversation) return null;
    event.selectedChannel = channelRef(teamId, action.selected_conversation);
  }
  if (message) event.sourceMessageRef = messageRef(teamId, message.channelId, message.ts);
  return {
    teamId,
    teamDomain: b.team?.domain ?? "",
    userId: b.user.id,
    channelId,
    triggerId: b.trigger_id,
    responseUrl: b.response_url ?? null,
    message,
    fromHome: b.view?.type === "home" || b.container?.type === "view",
    event,
  };
}

const homeOpenedSchema = z.object({
  type: z.literal("app_home_opened"),
  user: id,
  channel: id.optional(),
  tab: z.string().optional(),
});

export interface HomeOpenedInput {
  userId: string;
  channelId: string | null;
  tab: string | null;
}

export function parseHomeOpened(event: unknown): HomeOpenedInput | null {
  const parsed = homeOpenedSchema.safeParse(event);
  if (!parsed.success) return null;
  return { userId: parsed.data.user, channelId: parsed.data.channel ?? null, tab: parsed.data.tab ?? null };
}

export type { SlackWhere } from "./parse-common.js";
export { parseViewSubmission, type ViewSubmissionInput } from "./parse-view.js";
