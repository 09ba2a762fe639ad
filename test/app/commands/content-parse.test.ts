import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/app/commands/parse.js";

const base = { name: "content", edition: null, target: null, plain: false };

describe("`/afterchat content` as typed on Slack", () => {
  it.each([
    ["content recap", { ...base, action: "recap" }],
    ["content recap 12 plain", { ...base, action: "recap", edition: 12, plain: true }],
    ["contenu récap #3 simple", { ...base, action: "recap", edition: 3, plain: true }],
    ["content cards", { ...base, action: "cards" }],
    ["contenu cartes", { ...base, action: "cards" }],
    ["contenu récit", { ...base, action: "story" }],
    ["content transcript", { ...base, action: "transcript" }],
    ["contenu recycler", { ...base, action: "recycle" }],
    ["content optout @Ana", { ...base, action: "optout", target: "@Ana" }],
    ["contenu refus @ana bluesky", { ...base, action: "optout", target: "bluesky:@ana" }],
    ["content optin @ana", { ...base, action: "optin", target: "@ana" }],
    ["content optouts", { ...base, action: "optouts" }],
    ["content approval on", { ...base, action: "approval", target: "on" }],
    ["contenu accord non", { ...base, action: "approval", target: "off" }],
    ["content requests 4", { ...base, action: "requests", edition: 4 }],
    [
      "content approve https://x.com/a/status/1",
      { ...base, action: "approve", target: "https://x.com/a/status/1" },
    ],
  ])("GIVEN `%s` WHEN parsed THEN it is read", (text, expected) => {
    expect(parseCommand(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["content", "missing"],
    ["content poster", "invalid"],
    ["content optout", "missing"],
    ["content optout @a facebook", "invalid"],
    ["content approval maybe", "missing"],
    ["content recap 1 2", "invalid"],
  ])("GIVEN `%s` WHEN parsed THEN it is a %s problem of content", (text, key) => {
    expect(parseCommand(text)).toMatchObject({ ok: false, error: { key, command: "content" } });
  });
});
