/**
 * Responder on Slack's reply mechanisms. The listener has already acked (within Slack's 3 s);
 * everything here happens after. Replies go to the interaction's response_url when there is one
 * (works in channels the bot has not joined), else through the Web API. Ephemeral replies cannot
 * carry files, so their files go to the user's DM with the bot.
 * @see https://docs.slack.dev/interactivity/handling-user-interaction#message_responses
 * @see https://docs.slack.dev/reference/methods/views.open (trigger_id valid 3 s)
 */
import type { RespondArguments, RespondFn, webApi } from "@slack/bolt";
import type { Responder } from "../../src/app/interaction.js";
import { AfterchatError } from "../../src/errors.js";
import type { Translator } from "../../src/i18n/index.js";
import type { Logger } from "../../src/log.js";
import type { Form, Message } from "../../src/render/message.js";
import { classifyFailure, describeFailure, toPlatformError } from "./errors.js";
import { uploadFiles } from "./files.js";
import { renderForm } from "./form.js";
import { postMessage } from "./platform.js";
import { renderMessage } from "./render.js";

export interface ReplyTarget {
  client: webApi.WebClient;
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

  async reply(message: Message, options?: { ephemeral?: boolean }): Promise<void> {
    const files = message.files ?? [];
    if (options?.ephemeral) {
      const notice = files.length
        ? [{ type: "context" as const, text: this.target.t.t("slack.filesInDm") }]
        : [];
      await this.ephemeral({ text: message.text, blocks: [...message.blocks, ...notice] });
      if (files.length) await this.toDm({ text: message.text, blocks: [], files });
      return;
    }
    const { respond, channelId, client } = this.target;
    if (!channelId) return this.toDm(message);
    // Files need a message to hang under, which only chat.postMessage gives back.
    if (respond && files.length === 0) {
      const sent = await this.viaResponseUrl({
        response_type: "in_channel",
        replace_original: false,
        ...renderMessage(message),
      });
      if (sent) return;
    }
    await this.slack("chat.postMessage", () => postMessage(client, channelId, message, null));
  }

  private async replaceSource(message: Message): Promise<void> {
    const { respond, source, client } = this.target;
    if (respond && (await this.viaResponseUrl({ replace_original: true, ...renderMessage(message) }))) return;
    if (source) {
      const rendered = renderMessage(message);
      await this.slack("chat.update", () =>
        client.chat.update({
          channel: source.channelId,
          ts: source.ts,
          text: rendered.text,
          blocks: rendered.blocks,
        }),
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
        throw toPlatformError(error, this.target.t);
      await this.toDm(message);
    }
  }

  private async toDm(message: Message): Promise<void> {
    const { client } = this.target;
    const dm = await this.target.dmChannel();
    if (!dm) {
      const detail = this.target.t.t("slack.failure.channel_not_found", { code: "dm" });
      throw new AfterchatError("platform_failed", { platform: "Slack", detail });
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

  /** Runs a Web API call; a Slack failure becomes the user's platform_failed sentence. */
  private async slack<T>(method: string, call: () => Promise<T>): Promise<T> {
    try {
      return await call();
    } catch (error) {
      this.target.log.warn({ slack: describeFailure(error), method }, "Slack refused a call");
      throw toPlatformError(error, this.target.t);
    }
  }
}
