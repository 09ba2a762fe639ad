import { describe, expect, it } from "vitest";
import { answerNumbers, computeReport, questionNumber } from "../../../src/domain/stats/index.js";
import { at, post, repost } from "./factory.js";

describe("questionNumber: how a host's post opens", () => {
  it.each([
    ["Q1: What is it?", 1],
    ["q2 - lower case", 2],
    ["Q3. dot", 3],
    ["Q4) paren", 4],
    ["Q5/ slash", 5],
    ["Q6 space", 6],
    ["Q7", 7],
    ["Q 8: spaced with a separator", 8],
    ["  🚨 Q9: after emoji", 9],
    ["@cohost Q10: after a mention", 10],
    ["#chat Q11: after a hashtag", 11],
    ["Q0: introductions", 0],
  ])("GIVEN %j THEN it is question %i", (text, number) => {
    expect(questionNumber(text)).toBe(number);
  });

  it.each([
    "Q 8 spaced without a separator",
    "Q1A not a number",
    "Question 1: spelled out",
    "Remember Q1: not at the start",
    "Q123: three digits",
  ])("GIVEN %j THEN it is no question", (text) => {
    expect(questionNumber(text)).toBeNull();
  });
});

describe("answerNumbers: A1 / R1 tokens", () => {
  it.each([
    ["A1: yes", [1]],
    ["a1 lower case", [1]],
    ["@host A1 after a mention", [1]],
    ["R2 - réponse", [2]],
    ["(A4) in brackets", [4]],
    ["A 3: spaced with a separator", [3]],
    ["A1 and A2 in one post", [1, 2]],
    ["A2 then A2 again", [2]],
    ["A12, two digits", [12]],
    ["A1 we use git", [1]],
    ["Great question! A3: funding", [3]],
    ["Tough one, A6 - start with the data", [6]],
    ["Hello!\nA1: Tom here", [1]],
    ["R1 : Hélène, à Rennes", [1]],
    ["A1/A2: new here, and Quarto", [1, 2]],
  ])("GIVEN %j THEN it answers %j", (text, numbers) => {
    expect(answerNumbers(text)).toEqual(numbers);
  });

  it.each([
    "A1C is a blood test",
    "BR1 is a code",
    "@a1 is a handle",
    "see https://x.y/a1",
    "see https://x.y/?q=a1&r=R2",
    "see https://x.y/p-a1.html",
    "a 1 hour call",
    "nothing",
    "I just finished a 4-day Shiny workshop",
    "Is this a 1- or 2-tailed test?",
    "We rate it on a 0–100 scale",
    "a 50/50 chance",
    "a 1.5hr co-working",
    "Reading the R6 chapter of Advanced R",
    "My plan for this year is a\n2. How to say no",
    "Steps:\n1. Open RStudio\n2. Install it",
    "R2-D2 is the best droid",
    "I teach the R1 and R2 modules",
    "Sheet1!A1:B10 is the range",
    "Il y a 2 options : R ou Python",
  ])("GIVEN %j THEN it answers nothing", (text) => {
    expect(answerNumbers(text)).toEqual([]);
  });
});

describe("GIVEN a host's question posted twice", () => {
  it("THEN the earliest is the question, whatever the adding order", () => {
    const reminder = post({
      externalId: "2",
      authorHandle: "host",
      createdAt: at(20),
      text: "Q1 reminder: still open",
    });
    const first = post({ externalId: "1", authorHandle: "host", createdAt: at(5), text: "Q1: the question" });
    const report = computeReport([reminder, first], { hashtag: null, hosts: ["HOST"] });
    expect(report.questions).toEqual([
      {
        number: 1,
        text: "Q1: the question",
        postedAt: "2026-01-15T18:05:00.000Z",
        network: "x",
        externalId: "1",
        url: null,
        answers: 0,
        answerers: 0,
        engagement: 0,
      },
    ]);
  });
});

describe("GIVEN posts that look like questions or answers", () => {
  const hostQuestion = post({
    externalId: "q",
    authorHandle: "host",
    text: "Q2: your tools? Answer with A2 please",
  });
  const report = computeReport(
    [
      hostQuestion,
      post({ externalId: "n", authorHandle: "bob", text: "Q2: I am not a host" }),
      repost(hostQuestion, { externalId: "r", authorHandle: "eve" }),
      post({ externalId: "a", authorHandle: "eve", text: "A2: a notebook" }),
    ],
    { hashtag: null, hosts: ["host"] },
  );

  it("THEN a host's question saying 'answer with A2' is not an answer, nor a repost of it, nor a non-host Qn", () => {
    expect(report.questions).toMatchObject([{ number: 2, externalId: "q", answers: 1, answerers: 1 }]);
  });

  it("THEN a host's question is never left hanging", () => {
    expect(report.unanswered.map((left) => left.externalId)).toEqual([]);
  });
});
