/**
 * Responder on Slack's reply mechanisms. The listener has already acked (within Slack's 3 s);
 * everything here happens after. Replies go to the interaction's response_url when there is one
 * (works in channels the bot has not joined), else through the Web API. A response_url post does
 * not say where the message went (no ts), so a reply the core tracks (`track`) goes through
 * chat.postMessage first, and the channel reply returns its reference whenever it went that way. Ephemeral replies cannot
 * carry files, so their files go to the user's DM with the bot.
 * @see https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
 * @see https://docs.slack.dev/reference/methods/views.open (trigger_id valid 3 s)
 */
import type { RespondArguments, RespondFn, webApi } from "@slack/bolt";
import type { Posted, ReplyOptions, Responder } from "../../src/edge.js";
import { AfterchatError } from "../../src/errors.js";
import type { Translator } from "../../src/i18n/index.js";
import type { Logger } from "../../src/log.js";
import type { Form, Message } from "../../src/render/message.js";
import { classifyFailure, describeFailure, toPlatformError } from "./errors.js";
import { uploadFiles } from "./files.js";
import { renderForm } from "./form.js";
import { postMessage } from "./platform.js";
import { channelRef, messageRef } from "./refs.js";
import { renderMessage } from "./render.js";

export interface ReplyTarget {
  client: webApi.WebClient;
  /** The workspace the channel belongs to, for the message references replies return. */
  teamId: string;
  log: Logger;
  /** The actor's language (ephemeral replies, failure details). */
  t: Translator;
  userId: string;
  /** null: no channel (App Home); channel replies then go to the user's DM. */
  channelId: string | null;
  triggerId: string;
  /** Bolt's respond() for the interaction's response_url, when it has one. */
  respond: RespondFn | null;
  /** The message a clicked button sits on, for updateSource without a response_url. */
  source: { channelId: string; ts: string } | null;
  /** Whether the interaction has a message to update (block actions). */
  canUpdate: boolean;
  /** The user's DM channel with the bot. */
  dmChannel(): Promise<string | null>;
}

export class SlackResponder implements Responder {
  /** Set when an App Home action asked to redraw its source: the listener republishes the tab. */
  sourceChanged = false;
  readonly updateSource?: (message: Message) => Promise<void>;

  constructor(private readonly target: ReplyTarget) {
    if (target.canUpdate) this.updateSource = (message) => this.replaceSource(message);
  }

  async openForm(form: Form): Promise<void> {
    const { client, triggerId, channelId } = this.target;
    await this.slack("views.open", () =>
      client.views.open({
        trigger_id: triggerId,
        view: renderForm(form, channelId, this.target.t.t("slack.formCancel")),
      }),
    );
  }

  /** The ack already went out; the progress line is shown to the requester only. */
  async defer(options?: { ephemeral?: boolean; progress?: string }): Promise<void> {
    if (options?.progress)
      await this.ephemeral({ text: options.progress, blocks: [{ type: "section", text: options.progress }] });
  }

  async reply(message: Message, options?: ReplyOptions): Promise<Posted | undefined> {
    const files = message.files ?? [];
    if (options?.ephemeral) {
      const notice = files.length
        ? [{ type: "context" as const, text: this.target.t.t("slack.filesInDm") }]
        : [];
      await this.ephemeral({ text: message.text, blocks: [...message.blocks, ...notice] });
      if (files.length) await this.toDm({ text: message.text, blocks: [], files });
      return undefined;
    }
    const { respond, channelId, client, teamId } = this.target;
    if (!channelId) {
      await this.toDm(message);
      return undefined;
    }
    // A tracked message is posted with chat.postMessage, the one way that says where it went.
    if (options?.track) {
      const posted = await this.postTracked(channelId, message);
      if (posted) return posted.ts ? { messageRef: messageRef(teamId, channelId, posted.ts) } : undefined;
    }
    // Files need a message to hang under, which only chat.postMessage gives back.
    if (respond && files.length === 0) {
      const sent = await this.viaResponseUrl({
        response_type: "in_channel",
        replace_original: false,
        ...renderMessage(message),
      });
      if (sent) return undefined;
    }
    const ts = await this.slack(
      "chat.postMessage",
      () => postMessage(client, channelId, message, null),
      channelId,
    );
    return ts ? { messageRef: messageRef(teamId, channelId, ts) } : undefined;
  }

