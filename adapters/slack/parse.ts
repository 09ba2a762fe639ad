/**
 * Slack payloads -> what the core needs, checked with zod (safeParse: a payload we cannot read is
 * a null, never a throw). Ids stay Slack's here; refs.ts turns them into opaque references.
 * @see https://docs.slack.dev/interactivity/implementing-slash-commands
 * @see https://docs.slack.dev/reference/interaction-payloads/block_actions-payload
 * @see https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload
 * @see https://docs.slack.dev/reference/events/app_home_opened
 */
import { z } from "zod";
import type { ActionEvent, FormSubmission } from "../../src/app/interaction.js";
import type { ActionId } from "../../src/render/message.js";
import { decodeMetadata, FORM_CALLBACK_ID } from "./form.js";
import { fromSlackText } from "./mrkdwn.js";
import { messageRef, userRef } from "./refs.js";
import { actionOf } from "./render.js";

/** Every ActionId, at run time (the compiler checks the list is complete). */
export const ACTION_IDS = [
  "poll.vote",
  "poll.comment",
  "poll.close",
  "poll.results",
  "note.edit",
  "note.delete",
  "task.done",
  "task.reopen",
  "task.reassign",
  "task.drop",
  "unanswered.assign",
  "afterparty.task",
  "setup.open",
] as const satisfies readonly ActionId[];
type MissingActionIds = Exclude<ActionId, (typeof ACTION_IDS)[number]>;
const complete: MissingActionIds extends never ? true : false = true;
void complete;

export function isActionId(value: string): value is ActionId {
  return (ACTION_IDS as readonly string[]).includes(value);
}

/** Where an interaction happened and who did it. */
export interface SlackWhere {
  teamId: string;
  teamDomain: string;
  userId: string;
  /** null for App Home and modals opened without a channel. */
  channelId: string | null;
}

export interface SlashCommandInput extends SlackWhere {
  channelId: string;
  /** The text after the command, with mentions already neutral (`<@slack:T:U>`). */
  text: string;
  triggerId: string;
  responseUrl: string;
}

const id = z.string().regex(/^[A-Z0-9]+$/);
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

const interactionBase = z.object({
  team: z
    .object({ id, domain: z.string().default("") })
    .nullable()
    .optional(),
  user: z.object({ id, team_id: id.optional() }),
  trigger_id: z.string().min(1),
});

const actionSchema = z.object({
  type: z.string(),
  action_id: z.string().min(1),
  value: z.string().optional(),
  selected_user: id.optional(),
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

function teamOf(b: z.infer<typeof interactionBase>): string | null {
  return b.team?.id ?? b.user.team_id ?? null;
}

export function parseBlockAction(body: unknown): BlockActionInput | null {
  const parsed = blockActionSchema.safeParse(body);
  if (!parsed.success) return null;
  const b = parsed.data;
  const teamId = teamOf(b);
  const action = b.actions[0]!;
  const { action: name, suffix } = actionOf(action.action_id);
  if (!teamId || !isActionId(name)) return null;
  // A users_select has no value: its neutral value travels after the ActionId (render.ts).
  const isUserSelect = action.type === "users_select";
  const value = isUserSelect ? (suffix ?? "") : (action.value ?? "");
  const channelId = b.channel?.id ?? b.container?.channel_id ?? null;
  const ts = b.container?.message_ts;
  const message = channelId && ts && b.container?.type === "message" ? { channelId, ts } : null;
  const event: ActionEvent = { action: name, value };
  if (isUserSelect) {
    if (!action.selected_user) return null;
    event.selectedUser = userRef(teamId, action.selected_user);
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

const inputValue = z
  .object({
    value: z.string().nullable().optional(),
    selected_user: z.string().nullable().optional(),
    selected_option: z.object({ value: z.string() }).nullable().optional(),
  })
  .passthrough();

const viewSubmissionSchema = interactionBase.extend({
  type: z.literal("view_submission"),
  view: z.object({
    id: z.string().min(1),
    team_id: id.optional(),
    callback_id: z.string(),
    private_metadata: z.string().default(""),
    state: z.object({ values: z.record(z.string(), z.record(z.string(), inputValue)) }),
  }),
});

export interface ViewSubmissionInput extends SlackWhere {
  viewId: string;
  triggerId: string;
  submission: FormSubmission;
}

export function parseViewSubmission(body: unknown): ViewSubmissionInput | null {
  const parsed = viewSubmissionSchema.safeParse(body);
  if (!parsed.success) return null;
  const b = parsed.data;
  const teamId = teamOf(b) ?? b.view.team_id ?? null;
  const meta = decodeMetadata(b.view.private_metadata);
  if (!teamId || b.view.callback_id !== FORM_CALLBACK_ID || !meta) return null;
  return {
    teamId,
    teamDomain: b.team?.domain ?? "",
    userId: b.user.id,
    channelId: meta.channelId,
    viewId: b.view.id,
    triggerId: b.trigger_id,
    submission: {
      formId: meta.formId,
      state: meta.state,
      values: flattenValues(b.view.state.values, teamId),
    },
  };
}

/**
 * view.state.values ({block_id: {action_id: input}}) -> {field: text}. Our modals use the field id
 * as both block_id and action_id (form.ts); other shapes keep "block_id.action_id". Empty inputs
 * come back as "".
 */
export function flattenValues(
  values: Record<string, Record<string, z.infer<typeof inputValue>>>,
  teamId: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(values)) {
    for (const [actionId, input] of Object.entries(actions)) {
      const key = blockId === actionId ? blockId : `${blockId}.${actionId}`;
      const text = input.value ?? input.selected_option?.value ?? null;
      // plain_text_input values come as typed (Slack escapes only message and command text).
      out[key] =
        text !== null ? text : input.selected_user ? `<@${userRef(teamId, input.selected_user)}>` : "";
    }
  }
  return out;
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
