import { describe, expect, it } from "vitest";
import { decodeActionId, decodeFormId } from "../../../adapters/discord/custom-id.js";
import { renderForm, renderMessage, toDiscordMarkdown } from "../../../adapters/discord/render/index.js";
import { translator } from "../../../src/i18n/index.js";
import type { Block, Button, Form } from "../../../src/render/message.js";
import { message, sentence } from "../../../src/render/message.js";

const G = "910000000000000001";

function scale(question: string, n: number): Block[] {
  return [
    { type: "section", text: `**${question}**` },
    {
      type: "actions",
      elements: [1, 2, 3, 4, 5].map((v) => ({
        action: "poll.vote" as const,
        value: `p1:q${n}:${v}`,
        label: String(v),
      })),
    },
  ];
}

describe("neutral Markdown to Discord", () => {
  it("GIVEN a French bold label before its colon THEN the bold stays whole and the narrow space follows it", () => {
    const french = translator("fr").t("common.labelled", { label: "**Quand**", value: "mar. 8 déc." });
    expect(toDiscordMarkdown(french).text).toBe("**Quand**\u202F: mar. 8 déc.");
  });

  it("GIVEN mentions of Discord and Slack users THEN Discord ones become real mentions and Slack ones plain text", () => {
    expect(toDiscordMarkdown(`<@discord:${G}:42> thanks <@slack:T1:U2> and \\<@not-a-mention>`)).toEqual({
      text: "<@42> thanks @U2 (Slack) and \\<@not-a-mention>",
      userIds: ["42"],
    });
  });

  it("GIVEN channel references THEN Discord channels and threads become links, a Slack channel plain text", () => {
    expect(toDiscordMarkdown(`see <#discord:${G}:7> and <#discord:${G}:7:8>, or <#slack:T1:C9>`).text).toBe(
      "see <#7> and <#8>, or #C9 (Slack)",
    );
  });

  it("GIVEN role mentions THEN a Discord role stays a role mention that pings nobody, a Slack user group is text", () => {
    const { pages } = renderMessage(sentence("Team: <@&910000000000000020>, <@&S0GROUP1> and \\<@&123>"));
    expect(pages[0]).toMatchObject({
      content: "Team: <@&910000000000000020>, @S0GROUP1 and \\<@&123>",
      allowedMentions: { parse: [], users: [] },
    });
  });
});

