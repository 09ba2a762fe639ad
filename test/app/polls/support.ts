/** A series with a team and a finished edition, ready for a feedback poll. */
import type { Message } from "../../../src/render/message.js";
import { buttons } from "../../support/recording-responder.js";
import { testWorld } from "../world.js";

export async function pollWorld(options: { locale?: "en" | "fr"; showResultsBeforeClose?: boolean } = {}) {
  const world = await testWorld({ now: new Date("2026-03-03T20:00:00Z") });
  const series = await world.seedSeries({
    teamRoleIds: ["R-team"],
    locale: options.locale ?? null,
    settings: { showResultsBeforeClose: options.showResultsBeforeClose ?? false },
  });
  await world.store.team.set(world.workspace.id, series.id, world.ref("U2"), "member");
  world.platforms.roles.set("R-team", [world.ref("U3")]);
  const edition = await world.store.editions.create({
    workspaceId: world.workspace.id,
    seriesId: series.id,
    number: 4,
    startsAt: new Date("2026-03-03T17:00:00Z"),
    endsAt: new Date("2026-03-03T18:00:00Z"),
  });
  return {
    world,
    series,
    edition,
    moderator: world.actor({ user: "U1" }),
    member: world.actor({ user: "U2" }),
    /** In the team only through a platform role: no team row names them. */
    roleMember: world.actor({ user: "U3", roleIds: ["R-team"] }),
    outsider: world.actor({ user: "U9" }),
  };
}

/** The vote button for a question (by position) and value on a poll message. */
export function voteButton(message: Message, position: number, value: number) {
  const votes = buttons(message).filter((b) => b.action === "poll.vote");
  const button = votes[position * 5 + (value - 1)];
  if (!button) throw new Error(`no vote button ${position}/${value}`);
  return button;
}

export function controlButton(message: Message, action: "poll.comment" | "poll.results" | "poll.close") {
  const button = buttons(message).find((b) => b.action === action);
  if (!button) throw new Error(`no ${action} button`);
  return button;
}
