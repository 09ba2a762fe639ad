import { describe, expect, it } from "vitest";
import { decodeMetadata, FORM_CALLBACK_ID, renderForm } from "../../../adapters/slack/form.js";
import { actionOf, LIMITS, renderMessage } from "../../../adapters/slack/render.js";
import type { Block, Button, Message } from "../../../src/render/message.js";

type Rendered = Record<string, unknown> & { type: string };

describe("neutral Message -> Block Kit", () => {
  it("GIVEN every neutral block type THEN the matching Block Kit blocks", () => {
    const message: Message = {
      text: "**Edition 3**",
      blocks: [
        { type: "header", text: "**Edition 3**" },
        {
          type: "section",
          text: "Hello **team**",
          accessory: { action: "poll.close", value: "p1", label: "Close" },
        },
        { type: "fields", fields: [{ label: "Posts", value: "**120**" }] },
        { type: "context", text: "closes _friday_" },
        { type: "divider" },
        { type: "image", file: "chart.png", alt: "Posts per minute" },
      ],
    };
    const { text, blocks } = renderMessage(message);
    expect(text).toBe("Edition 3");
    expect(blocks).toEqual([
      { type: "header", text: { type: "plain_text", text: "Edition 3", emoji: true } },
      {
        type: "section",
        text: { type: "mrkdwn", text: "Hello *team*" },
        accessory: {
          type: "button",
          action_id: "poll.close",
          value: "p1",
          text: { type: "plain_text", text: "Close", emoji: true },
        },
      },
      { type: "section", fields: [{ type: "mrkdwn", text: "*Posts*\n*120*" }] },
      { type: "context", elements: [{ type: "mrkdwn", text: "closes _friday_" }] },
      { type: "divider" },
      { type: "context", elements: [{ type: "mrkdwn", text: "🖼 Posts per minute" }] },
    ]);
  });

  it("GIVEN five vote buttons with the same ActionId THEN action_ids are unique in the block and read back", () => {
    const buttons: Button[] = [1, 2, 3, 4, 5].map((v) => ({
      action: "poll.vote",
      value: `q1:${v}`,
      label: String(v),
    }));
    const { blocks } = renderMessage({ text: "vote", blocks: [{ type: "actions", elements: buttons }] });
    const ids = (blocks[0] as { elements: Array<{ action_id: string; value: string }> }).elements.map(
      (e) => e.action_id,
    );
    expect(new Set(ids).size).toBe(5);
    expect(ids.map((id) => actionOf(id).action)).toEqual(Array(5).fill("poll.vote"));
  });

  it("GIVEN a user select THEN a users_select carrying the value in its action_id", () => {
    const { blocks } = renderMessage({
      text: "t",
      blocks: [
        {
          type: "actions",
          elements: [{ type: "userSelect", action: "task.reassign", value: "t1:m", placeholder: "Reassign" }],
        },
      ],
    });
    const select = (blocks[0] as unknown as { elements: Rendered[] }).elements[0]!;
    expect(select.type).toBe("users_select");
    expect(actionOf(select.action_id as string)).toEqual({ action: "task.reassign", suffix: "t1:m" });
  });

  it("GIVEN 30 buttons THEN two actions blocks of at most 25", () => {
    const elements: Button[] = Array.from({ length: 30 }, (_, i) => ({
      action: "task.done",
      value: `t${i}`,
      label: `${i}`,
    }));
    const { blocks } = renderMessage({ text: "t", blocks: [{ type: "actions", elements }] });
    expect(blocks.map((b) => (b as { elements: unknown[] }).elements.length)).toEqual([25, 5]);
  });

  it("GIVEN a section longer than 3,000 characters THEN it is split at line breaks, nothing lost", () => {
    const lines = Array.from({ length: 200 }, (_, i) => `line ${i} ${"x".repeat(20)}`);
    const { blocks } = renderMessage({ text: "t", blocks: [{ type: "section", text: lines.join("\n") }] });
    const texts = blocks.map((b) => (b as { text: { text: string } }).text.text);
    expect(texts.length).toBeGreaterThan(1);
    expect(texts.every((t) => t.length <= LIMITS.sectionText)).toBe(true);
    expect(texts.join("\n")).toBe(lines.join("\n"));
  });

  it("GIVEN more than 50 blocks THEN 50, the last saying how many were left out", () => {
    const many: Block[] = Array.from({ length: 60 }, () => ({ type: "divider" }));
    const { blocks } = renderMessage({ text: "t", blocks: many });
    expect(blocks).toHaveLength(50);
    expect(JSON.stringify(blocks[49])).toContain("+11");
    expect(renderMessage({ text: "t", blocks: many }, { maxBlocks: 100 }).blocks).toHaveLength(60);
  });
});

describe("neutral Form -> modal", () => {
  it("GIVEN a form THEN a modal with input blocks keyed by field id, and its id, state and channel in private_metadata", () => {
    const view = renderForm(
      {
        id: "note.new",
        state: "e1",
        title: "A debrief note for the edition",
        submit: "Save",
        fields: [
          { id: "good", label: "What went well", kind: "multiline", optional: true, maxLength: 5000 },
          { id: "title", label: "Title", kind: "text", initial: "x", placeholder: "e.g. recap" },
        ],
      },
      "C1",
    );
    expect(view.callback_id).toBe(FORM_CALLBACK_ID);
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(decodeMetadata(view.private_metadata ?? "")).toEqual({
      formId: "note.new",
      state: "e1",
      channelId: "C1",
    });
    expect(view.blocks).toMatchObject([
      {
        type: "input",
        block_id: "good",
        optional: true,
        element: { action_id: "good", multiline: true, max_length: 3000 },
      },
      {
        type: "input",
        block_id: "title",
        optional: false,
        element: { action_id: "title", initial_value: "x" },
      },
    ]);
  });
});
