import { describe, expect, it } from "vitest";
import {
  type ComparedEdition,
  chatFigures,
  compareChats,
  type EditionParticipant,
  sharedParticipants,
} from "../../src/domain/compare.js";

function edition(
  day: number,
  figures: Partial<ComparedEdition["headline"]> = {},
  participants: EditionParticipant[] = [],
): ComparedEdition {
  return {
    startsAt: new Date(Date.UTC(2026, 10, day, 18)),
    headline: {
      posts: 100,
      contributors: 20,
      engagement: 300,
      potentialReach: 50_000,
      questions: 5,
      answers: 40,
      ...figures,
    },
    participants,
  };
}

const person = (handle: string, posts = 1, name: string | null = null): EditionParticipant => ({
  network: "x",
  handle,
  name,
  posts,
});

describe("GIVEN a chat's editions", () => {
  const editions = [
    edition(1, {
      posts: 60,
      contributors: 10,
      engagement: 60,
      questions: 4,
      answers: 8,
      potentialReach: null,
    }),
    edition(15, { posts: 120, contributors: 30, engagement: 480, questions: 6, answers: 42 }),
    edition(8, {
      posts: 90,
      contributors: 20,
      engagement: 90,
      questions: 0,
      answers: 0,
      potentialReach: 30_000,
    }),
  ];

  it("WHEN the last edition is asked for THEN its own figures come back, ratios included", () => {
    expect(chatFigures(editions)).toEqual({
      editions: 1,
      latest: new Date(Date.UTC(2026, 10, 15, 18)),
      posts: 120,
      contributors: 30,
      answersPerQuestion: 7,
      engagementPerPost: 4,
      reach: 50_000,
      reachEditions: 1,
    });
  });

  it("WHEN averaged over the last 2 THEN counts are means and ratios are totals over totals", () => {
    const figures = chatFigures(editions, 2);
    expect(figures.editions).toBe(2);
    expect(figures.posts).toBe(105);
    expect(figures.contributors).toBe(25);
    // 42 answers to 6 questions: the edition without questions adds nothing to either side.
    expect(figures.answersPerQuestion).toBe(7);
    // (480 + 90) / (120 + 90)
    expect(figures.engagementPerPost).toBeCloseTo(570 / 210, 10);
    expect(figures.reach).toBe(40_000);
  });

  it("WHEN N is larger than the editions there are THEN all of them count, and say how many", () => {
    const figures = chatFigures(editions, 10);
    expect(figures.editions).toBe(3);
    expect(figures.posts).toBe(90);
    // One edition lacked follower counts: the reach is the mean of the two that had them.
    expect(figures.reach).toBe(40_000);
    expect(figures.reachEditions).toBe(2);
  });

  it("WHEN no edition asked a question THEN answers per question is unknown, not 0", () => {
    expect(chatFigures([edition(8, { questions: 0, answers: 0 })]).answersPerQuestion).toBeNull();
  });

  it("WHEN an edition has no post THEN engagement per post is unknown, not 0", () => {
    expect(chatFigures([edition(8, { posts: 0, engagement: 0 })]).engagementPerPost).toBeNull();
  });
});

describe("GIVEN a chat with no edition yet", () => {
  it("THEN every figure is null and the edition count is 0", () => {
    expect(chatFigures([], 3)).toEqual({
      editions: 0,
      latest: null,
      posts: null,
      contributors: null,
      answersPerQuestion: null,
      engagementPerPost: null,
      reach: null,
      reachEditions: 0,
    });
  });
});

describe("GIVEN people in both chats", () => {
  const ours = [
    edition(15, {}, [person("Ana", 3, "Ana Lopez"), person("bob", 1), person("carl", 9)]),
    edition(8, {}, [person("@ana", 2), person("dora", 4, "Dora")]),
  ];
  const theirs = [
    edition(16, {}, [person("ANA", 1), person("dora", 1, "Dora M."), person("eve", 5)]),
    edition(9, {}, [
      person("bob", 2, "Bob B."),
      { network: "bluesky", handle: "carl", name: null, posts: 7 },
    ]),
  ];

  it("WHEN compared over all editions THEN the shared ones are matched by network and handle, most active first", () => {
    expect(sharedParticipants(ours, theirs)).toEqual([
      { network: "x", handle: "Ana", name: "Ana Lopez", oursPosts: 5, theirsPosts: 1 },
      { network: "x", handle: "dora", name: "Dora", oursPosts: 4, theirsPosts: 1 },
      { network: "x", handle: "bob", name: "Bob B.", oursPosts: 1, theirsPosts: 2 },
    ]);
  });

  it("WHEN only the last edition of each is compared THEN people of older editions are left out", () => {
    const { shared } = compareChats(ours, theirs, 1);
    expect(shared.map((p) => p.handle)).toEqual(["Ana"]);
  });

  it("WHEN one side has no edition THEN nobody is shared and that side has no figures", () => {
    const comparison = compareChats(ours, [], 2);
    expect(comparison.shared).toEqual([]);
    expect(comparison.theirs.editions).toBe(0);
    expect(comparison.ours.editions).toBe(2);
  });
});
