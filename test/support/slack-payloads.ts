/**
 * Realistic Slack inbound payloads (slash command, block_actions, view_submission, event_callback), shared by the
 * signed-HTTP helpers (slack-request.ts) and the Socket Mode fake. Field sets follow Slack's reference pages and the
 * java-slack-sdk payload schemas in ../shared/fixtures/slack-payload-schemas (checked by test/fakes).
 * Overrides are merged shallowly: pass a whole nested object (e.g. `user`) to replace it.
 * @see https://docs.slack.dev/interactivity/implementing-slash-commands
 * @see https://docs.slack.dev/reference/interaction-payloads/block_actions-payload
 * @see https://docs.slack.dev/reference/interaction-payloads/view-interactions-payload
 */

export const SLACK_DEFAULTS = {
  teamId: "T0FAKE0001",
  teamDomain: "afterchat-test",
  userId: "U0FAKE0001",
  userName: "ada",
  channelId: "C0FAKE0001",
  channelName: "chat-hour",
  appId: "A0FAKE0001",
  /** The legacy verification token Slack still puts in payloads (Bolt ignores it and checks signatures). */
  token: "verification-token",
} as const;

let counter = 0;
/** A trigger_id shaped like Slack's (`<number>.<number>.<hex>`), unique per call. */
export function fakeTriggerId(): string {
  counter += 1;
  return `1337.42.${counter.toString(16).padStart(8, "0")}`;
}

export interface SlashCommandFields {
  team_id?: string;
  team_domain?: string;
  user_id?: string;
  user_name?: string;
  channel_id?: string;
  channel_name?: string;
  command?: string;
  text?: string;
  trigger_id?: string;
  response_url?: string;
  api_app_id?: string;
  enterprise_id?: string;
  enterprise_name?: string;
}

/**
 * A slash command's fields as Slack sends them (all strings). Slack sends no locale with a slash command:
 * ask users.info with include_locale (the Slack fake answers it from `fake.users`).
 */
export function slashCommandPayload(fields: SlashCommandFields = {}): Record<string, string> {
  const d = SLACK_DEFAULTS;
  const payload: Record<string, string> = {
    token: d.token,
    team_id: fields.team_id ?? d.teamId,
    team_domain: fields.team_domain ?? d.teamDomain,
    channel_id: fields.channel_id ?? d.channelId,
    channel_name: fields.channel_name ?? d.channelName,
    user_id: fields.user_id ?? d.userId,
    user_name: fields.user_name ?? d.userName,
    command: fields.command ?? "/afterchat",
    text: fields.text ?? "",
    api_app_id: fields.api_app_id ?? d.appId,
    is_enterprise_install: "false",
    response_url: fields.response_url ?? "http://127.0.0.1:9/commands/unset",
    trigger_id: fields.trigger_id ?? fakeTriggerId(),
  };
  if (fields.enterprise_id !== undefined) payload.enterprise_id = fields.enterprise_id;
  if (fields.enterprise_name !== undefined) payload.enterprise_name = fields.enterprise_name;
  return payload;
}

type Json = Record<string, unknown>;

function interactionBase(teamId: string = SLACK_DEFAULTS.teamId): Json {
  const d = SLACK_DEFAULTS;
  return {
    enterprise: null,
    team: { id: teamId, domain: d.teamDomain },
    user: { id: d.userId, username: d.userName, name: d.userName, team_id: teamId },
    api_app_id: d.appId,
    token: d.token,
    trigger_id: fakeTriggerId(),
    is_enterprise_install: false,
  };
}

/** A block_actions payload for one button click in a channel message; override `actions` for other elements. */
export function blockActionPayload(overrides: Json = {}): Json {
  const d = SLACK_DEFAULTS;
  const messageTs = "1700000000.000100";
  return {
    type: "block_actions",
    ...interactionBase(),
    container: { type: "message", message_ts: messageTs, channel_id: d.channelId, is_ephemeral: false },
    channel: { id: d.channelId, name: d.channelName },
    message: { type: "message", user: "U0FAKEBOT1", ts: messageTs, text: "", blocks: [] },
    state: { values: {} },
    response_url: "http://127.0.0.1:9/actions/unset",
    actions: [
      {
        type: "button",
        action_id: "button",
        block_id: "block",
        text: { type: "plain_text", text: "Button", emoji: true },
        value: "",
        action_ts: "1700000001.000200",
      },
    ],
    ...overrides,
  };
}

/** A view_submission payload for a modal; `view.state.values` carries the inputs ({block: {action: value}}). */
export function viewSubmissionPayload(overrides: Json = {}, view: Json = {}): Json {
  const d = SLACK_DEFAULTS;
  return {
    type: "view_submission",
    ...interactionBase(),
    view: {
      id: "V0FAKE0001",
      team_id: d.teamId,
      type: "modal",
      title: { type: "plain_text", text: "afterchat", emoji: true },
      submit: { type: "plain_text", text: "Submit", emoji: true },
      close: { type: "plain_text", text: "Cancel", emoji: true },
      blocks: [],
      private_metadata: "",
      callback_id: "modal",
      external_id: "",
      state: { values: {} },
      hash: "1700000000.abcdef",
      clear_on_close: false,
      notify_on_close: false,
      root_view_id: "V0FAKE0001",
      previous_view_id: null,
      app_id: d.appId,
      app_installed_team_id: d.teamId,
      bot_id: "B0FAKEBOT1",
      ...view,
    },
    response_urls: [],
    ...overrides,
  };
}

let eventCounter = 0;
/** The event_callback envelope Slack wraps around an Events API event. */
export function eventCallbackPayload(event: Json, overrides: Json = {}): Json {
  const d = SLACK_DEFAULTS;
  eventCounter += 1;
  return {
    token: d.token,
    team_id: d.teamId,
    context_team_id: d.teamId,
    api_app_id: d.appId,
    event: { event_ts: "1700000002.000300", ...event },
    type: "event_callback",
    event_id: `Ev0FAKE${String(eventCounter).padStart(4, "0")}`,
    event_time: 1700000002,
    authorizations: [
      {
        enterprise_id: null,
        team_id: d.teamId,
        user_id: "U0FAKEBOT1",
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    ...overrides,
  };
}
