import { describe, expect, it } from "vitest";
import { encodeMetadata } from "../../../adapters/slack/form.js";
import { parseBlockAction, parseSlashCommand, parseViewSubmission } from "../../../adapters/slack/parse.js";
import { decodeRef, decodeTs, userGroupId } from "../../../adapters/slack/refs.js";
import {
  blockActionPayload,
  slashCommandPayload,
  viewSubmissionPayload,
} from "../../support/slack-payloads.js";

describe("Slack payloads -> core inputs", () => {
  it("GIVEN a slash command with an escaped mention THEN the text carries the neutral reference", () => {
    const input = parseSlashCommand(slashCommandPayload({ team_id: "T1", text: " task <@U9|sam> recap " }));
    expect(input).toMatchObject({ teamId: "T1", text: "task <@slack:T1:U9> recap" });
  });

  it("GIVEN a payload missing its ids THEN null, not a throw", () => {
    expect(parseSlashCommand({ text: "help" })).toBeNull();
    expect(parseBlockAction({ type: "block_actions" })).toBeNull();
    expect(parseViewSubmission("garbage")).toBeNull();
  });

  it("GIVEN a vote button THEN an ActionEvent with the source message reference", () => {
    const input = parseBlockAction(
      blockActionPayload({
        actions: [{ type: "button", action_id: "poll.vote:3", block_id: "b", value: "q1:4", action_ts: "1" }],
      }),
    );
    expect(input?.event).toEqual({
      action: "poll.vote",
      value: "q1:4",
      sourceMessageRef: "slack:T0FAKE0001:C0FAKE0001:1700000000.000100",
    });
  });

  it("GIVEN an action_id that is not ours THEN null", () => {
    const payload = blockActionPayload({ actions: [{ type: "button", action_id: "evil.do", value: "x" }] });
    expect(parseBlockAction(payload)).toBeNull();
  });

  it("GIVEN a users_select THEN the picked user as a reference and the value from the action_id", () => {
    const input = parseBlockAction(
      blockActionPayload({
        actions: [
          { type: "users_select", action_id: "task.reassign:t1:m", block_id: "b", selected_user: "U7" },
        ],
      }),
    );
    expect(input?.event).toMatchObject({
      action: "task.reassign",
      value: "t1:m",
      selectedUser: "slack:T0FAKE0001:U7",
    });
  });

  it("GIVEN a view submission THEN the form id, state, channel and flat values", () => {
    const input = parseViewSubmission(
      viewSubmissionPayload(
        {},
        {
          id: "V9",
          callback_id: "afterchat.form",
          private_metadata: encodeMetadata({ formId: "note.new", state: "s", channelId: "C5" }),
          state: {
            values: {
              good: { good: { type: "plain_text_input", value: "a & b <x>" } },
              bad: { bad: { value: null } },
            },
          },
        },
      ),
    );
    expect(input).toMatchObject({
      viewId: "V9",
      channelId: "C5",
      submission: { formId: "note.new", state: "s", values: { good: "a & b <x>", bad: "" } },
    });
  });
});

describe("references", () => {
  it("decodes channel, message and bare ts references, and refuses others", () => {
    expect(decodeRef("slack:T1:C2")).toEqual({ teamId: "T1", id: "C2", ts: null });
    expect(decodeRef("slack:T1:C2:1700000000.000100")?.ts).toBe("1700000000.000100");
    expect(decodeRef("discord:G1:C2")).toBeNull();
    expect(decodeTs("1700000000.000100")).toBe("1700000000.000100");
    expect(userGroupId("slack:T1:S9")).toBe("S9");
    expect(userGroupId("123456789012345678")).toBeNull();
  });
});