describe("messages as Discord payloads", () => {
  it("GIVEN a one-sentence reply THEN it is message content, and the mentioned member is notified", () => {
    const { pages } = renderMessage(sentence(`<@discord:${G}:42> will **write** the recap.`));
    expect(pages).toEqual([
      {
        content: "<@42> will **write** the recap.",
        embeds: [],
        components: [],
        files: [],
        allowedMentions: { parse: [], users: ["42"] },
      },
    ]);
  });

  it("GIVEN a header, sections, fields, context and an image THEN they show in that order: what follows the fields goes in a second embed", () => {
    const msg = message(
      "Report",
      [
        { type: "header", text: "#cafechat, edition 12" },
        { type: "section", text: "42 posts by 17 people" },
        {
          type: "fields",
          fields: [
            { label: "Posts", value: "42" },
            { label: "People", value: "17" },
          ],
        },
        { type: "context", text: "Imported from X" },
        { type: "image", file: "timeline.png", alt: "Posts per minute" },
      ],
      [{ name: "timeline.png", title: "Timeline", mime: "image/png", bytes: new Uint8Array([1, 2, 3]) }],
    );

    const { pages } = renderMessage(msg);

    expect(pages).toHaveLength(1);
    expect(pages[0]?.content).toBe("");
    expect(pages[0]?.embeds).toEqual([
      {
        color: expect.any(Number),
        title: "#cafechat, edition 12",
        description: "42 posts by 17 people",
        fields: [
          { name: "Posts", value: "42", inline: true },
          { name: "People", value: "17", inline: true },
        ],
      },
      {
        color: expect.any(Number),
        description: "-# Imported from X",
        image: { url: "attachment://timeline.png" },
      },
    ]);
    expect(pages[0]?.files).toEqual([
      { attachment: Buffer.from([1, 2, 3]), name: "timeline.png", description: "Timeline" },
    ]);
  });

  it("GIVEN a description longer than 4,096 characters THEN it continues in a second embed, 6,000 in all at most", () => {
    const paragraph = "word ".repeat(500).trim();
    const { pages, truncated } = renderMessage(
      message("long", [
        { type: "header", text: "Long" },
        ...Array.from({ length: 5 }, () => ({ type: "section" as const, text: paragraph })),
      ]),
    );
    const embeds = pages[0]!.embeds;
    const total = embeds.reduce((n, e) => n + (e.title?.length ?? 0) + (e.description?.length ?? 0), 0);
    expect(embeds.length).toBeGreaterThan(1);
    expect(embeds.every((e) => (e.description?.length ?? 0) <= 4096)).toBe(true);
    expect(total).toBeLessThanOrEqual(6000);
    expect(truncated).toBe(true);
  });

  it("GIVEN 30 fields with long values THEN at most 25 per embed and values of at most 1,024 characters", () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ label: `F${i}`, value: "v".repeat(2000) }));
    const { pages } = renderMessage(message("f", [{ type: "fields", fields }]));
    for (const embed of pages[0]!.embeds) {
      expect((embed.fields ?? []).length).toBeLessThanOrEqual(25);
      for (const f of embed.fields ?? []) expect(f.value.length).toBeLessThanOrEqual(1024);
    }
  });

  it("GIVEN buttons THEN each custom_id is action|value and a danger button is red", () => {
    const close: Button = { action: "poll.close", value: "p1", label: "Close", style: "danger" };
    const { pages } = renderMessage(message("p", [{ type: "actions", elements: [close] }]));
    expect(pages[0]?.components).toEqual([
      { type: 1, components: [{ type: 2, style: 4, label: "Close", custom_id: "poll.close|p1" }] },
    ]);
    expect(decodeActionId("poll.close|p1")).toEqual({ kind: "value", action: "poll.close", value: "p1" });
  });

  it("GIVEN a five-question poll (6 rows) THEN questions become selects labelled with the question, controls go on a second message", () => {
    const blocks: Block[] = [{ type: "header", text: "Team feedback" }];
    for (let q = 1; q <= 5; q += 1) blocks.push(...scale(`Q${q}. How was it?`, q));
    blocks.push({
      type: "actions",
      elements: [
        { action: "poll.comment", value: "p1", label: "Comment" },
        { action: "poll.results", value: "p1", label: "My votes" },
        { action: "poll.close", value: "p1", label: "Close", style: "danger" },
      ],
    });

    const { pages } = renderMessage(message("poll", blocks));

    expect(pages).toHaveLength(2);
    expect(pages[0]?.components).toHaveLength(5);
    const select = pages[0]!.components[2]!.components[0] as {
      type: number;
      custom_id: string;
      placeholder: string;
      options: Array<{ label: string; value: string }>;
    };
    expect(select).toMatchObject({ type: 3, placeholder: "Q3. How was it?", custom_id: "poll.vote#2" });
    expect(select.options.map((o) => o.value)).toEqual([
      "p1:q3:1",
      "p1:q3:2",
      "p1:q3:3",
      "p1:q3:4",
      "p1:q3:5",
    ]);
    expect(decodeActionId(select.custom_id)).toEqual({ kind: "choice", action: "poll.vote" });
    expect(pages[1]).toMatchObject({ content: "", embeds: [], files: [] });
    expect(pages[1]?.components[0]?.components.map((c) => ("label" in c ? c.label : ""))).toEqual([
      "Comment",
      "My votes",
      "Close",
    ]);
  });

  it("GIVEN a two-question poll (3 rows) THEN the scale stays as buttons", () => {
    const { pages } = renderMessage(message("poll", [...scale("Q1", 1), ...scale("Q2", 2)]));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.components.map((r) => r.components.length)).toEqual([5, 5]);
  });

  it("GIVEN several sections with an accessory button THEN each button says which section it is for", () => {
    const assign = (n: number): Block => ({
      type: "section",
      text: `Question ${n} from **@zoe**`,
      accessory: { action: "unanswered.assign", value: `x:${n}`, label: "Assign" },
    });
    const { pages } = renderMessage(message("q", [assign(1), assign(2)]));
    expect(pages[0]?.components[0]?.components.map((c) => ("label" in c ? c.label : ""))).toEqual([
      "Assign: Question 1 from @zoe",
      "Assign: Question 2 from @zoe",
    ]);
  });

  it("GIVEN a user select THEN it is a user select menu carrying the action and value", () => {
    const { pages } = renderMessage(
      message("t", [
        {
          type: "actions",
          elements: [
            { type: "userSelect", action: "task.reassign", value: "t1", placeholder: "Pick someone" },
          ],
        },
      ]),
    );
    expect(pages[0]?.components[0]?.components[0]).toEqual({
      type: 5,
      custom_id: "task.reassign|t1",
      placeholder: "Pick someone",
      min_values: 1,
      max_values: 1,
    });
  });

  it("GIVEN a button value too long for a custom_id THEN the button is left out and counted", () => {
    const rendered = renderMessage(
      message("x", [
        { type: "actions", elements: [{ action: "task.done", value: "v".repeat(95), label: "Done" }] },
      ]),
    );
    expect(rendered.dropped).toBe(1);
    expect(rendered.pages[0]?.components).toEqual([]);
  });

  it("GIVEN a DM about a guild THEN the embed's author names the guild and links to it", () => {
    const { pages } = renderMessage(sentence("Your task is due"), { dmGuild: { id: G, name: "Café chat" } });
    expect(pages[0]?.embeds[0]?.author).toEqual({
      name: "Café chat",
      url: `https://discord.com/channels/${G}`,
    });
  });

  it("GIVEN 12 files THEN the first message takes 10 and a second one the rest", () => {
    const files = Array.from({ length: 12 }, (_, i) => ({
      name: `f${i}.csv`,
      title: `F${i}`,
      mime: "text/csv",
      bytes: new Uint8Array([i]),
    }));
    const { pages } = renderMessage(message("files", [{ type: "section", text: "Exports" }], files));
    expect(pages.map((p) => p.files.length)).toEqual([10, 2]);
  });
});

