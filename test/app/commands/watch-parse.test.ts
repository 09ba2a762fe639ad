import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/app/commands/parse.js";

const base = {
  name: "watch",
  hashtag: null,
  schedule: null,
  networks: [],
  hosts: [],
  instance: null,
  remind: null,
  note: null,
  on: true,
};

describe("`/afterchat watch` as typed on Slack", () => {
  it.each([
    ["watch", { ...base, action: "list" }],
    ["suivre liste", { ...base, action: "list" }],
    ["watch add #OtherChat", { ...base, action: "add", hashtag: "otherchat" }],
    [
      "watch add #otherchat tuesdays 18:00 Europe/Paris 1h bluesky @olivia remind 15m note great visuals, their Q3",
      {
        ...base,
        action: "add",
        hashtag: "otherchat",
        schedule: "tuesdays 18:00 Europe/Paris 1h",
        networks: ["bluesky"],
        hosts: ["olivia"],
        remind: "15m",
        note: "great visuals, their Q3",
      },
    ],
    [
      "suivre ajouter #autrechat mardi 18h30 Europe/Paris x mastodon.social",
      {
        ...base,
        action: "add",
        hashtag: "autrechat",
        schedule: "mardi 18h30 Europe/Paris",
        networks: ["x", "mastodon"],
        instance: "https://mastodon.social",
      },
    ],
    ["watch remove #otherchat", { ...base, action: "remove", hashtag: "otherchat" }],
    ["suivre retirer #autrechat", { ...base, action: "remove", hashtag: "autrechat" }],
    ["watch remind me", { ...base, action: "remind" }],
    ["suivre rappel moi #autrechat", { ...base, action: "remind", hashtag: "autrechat" }],
    ["watch remind off #otherchat", { ...base, action: "remind", hashtag: "otherchat", on: false }],
  ])("GIVEN `%s` WHEN parsed THEN it is read", (text, expected) => {
    expect(parseCommand(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ["watch add", "missing"],
    ["watch remove", "missing"],
    ["watch add otherchat", "invalid"],
    ["watch follow #a", "invalid"],
    ["watch list #a", "invalid"],
    ["watch remind maybe", "invalid"],
    ["watch add #a remind", "missing"],
  ])("GIVEN `%s` WHEN parsed THEN it is a %s problem of watch", (text, key) => {
    expect(parseCommand(text)).toMatchObject({ ok: false, error: { key, command: "watch" } });
  });
});
