import type { FakeSlackFile, SlackWorkspace } from "./fake-slack-state.js";

/**
 * Default ok:true answers of the Web API methods the bot uses, shaped after the method reference pages
 * (https://docs.slack.dev/reference/methods/<method>). A method answers either a body (ok:true is added)
 * or a SlackErrorAnswer; unknown methods answer {ok:false, error:"unknown_method"} like Slack.
 */
export type SlackArgs = Record<string, unknown>;
export interface SlackErrorAnswer {
  error: string;
}
export type SlackMethod = (args: SlackArgs, ws: SlackWorkspace) => Record<string, unknown> | SlackErrorAnswer;

const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const isTrue = (value: unknown): boolean =>
  value === true || value === "true" || value === "1" || value === 1;

function postedMessage(args: SlackArgs, ws: SlackWorkspace, ts: string): Record<string, unknown> {
  const message: Record<string, unknown> = {
    type: "message",
    subtype: "bot_message",
    text: str(args.text) ?? "",
    user: ws.botUserId,
    bot_id: ws.botId,
    app_id: "A0FAKE0001",
    team: ws.teamId,
    ts,
  };
  for (const key of ["blocks", "attachments", "thread_ts", "metadata"]) {
    if (args[key] !== undefined) message[key] = args[key];
  }
  return message;
}

function viewAnswer(args: SlackArgs, ws: SlackWorkspace, id?: string): Record<string, unknown> {
  const view = (typeof args.view === "object" && args.view !== null ? args.view : {}) as SlackArgs;
  const viewId = id ?? ws.nextId("V");
  return {
    view: {
      id: viewId,
      team_id: ws.teamId,
      type: "modal",
      blocks: [],
      private_metadata: "",
      callback_id: "",
      ...view,
      state: { values: {} },
      hash: `1700000000.${viewId.toLowerCase()}`,
      root_view_id: viewId,
      app_id: "A0FAKE0001",
      bot_id: ws.botId,
    },
  };
}

function needs(args: SlackArgs, ...keys: string[]): SlackErrorAnswer | undefined {
  const missing = keys.find((key) => args[key] === undefined || args[key] === "");
  return missing === undefined
    ? undefined
    : { error: missing === "channel" ? "channel_not_found" : "invalid_arguments" };
}

const extensionType = (name: string): string =>
  name.includes(".") ? (name.split(".").pop() ?? "") : "binary";

export const SLACK_METHODS: Record<string, SlackMethod> = {
  "auth.test": (_args, ws) => ({
    url: `${ws.origin}/`,
    team: "afterchat-test",
    user: "afterchat",
    team_id: ws.teamId,
    user_id: ws.botUserId,
    bot_id: ws.botId,
    is_enterprise_install: false,
  }),
  "chat.postMessage": (args, ws) => {
    const missing = needs(args, "channel");
    if (missing) return missing;
    const ts = ws.nextTs();
    return { channel: str(args.channel), ts, message: postedMessage(args, ws, ts) };
  },
  "chat.update": (args, ws) => {
    const missing = needs(args, "channel", "ts");
    if (missing) return missing;
    const ts = str(args.ts) ?? "";
    return {
      channel: str(args.channel),
      ts,
      text: str(args.text) ?? "",
      message: postedMessage(args, ws, ts),
    };
  },
  "chat.postEphemeral": (args, ws) => needs(args, "channel", "user") ?? { message_ts: ws.nextTs() },
  "chat.delete": (args) => needs(args, "channel", "ts") ?? { channel: str(args.channel), ts: str(args.ts) },
  "conversations.open": (args, ws) => {
    const users = str(args.users);
    if (!users && !args.channel) return { error: "users_list_not_supplied" };
    // One DM channel per user set, as Slack reuses an existing DM.
    const existing = ws.dms.get(users ?? "");
    const id = existing ?? ws.nextId("D");
    ws.dms.set(users ?? "", id);
    return { no_op: Boolean(existing), already_open: Boolean(existing), channel: { id } };
  },
  "views.open": (args, ws) => needs(args, "view") ?? viewAnswer(args, ws),
  "views.push": (args, ws) => needs(args, "view") ?? viewAnswer(args, ws),
  "views.publish": (args, ws) => needs(args, "user_id", "view") ?? viewAnswer(args, ws),
  "views.update": (args, ws) => needs(args, "view") ?? viewAnswer(args, ws, str(args.view_id)),
  "users.info": (args, ws) => {
    const id = str(args.user);
    if (!id) return { error: "user_not_found" };
    return { user: ws.userInfo(id, isTrue(args.include_locale)) };
  },
  "usergroups.users.list": (args, ws) => {
    const users = ws.usergroups.get(str(args.usergroup) ?? "");
    return users ? { users } : { error: "no_such_subteam" };
  },
  "files.getUploadURLExternal": (args, ws) => {
    const missing = needs(args, "filename", "length");
    if (missing) return missing;
    const name = str(args.filename) ?? "file";
    const file: FakeSlackFile = {
      id: ws.nextId("F"),
      name,
      title: name,
      mimetype: "application/octet-stream",
      filetype: extensionType(name),
      bytes: Buffer.alloc(0),
      user: ws.botUserId,
      completed: false,
      source: "upload",
    };
    ws.files.set(file.id, file);
    return { upload_url: `${ws.origin}/upload/v1/${file.id}`, file_id: file.id };
  },
  "files.completeUploadExternal": (args, ws) => {
    const entries = Array.isArray(args.files) ? (args.files as Array<{ id?: string; title?: string }>) : [];
    const files = entries.map((entry) => ws.files.get(entry.id ?? ""));
    if (entries.length === 0 || files.some((f) => f === undefined)) return { error: "file_not_found" };
    for (const [i, file] of files.entries()) {
      if (!file) continue;
      file.title = entries[i]?.title ?? file.title;
      file.channel = str(args.channel_id);
      file.thread_ts = str(args.thread_ts);
      file.initial_comment = str(args.initial_comment);
      file.completed = true;
    }
    return { files: files.map((file) => ws.fileObject(file as FakeSlackFile)) };
  },
  "files.info": (args, ws) => {
    const file = ws.files.get(str(args.file) ?? "");
    return file ? { file: ws.fileObject(file), comments: [] } : { error: "file_not_found" };
  },
  "apps.connections.open": () => ({ url: "" }), // replaced by the socket-mode fake (needs its ws URL)
};