describe("forms as Discord modals", () => {
  const notes: Form = {
    id: "note.new",
    state: "e1",
    title: "Debrief notes for #cafechat edition 12 (all optional)",
    submit: "Save",
    fields: [
      { id: "good", label: "What went well", kind: "multiline", optional: true },
      {
        id: "bad",
        label: "What to improve next time, for the hosts and the team",
        kind: "multiline",
        optional: true,
        maxLength: 2000,
      },
      { id: "best", label: "Best moment", kind: "text", optional: true, initial: "A3" },
      { id: "insight", label: "Insight", kind: "multiline", placeholder: "An idea" },
    ],
  };

  it("GIVEN the four-field notes form THEN a modal with a 45-character title and four labelled text inputs", () => {
    const rendered = renderForm(notes);
    expect(rendered?.dropped).toBe(0);
    const modal = rendered!.modal;
    expect(modal.title.length).toBeLessThanOrEqual(45);
    expect(decodeFormId(modal.custom_id)).toEqual({ formId: "note.new", state: "e1" });
    expect(modal.components).toHaveLength(4);
    expect(modal.components[1]).toMatchObject({
      type: 18,
      label: expect.stringMatching(/^.{1,45}$/u),
      description: "What to improve next time, for the hosts and the team",
      component: { type: 4, custom_id: "bad", style: 2, required: false, max_length: 2000 },
    });
    expect(modal.components[2]).toMatchObject({ component: { custom_id: "best", style: 1, value: "A3" } });
    expect(modal.components[3]).toMatchObject({ component: { required: true, placeholder: "An idea" } });
  });

  it("GIVEN seven fields THEN five are shown and two counted as left out", () => {
    const fields = Array.from({ length: 7 }, (_, i) => ({
      id: `f${i}`,
      label: `F${i}`,
      kind: "text" as const,
    }));
    const rendered = renderForm({ ...notes, fields });
    expect(rendered?.modal.components).toHaveLength(5);
    expect(rendered?.dropped).toBe(2);
  });
});
