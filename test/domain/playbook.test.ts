import { describe, expect, it } from "vitest";
import { PLAYBOOK_STEPS, planPlaybook } from "../../src/domain/playbook.js";

const now = new Date("2026-03-20T20:00:00Z"); // Friday 21:00 in Paris
const base = { now, timeZone: "Europe/Paris", nextStartsAt: null, fallbackOwner: "slack:T:UME" };

describe("planPlaybook", () => {
  it("GIVEN a team THEN eight steps with distinct stable keys", () => {
    const plan = planPlaybook({ ...base, team: [] });
    expect(plan.map((p) => p.step)).toEqual([...PLAYBOOK_STEPS]);
    expect(new Set(plan.map((p) => p.playbookKey)).size).toBe(8);
  });

  it("GIVEN moderators and members THEN owners rotate, moderators first, in reference order", () => {
    const team = [
      { userRef: "slack:T:UB", role: "member" as const },
      { userRef: "slack:T:UZ", role: "moderator" as const },
      { userRef: "slack:T:UA", role: "member" as const },
    ];
    const owners = planPlaybook({ ...base, team }).map((p) => p.ownerRef);
    expect(owners).toEqual([
      "slack:T:UZ",
      "slack:T:UA",
      "slack:T:UB",
      "slack:T:UZ",
      "slack:T:UA",
      "slack:T:UB",
      "slack:T:UZ",
      "slack:T:UA",
    ]);
  });

  it("GIVEN no team rows THEN the person running it owns every step", () => {
    expect(new Set(planPlaybook({ ...base, team: [] }).map((p) => p.ownerRef))).toEqual(
      new Set(["slack:T:UME"]),
    );
  });

  it("GIVEN no next edition THEN due dates count forward from now at 17:00 Paris, none before tomorrow", () => {
    const plan = planPlaybook({ ...base, team: [] });
    const thank = plan.find((p) => p.step === "thank");
    expect(thank?.dueAt.toISOString()).toBe("2026-03-21T16:00:00.000Z");
    for (const step of plan) expect(step.dueAt.getTime()).toBeGreaterThanOrEqual(thank!.dueAt.getTime());
  });

  it("GIVEN the next edition in three weeks THEN the announcement is due a week before it", () => {
    const nextStartsAt = new Date("2026-04-10T18:00:00Z");
    const plan = planPlaybook({ ...base, team: [], nextStartsAt });
    expect(plan.find((p) => p.step === "announce")?.dueAt.toISOString()).toBe("2026-04-03T15:00:00.000Z");
    expect(plan.find((p) => p.step === "invite")?.dueAt.toISOString()).toBe("2026-04-07T15:00:00.000Z");
  });

  it("GIVEN the next edition in two days THEN nothing is due before tomorrow", () => {
    const plan = planPlaybook({ ...base, team: [], nextStartsAt: new Date("2026-03-22T18:00:00Z") });
    for (const step of plan) expect(step.dueAt.toISOString() >= "2026-03-21T16:00:00.000Z").toBe(true);
  });
});
