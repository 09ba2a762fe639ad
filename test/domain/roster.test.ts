import { describe, expect, it } from "vitest";
import type { RosterEntry } from "../../src/domain/roster.js";
import { groupRoster } from "../../src/domain/roster-groups.js";

function person(handle: string, editions: number[], posts = editions.length, engagement = 0): RosterEntry {
  return {
    participantId: `p-${handle}`,
    displayName: handle.toUpperCase(),
    handles: [{ network: "x", handle }],
    editions,
    posts,
    engagement,
    followers: null,
    lastSeenAt: new Date(Date.UTC(2026, 0, Math.max(...editions))),
  };
}

/** Editions 1..7 have data. */
const history: RosterEntry[] = [
  person("ana", [3, 5, 7]), // 3 of the last 5 (3..7): regular
  person("ben", [4, 5, 6, 7]), // regular
  person("cleo", [6, 7]), // 2 of 5: not regular
  person("dan", [7], 9, 40), // newcomer
  person("eve", [7], 9, 80), // newcomer, more engagement
  person("fay", [1, 2, 4]), // 3 editions before the last 2, absent since: lapsed
  person("gus", [5]), // only one edition before: not lapsed
  person("host", [1, 2, 3, 4, 5, 6, 7], 50), // the host: in no group
];

describe("groupRoster", () => {
  const groups = groupRoster(history, { hosts: ["host"] });
  const names = (entries: RosterEntry[]) => entries.map((e) => e.handles[0]?.handle);

  it("GIVEN seven editions THEN the latest is 7 and the recent window is 7..3", () => {
    expect(groups.latest).toBe(7);
    expect(groups.recent).toEqual([7, 6, 5, 4, 3]);
  });

  it("GIVEN people in 3 or more of the last 5 THEN they are regulars, most present first", () => {
    expect(names(groups.regulars)).toEqual(["ben", "ana"]);
  });

  it("GIVEN people first seen in the latest edition THEN they are newcomers", () => {
    expect(names(groups.newcomers)).toEqual(["eve", "dan"]);
  });

  it("GIVEN someone in 2+ editions before the last 2 and absent since THEN lapsed", () => {
    expect(names(groups.lapsed)).toEqual(["fay"]);
  });

  it("GIVEN someone in 3 of the last 5 but absent from the last 2 THEN lapsed, not regular", () => {
    const both = groupRoster([...history, person("gil", [3, 4, 5])], { hosts: ["host"] });
    expect(names(both.lapsed)).toContain("gil");
    expect(names(both.regulars)).not.toContain("gil");
  });

  it("GIVEN the host THEN they are in no group", () => {
    for (const group of [groups.regulars, groups.newcomers, groups.lapsed]) {
      expect(names(group)).not.toContain("host");
    }
    expect(groups.top.map((t) => t.handle)).not.toContain("host");
  });

  it("GIVEN per-edition figures THEN top contributors rank by posts, then engagement", () => {
    const top = groupRoster(history, {
      hosts: ["host"],
      latestContributions: [
        { network: "x", handle: "cleo", posts: 4, engagement: 1 },
        { network: "x", handle: "dan", posts: 4, engagement: 9 },
        { network: "x", handle: "host", posts: 30, engagement: 99 },
        { network: "x", handle: "ana", posts: 1, engagement: 0 },
      ],
    }).top;
    expect(top.map((t) => t.handle)).toEqual(["dan", "cleo", "ana"]);
  });

  it("GIVEN an empty roster THEN every group is empty", () => {
    expect(groupRoster([])).toEqual({
      latest: null,
      recent: [],
      regulars: [],
      newcomers: [],
      lapsed: [],
      top: [],
    });
  });
});
