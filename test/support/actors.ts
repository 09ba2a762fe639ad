/** Callers for use-case tests: who acts, where, in which language, with a fresh request key. */

import type { Workspace } from "../../src/domain/workspace.js";
import type { Caller } from "../../src/edge.js";
import type { Locale } from "../../src/i18n/index.js";
import type { Store } from "../../src/ports.js";

let deliveries = 0;

/** A Slack-like workspace, created in the store on first use. */
export async function testWorkspace(
  store: Store,
  options: { platform?: "slack" | "discord"; externalId?: string; locale?: Locale } = {},
): Promise<Workspace> {
  return store.workspaces.ensure({
    platform: options.platform ?? "slack",
    externalId: options.externalId ?? "T1",
    name: "Test workspace",
    locale: options.locale ?? "en",
  });
}

export interface ActorOptions {
  /** Short user id ("U1"): the reference becomes "<platform>:<externalId>:U1". */
  user?: string;
  channel?: string;
  locale?: Locale;
  roleIds?: string[];
  isAdmin?: boolean;
  requestKey?: string;
}

/** The user reference an actor named `user` gets in `workspace`. */
export function userRef(workspace: Workspace, user: string): string {
  return `${workspace.platform}:${workspace.externalId}:${user}`;
}

export function channelRef(workspace: Workspace, channel: string): string {
  return `${workspace.platform}:${workspace.externalId}:${channel}`;
}

/** Someone acting, as an adapter hands them to the dispatcher (its workspace row kept for tests). */
export type TestCaller = Caller & { workspace: Workspace };

/**
 * What a platform says about someone: `roleIds` are the platform roles they hold (the core asks
 * which of those its series name), `isAdmin` the platform's admin flag.
 */
export function makeActor(workspace: Workspace, options: ActorOptions = {}): TestCaller {
  deliveries += 1;
  const held = options.roleIds ?? [];
  return {
    workspace,
    userRef: userRef(workspace, options.user ?? "U1"),
    locales: [options.locale ?? null],
    channel: channelRef(workspace, options.channel ?? "C1"),
    isAdmin: options.isAdmin ?? false,
    requestKey: options.requestKey ?? `delivery-${deliveries}`,
    rolesAmong: async (candidates) => candidates.filter((id) => held.includes(id)),
  };
}
