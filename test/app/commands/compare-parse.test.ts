import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../src/app/commands/parse.js";

describe("GIVEN `/afterchat compare` lines", () => {
  it.each([
    ["compare #otherchat", { ours: null, theirs: "otherchat", last: null }],
    ["compare #OurChat #OtherChat", { ours: "ourchat", theirs: "otherchat", last: null }],
    ["compare ourchat otherchat last 3", { ours: "ourchat", theirs: "otherchat", last: 3 }],
    ["comparer #autrechat dernières 4", { ours: null, theirs: "autrechat", last: 4 }],
    ["compare #otherchat 5", { ours: null, theirs: "otherchat", last: 5 }],
    ["vs #a_chat #b_chat", { ours: "a_chat", theirs: "b_chat", last: null }],
  ])("WHEN `%s` is read THEN it names both chats and N", (line, expected) => {
    expect(parseCommand(line)).toEqual({ ok: true, value: { name: "compare", ...expected } });
  });

  it.each([
    ["compare", "missing", "hashtag"],
    ["compare #a last", "missing", "count"],
    ["compare #a #b #c", "invalid", "#c"],
    ["compare #a last 0", "invalid", "0"],
    ["compare #a last 21", "invalid", "21"],
    ["compare #a 2 3", "invalid", "3"],
  ])("WHEN `%s` is read THEN it is refused (%s %s)", (line, key, detail) => {
    expect(parseCommand(line)).toEqual({ ok: false, error: { key, command: "compare", detail } });
  });
});
