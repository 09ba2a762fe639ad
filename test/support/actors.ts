/** Actors for use-case tests: who acts, where, in which language, with a fresh request key. */
import type { Actor } from "../../src/app/interaction.js";
import type { Workspace } from "../../src/domain/workspace.js";
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

export function makeActor(workspace: Workspace, options: ActorOptions = {}): Actor {
  deliveries += 1;
  return {
    workspace,
    userRef: userRef(workspace, options.user ?? "U1"),
    locale: options.locale ?? workspace.locale,
    channel: channelRef(workspace, options.channel ?? "C1"),
    roleIds: options.roleIds ?? [],
    isAdmin: options.isAdmin ?? false,
    requestKey: options.requestKey ?? `delivery-${deliveries}`,
  };
}
