import { describe, expect, it } from "vitest";
import { eventProblem, statusProblem } from "../support/fake-discord-events.js";

const external = {
  entity_type: 3,
  entity_metadata: { location: "https://x.com/hashtag/cafechat" },
  scheduled_start_time: "2026-03-10T17:00:00.000Z",
  scheduled_end_time: "2026-03-10T18:00:00.000Z",
};
const rule = (extra: object) => ({
  ...external,
  recurrence_rule: { start: external.scheduled_start_time, interval: 1, ...extra },
});

describe("the Discord fake's scheduled-event rules", () => {
  it.each([
    ["weekly on one day", rule({ frequency: 2, by_weekday: [1] })],
    ["every other week", rule({ frequency: 2, interval: 2, by_weekday: [1] })],
    ["every weekday", rule({ frequency: 3, by_weekday: [0, 1, 2, 3, 4] })],
    ["every day", rule({ frequency: 3 })],
    [
      "a voice event",
      { entity_type: 2, channel_id: "1", scheduled_start_time: external.scheduled_start_time },
    ],
  ])("GIVEN %s THEN Discord takes it", (_what, event) => {
    expect(eventProblem(event)).toBeNull();
  });

  it.each([
    ["weekly on two days", rule({ frequency: 2, by_weekday: [1, 3] })],
    ["daily on a set Discord does not know", rule({ frequency: 3, by_weekday: [1, 3] })],
    ["every other day", rule({ frequency: 3, interval: 2 })],
    ["a count", rule({ frequency: 2, by_weekday: [1], count: 5 })],
    ["an external event without an end", { ...external, scheduled_end_time: null }],
    [
      "a voice event without its channel",
      { entity_type: 2, scheduled_start_time: external.scheduled_start_time },
    ],
  ])("GIVEN %s THEN Discord refuses it", (_what, event) => {
    expect(eventProblem(event)).not.toBeNull();
  });

  // SCHEDULED 1, ACTIVE 2, COMPLETED 3, CANCELED 4.
  it.each([
    [1, 2],
    [1, 4],
    [2, 3],
  ])("GIVEN an event in status %i WHEN it is moved to %i THEN Discord takes it", (from, to) => {
    expect(statusProblem({ status: from }, { status: to })).toBeNull();
  });

  it.each([
    [1, 3, 50035],
    [1, 1, 50035],
    [2, 1, 50035],
    [2, 4, 50035],
    [3, 2, 180000],
    [4, 1, 180000],
  ])("GIVEN an event in status %i WHEN it is moved to %i THEN Discord refuses it (%i)", (from, to, code) => {
    expect(statusProblem({ status: from }, { status: to })?.code).toBe(code);
  });

  it("GIVEN a completed event WHEN anything else is edited THEN Discord refuses it as finished", () => {
    expect(statusProblem({ status: 3 }, { name: "again" })?.code).toBe(180000);
    expect(statusProblem({ status: 1 }, { name: "again" })).toBeNull();
  });
});
