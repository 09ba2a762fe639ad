import { describe, expect, it } from "vitest";
import { computeReport } from "../../../src/domain/stats/index.js";
import { at, post } from "./factory.js";

// A chat reported without naming its host: @host opens Q1 and Q2, people answer, one asks something.
const chat = [
  post({ externalId: "1", authorHandle: "host", text: "Q1: What brought you here?", createdAt: at(1) }),
  post({ externalId: "2", authorHandle: "ana", text: "A1 curiosity", createdAt: at(2) }),
  post({ externalId: "3", authorHandle: "host", text: "Q2: Best tool?", createdAt: at(10) }),
  post({ externalId: "4", authorHandle: "ben", text: "Q1 was fun, A2 a notebook", createdAt: at(11) }),
  post({ externalId: "5", authorHandle: "ana", text: "A2 does anyone use Mastodon?", createdAt: at(12) }),
];

describe("likelyHost and participantQuestions", () => {
  it("GIVEN no host named WHEN someone's posts open with Q1 and Q2 THEN that author is the likely host", () => {
    const report = computeReport(chat, { hashtag: null, hosts: [] });
    expect(report.questions.every((question) => question.text === null)).toBe(true);
    expect(report.likelyHost).toBe("host");
  });

  it("GIVEN the host named THEN no likely host is suggested", () => {
    expect(computeReport(chat, { hashtag: null, hosts: ["host"] }).likelyHost).toBeNull();
  });

  it("GIVEN one post opening with Q1 alone THEN no one is suggested (a participant may write it)", () => {
    expect(computeReport(chat.slice(0, 2), { hashtag: null, hosts: [] }).likelyHost).toBeNull();
  });

  it("GIVEN the host named THEN participantQuestions counts the participants' posts that asked something", () => {
    expect(computeReport(chat, { hashtag: null, hosts: ["host"] }).participantQuestions).toBe(1);
    expect(computeReport(chat.slice(0, 2), { hashtag: null, hosts: ["host"] }).participantQuestions).toBe(0);
  });
});