  /**
   * chat.postMessage for a message the core will update; null when the bot may not post in the
   * channel (private and not invited: chat:write.public covers public channels only), and a
   * response_url can still answer there, without a reference (the first vote will give it).
   * @see https://docs.slack.dev/reference/methods/chat.postMessage (response: ts)
   * @see https://docs.slack.dev/reference/scopes/chat.write.public
   */
  private async postTracked(channelId: string, message: Message): Promise<{ ts: string } | null> {
    const { client, respond } = this.target;
    try {
      return { ts: await postMessage(client, channelId, message, null) };
    } catch (error) {
      const failure = classifyFailure(error);
      const unreachable = failure?.kind === "not_in_channel" || failure?.kind === "channel_not_found";
      this.target.log.warn(
        { slack: describeFailure(error), method: "chat.postMessage" },
        "Slack refused a call",
      );
      if (!unreachable || !respond || (message.files ?? []).length > 0)
        throw toPlatformError(error, this.ref(channelId));
      return null;
    }
  }

  private async replaceSource(message: Message): Promise<void> {
    const { respond, source, client } = this.target;
    if (respond && (await this.viaResponseUrl({ replace_original: true, ...renderMessage(message) }))) return;
    if (source) {
      const rendered = renderMessage(message);
      await this.slack(
        "chat.update",
        () =>
          client.chat.update({
            channel: source.channelId,
            ts: source.ts,
            text: rendered.text,
            blocks: rendered.blocks,
          }),
        source.channelId,
      );
      return;
    }
    this.sourceChanged = true;
  }

  private async ephemeral(message: Message): Promise<void> {
    const { respond, channelId, userId, client } = this.target;
    if (
      respond &&
      (await this.viaResponseUrl({
        response_type: "ephemeral",
        replace_original: false,
        ...renderMessage(message),
      }))
    )
      return;
    if (!channelId) return this.toDm(message);
    const rendered = renderMessage(message);
    try {
      await client.chat.postEphemeral({
        channel: channelId,
        user: userId,
        text: rendered.text,
        blocks: rendered.blocks,
      });
    } catch (error) {
      // A channel the bot cannot post in (private, not invited): the user still hears back, by DM.
      const failure = classifyFailure(error);
      this.target.log.warn(
        { slack: describeFailure(error), method: "chat.postEphemeral" },
        "Slack refused a call",
      );
      if (failure?.kind !== "not_in_channel" && failure?.kind !== "channel_not_found")
        throw toPlatformError(error, this.ref(channelId));
      await this.toDm(message, error, channelId);
    }
  }

  /**
   * Sends `message` by DM. `refused`: why the channel could not take it (then, with no DM either,
   * the user hears about that channel, the first thing to fix).
   */
  private async toDm(message: Message, refused?: unknown, channelId?: string): Promise<void> {
    const { client } = this.target;
    const dm = await this.target.dmChannel();
    if (!dm) {
      if (refused) throw toPlatformError(refused, this.ref(channelId));
      const failure = { platform: "Slack", detailKey: "slack.refused.no_dm", code: "dm" };
      throw new AfterchatError("platform_refused", failure);
    }
    if (message.blocks.length === 0 && message.files?.length) {
      await this.slack("files.uploadV2", () => uploadFiles(client, dm, null, message.files ?? []));
      return;
    }
    await this.slack("chat.postMessage", () => postMessage(client, dm, message, null));
  }

  /** Posts to the response_url; false when it failed (expired, used 5 times), to fall back. */
  private async viaResponseUrl(body: RespondArguments): Promise<boolean> {
    try {
      await this.target.respond?.(body);
      return true;
    } catch (error) {
      this.target.log.warn({ slack: describeFailure(error), method: "response_url" }, "response_url refused");
      return false;
    }
  }

  /**
   * Runs a Web API call; a Slack failure becomes the user's platform_failed sentence (passing) or
   * platform_refused (naming the scope, or `channelId`).
   */
  private async slack<T>(method: string, call: () => Promise<T>, channelId?: string): Promise<T> {
    try {
      return await call();
    } catch (error) {
      this.target.log.warn({ slack: describeFailure(error), method }, "Slack refused a call");
      throw toPlatformError(error, this.ref(channelId));
    }
  }

  /** The neutral reference of a channel of this team, for error messages. */
  private ref(channelId: string | null | undefined): string | null {
    return channelId ? channelRef(this.target.teamId, channelId) : null;
  }
}
