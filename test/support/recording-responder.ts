/**
 * Test doubles for the interaction side of the core: a Responder that records what the user would
 * see (forms, defers, replies, updates), a Platforms fake that records outbound posts, DMs,
 * threads and scheduled events, a clock tests move by hand, and `testServices()` that wires them
 * with the in-memory store.
 */

import type { Services } from "../../src/app/services.js";
import type { UserRef, Workspace } from "../../src/domain/workspace.js";
import { platformOf } from "../../src/domain/workspace.js";
import type {
  ChatPlatform,
  Platforms,
  Posted,
  ReplyOptions,
  Responder,
  ScheduledEvent,
} from "../../src/edge.js";
import { silentLogger } from "../../src/log.js";
import type { Clock } from "../../src/ports.js";
import type { Form, Message, OptionSelect } from "../../src/render/message.js";
import { createMemoryStore, type MemoryStore } from "./memory-store.js";

export type Answer =
  | { type: "form"; form: Form }
  | { type: "defer"; ephemeral: boolean; progress: string | null }
  | { type: "reply"; message: Message; ephemeral: boolean; messageRef: string | null }
  | { type: "update"; message: Message }
  | { type: "formErrors"; errors: Record<string, string> };

let replies = 0;

export class RecordingResponder implements Responder {
  readonly answers: Answer[] = [];

  /**
   * `refs: false` plays a platform that does not say where a channel reply went (Slack's response_url);
   * `keepsForms: true` one that can keep a submitted form open with errors (Slack's modals).
   */
  constructor(private readonly options: { refs?: boolean; keepsForms?: boolean } = {}) {}

  async keepForm(errors: Readonly<Record<string, string>>): Promise<boolean> {
    if (!this.options.keepsForms) return false;
    this.answers.push({ type: "formErrors", errors: { ...errors } });
    return true;
  }

  /** The errors the last submission was kept open with, or null. */
  formErrors(): Record<string, string> | null {
    const last = this.answers.findLast((a) => a.type === "formErrors");
    return last?.type === "formErrors" ? last.errors : null;
  }

  async openForm(form: Form): Promise<void> {
    this.answers.push({ type: "form", form });
  }

  async defer(options?: { ephemeral?: boolean; progress?: string }): Promise<void> {
    this.answers.push({
      type: "defer",
      ephemeral: options?.ephemeral ?? false,
      progress: options?.progress ?? null,
    });
  }

  /** A channel reply gets a reference ("reply-1"...) unless made with `refs: false`. */
  async reply(message: Message, options?: ReplyOptions): Promise<Posted | undefined> {
    const ephemeral = options?.ephemeral ?? false;
    const messageRef = ephemeral || this.options.refs === false ? null : `reply-${++replies}`;
    this.answers.push({ type: "reply", message, ephemeral, messageRef });
    return messageRef ? { messageRef } : undefined;
  }

  async updateSource(message: Message): Promise<void> {
    this.answers.push({ type: "update", message });
  }

  replies(): Array<{ message: Message; ephemeral: boolean; messageRef: string | null }> {
    return this.answers.flatMap((a) => (a.type === "reply" ? [a] : []));
  }

  /** The last reply; fails the test when there was none. */
  lastReply(): { message: Message; ephemeral: boolean; messageRef: string | null } {
    const last = this.replies().at(-1);
    if (!last) throw new Error(`no reply; answers: ${JSON.stringify(this.answers.map((a) => a.type))}`);
    return last;
  }

  forms(): Form[] {
    return this.answers.flatMap((a) => (a.type === "form" ? [a.form] : []));
  }

  updates(): Message[] {
    return this.answers.flatMap((a) => (a.type === "update" ? [a.message] : []));
  }
}

/** Everything a message shows, as one string: text, blocks and button labels. */
export function visibleText(message: Message): string {
  const parts = [message.text];
  for (const block of message.blocks) {
    if (
      block.type === "header" ||
      block.type === "section" ||
      block.type === "context" ||
      block.type === "copy"
    )
      parts.push(block.text);
    if (block.type === "section" && block.accessory) parts.push(block.accessory.label);
    if (block.type === "fields") for (const f of block.fields) parts.push(`${f.label}: ${f.value}`);
    if (block.type === "actions")
      for (const e of block.elements) {
        parts.push("label" in e ? e.label : e.placeholder);
        if ("options" in e) parts.push(...e.options.map((o) => o.label));
      }
  }
  return parts.join("\n");
}

/** Every option select of a message (a list's "Mark a task done…"). */
export function selects(message: Message): OptionSelect[] {
  return message.blocks.flatMap((b) =>
    b.type === "actions" ? b.elements.flatMap((e) => ("options" in e ? [e] : [])) : [],
  );
}

/** Every button of a message. */
export function buttons(message: Message) {
  return message.blocks.flatMap((b) =>
    b.type === "actions"
      ? b.elements.flatMap((e) => ("label" in e ? [e] : []))
      : b.type === "section" && b.accessory
        ? [b.accessory]
        : [],
  );
}

export type PlatformCall =
  | { type: "post"; channel: string; message: Message; thread: string | null; messageRef: string }
  | { type: "update"; channel: string; messageRef: string; message: Message }
  | { type: "dm"; user: UserRef; message: Message }
  | { type: "openThread"; channel: string; title: string; first: Message; thread: string }
  | { type: "scheduleEvent"; channel: string; event: ScheduledEvent; replaces: string | null }
  | { type: "eventStatus"; eventRef: string; status: "active" | "completed" };

export class RecordingPlatforms implements Platforms {
  readonly calls: PlatformCall[] = [];
  /** Role id -> members, answered by roleMembers(). */
  readonly roles = new Map<string, UserRef[]>();
  /** Users the platform says are bots (isBot). */
  readonly bots = new Set<UserRef>();
  /** Display names by user (displayName); others have none. */
  readonly names = new Map<UserRef, string>();
  /** Like a Discord server holding its 100 upcoming events: new events are refused (edits still work). */
  eventsFull = false;
  private count = 0;

  for(ref: string): ChatPlatform | null {
    const platform = platformOf(ref);
    if (!platform) return null;
    const calls = this.calls;
    const next = () => `m${++this.count}`;
    const { roles, bots, names } = this;
    const full = () => this.eventsFull;
    return {
      platform,
      async post(channel, message, options) {
        const messageRef = next();
        calls.push({ type: "post", channel, message, thread: options?.thread ?? null, messageRef });
        return { messageRef };
      },
      async update(channel, messageRef, message) {
        calls.push({ type: "update", channel, messageRef, message });
      },
      async dm(user, message) {
        calls.push({ type: "dm", user, message });
      },
      async openThread(channel, title, first) {
        const thread = `${channel}:T${next()}`;
        calls.push({ type: "openThread", channel, title, first, thread });
        return { thread };
      },
      async scheduleEvent(channel, event, options) {
        calls.push({ type: "scheduleEvent", channel, event, replaces: options?.replaces ?? null });
        if (platform !== "discord") return null;
        if (options?.replaces) return { eventRef: options.replaces };
        // Like a platform's own reference: "discord:<server>:<event id>".
        return full() ? { refused: "limit" } : { eventRef: `${channel.split(":", 2).join(":")}:${next()}` };
      },
      async setEventStatus(eventRef, status) {
        calls.push({ type: "eventStatus", eventRef, status });
        return platform === "discord" ? "moved" : null;
      },
      async roleMembers(_workspace: Workspace, roleIds: string[]) {
        return [...new Set(roleIds.flatMap((id) => roles.get(id) ?? []))];
      },
      async isBot(user: UserRef) {
        return bots.has(user);
      },
      async displayName(user: UserRef) {
        return names.get(user) ?? null;
      },
    };
  }

  of<T extends PlatformCall["type"]>(type: T): Array<Extract<PlatformCall, { type: T }>> {
    return this.calls.filter((c): c is Extract<PlatformCall, { type: T }> => c.type === type);
  }
}

/** A clock that stands still until the test moves it. */
export class MovableClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current);
  }
  set(at: Date): void {
    this.current = new Date(at);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export const TEST_SECRET = "test-secret-for-anonymous-votes";

export interface TestServices {
  services: Services;
  store: MemoryStore;
  clock: MovableClock;
  platforms: RecordingPlatforms;
}

export function testServices(options: { now?: Date } = {}): TestServices {
  const clock = new MovableClock(options.now ?? new Date("2026-03-03T20:00:00Z"));
  const store = createMemoryStore({ clock });
  const platforms = new RecordingPlatforms();
  const services: Services = {
    store,
    clock,
    platforms,
    log: silentLogger(),
    secret: TEST_SECRET,
    liveSource: () => null,
    importMaxBytes: 50 * 1024 * 1024,
  };
  return { services, store, clock, platforms };
}
