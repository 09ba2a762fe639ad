/**
 * Issue 10, points 6 and 7 at the renderers: whatever users type (topics, notes, task titles,
 * comments, titles, handles) shows as typed on Slack and Discord, in the blocks and in Slack's
 * fallback `text`; drafts meant to be copied are byte-exact.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderMessage as renderDiscord } from "../../adapters/discord/render/index.js";
import { LIMITS, renderMessage as renderSlack } from "../../adapters/slack/render.js";
import { openingMessage } from "../../src/app/after-party/opening-message.js";
import type { RosterGroups } from "../../src/domain/roster-groups.js";
import { translator } from "../../src/i18n/index.js";
import { escapeMarkdown } from "../../src/render/markup.js";
import { type Message, sentence } from "../../src/render/message.js";
import { notesListMessage, notesSavedMessage } from "../../src/render/notes/messages.js";
import { rosterMessage } from "../../src/render/roster/groups.js";
import { createdMessage } from "../../src/render/setup/messages.js";
import { taskCard } from "../../src/render/tasks/card.js";
import { taskRenderContext } from "../../src/render/tasks/line.js";
import { taskList } from "../../src/render/tasks/list.js";

const t = translator("en");
const NOW = new Date("2026-03-03T20:00:00Z");

const series = {
  id: "s1",
  workspaceId: "w1",
  hashtag: "edchat",
  title: "Education chat",
  hosts: ["ana"],
  networks: ["x" as const],
  mastodonInstance: null,
  cron: null,
  timeZone: "Europe/Paris",
  durationMinutes: 60,
  debriefChannel: "slack:T1:C1",
  afterPartyChannel: null,
  teamRoleIds: [],
  moderatorRoleIds: [],
  locale: null,
  active: true,
  settings: {} as never,
  createdAt: NOW,
};
const edition = {
  id: "e1",
  workspaceId: "w1",
  seriesId: "s1",
  number: 3,
  startsAt: NOW,
  endsAt: NOW,
  status: "debriefing" as const,
  topic: null,
  importedAt: null,
  headline: null,
  afterPartyThread: null,
  afterPartyEndsAt: null,
};
const note = (text: string) => ({
  id: "n1",
  workspaceId: "w1",
  editionId: "e1",
  authorRef: "slack:T1:U1",
  kind: "good" as const,
  text,
  createdAt: NOW,
  updatedAt: NOW,
});
const task = (title: string) => ({
  id: "t1",
  workspaceId: "w1",
  seriesId: "s1",
  editionId: "e1",
  title,
  ownerRef: "slack:T1:U2",
  dueAt: null,
  status: "open" as const,
  origin: "manual" as const,
  playbookKey: null,
  createdBy: "slack:T1:U1",
  createdAt: NOW,
  updatedAt: NOW,
  doneAt: null,
});

/** Every renderer that embeds text a user typed, fed one hostile string. */
const RENDERERS: Array<[string, (hostile: string) => Message]> = [
  [
    "edition topic",
    (h) =>
      sentence(t.t("setup.edition.topicSet", { number: 1, hashtag: "edchat", topic: escapeMarkdown(h) })),
  ],
  ["note saved", (h) => notesSavedMessage(t, [note(h)], edition, series as never, false)],
  ["notes list", (h) => notesListMessage(t, series as never, edition, [note(h)], () => h)],
  ["task card", (h) => taskCard(task(h), taskRenderContext(t, series, NOW))],
  [
    "task list",
    (h) => taskList([task(h)], { scope: "all", hashtag: "edchat" }, taskRenderContext(t, series, NOW)),
  ],
  ["series created", (h) => createdMessage(t.t, { ...series, title: h } as never, "slack")],
  [
    "after-party opening",
    (h) =>
      openingMessage(
        t,
        { ...series, settings: { goodbye: h, afterPartyHours: 24 } } as never,
        { ...edition, topic: h },
        [],
        null,
      ),
  ],
  [
    "roster",
    (h) =>
      rosterMessage(
        {
          latest: 3,
          recent: [3],
          regulars: [
            {
              participantId: "p1",
              displayName: h,
              handles: [],
              editions: [3],
              posts: 1,
              engagement: 1,
              followers: null,
              lastSeenAt: NOW,
            },
          ],
          newcomers: [],
          lapsed: [],
          top: [],
        },
        { hashtag: "edchat", drafts: [] },
        t,
      ),
  ],
];

const HOSTILE = [
  "Topic <!channel> see <https://evil.example|the agenda>",
  "<!here> <!everyone> <@U0EVIL01> <#C0EVIL01> <!subteam^S0EVIL>",
  "@everyone @here [the agenda](https://evil.example) *bold* _it_ ~gone~ `code`",
  "\u202Egnp.exe\u202C \u2066isolated\u2069 zero\u200Bwidth <\u200B!channel>",
  "&lt;!channel&gt; &amp; > < &",
];

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;

/**
 * The isolates afterchat itself puts around user text before an attribution (render/markup.ts
 * isolate): one FSI ... PDI pair with no control inside. What the user typed never survives.
 */
function withoutOwnIsolates(text: string): string {
  return text.replace(/\u2068[^\u202A-\u202E\u2066-\u2069]*\u2069/gu, "");
}

function slackStrings(message: Message): string[] {
  const rendered = renderSlack(message);
  return [rendered.text, JSON.stringify(rendered.blocks)];
}

function checkSlack(name: string, message: Message) {
  const rendered = renderSlack(message);
  for (const part of slackStrings(message)) {
    expect(part, name).not.toMatch(/<!(channel|here|everyone|subteam)/u);
    expect(part, name).not.toContain("<https://evil");
    expect(part, name).not.toContain("<@U0EVIL");
    expect(part, name).not.toContain("<#C0EVIL");
    expect(withoutOwnIsolates(part), name).not.toMatch(BIDI_CONTROLS);
  }
  expect(rendered.text.length, name).toBeLessThanOrEqual(LIMITS.fallbackText);
  for (const block of rendered.blocks as Array<{ type: string; text?: { text: string } }>)
    if (block.type === "section" && block.text) expect(block.text.text.length).toBeLessThanOrEqual(3000);
}

function checkDiscord(name: string, message: Message) {
  const { pages } = renderDiscord(message);
  for (const page of pages) {
    expect(page.allowedMentions.parse, name).toEqual([]);
    const all = JSON.stringify({ content: page.content, embeds: page.embeds });
    expect(all, name).not.toContain("](https://evil");
    // A backslash before `<@` shows it as typed (escapeMarkdown writes it); a bare one would ping.
    expect(all, name).not.toMatch(/(?<!\\\\)<@U0EVIL/u);
    expect(withoutOwnIsolates(all), name).not.toMatch(BIDI_CONTROLS);
    expect(page.content.length).toBeLessThanOrEqual(2000);
    for (const embed of page.embeds) expect((embed.description ?? "").length).toBeLessThanOrEqual(4096);
  }
}

describe("hostile text through every renderer (point 6)", () => {
  for (const [name, render] of RENDERERS) {
    it(`GIVEN hostile text in the ${name} THEN Slack (blocks and fallback) and Discord show it inert`, () => {
      for (const hostile of HOSTILE) {
        checkSlack(name, render(hostile));
        checkDiscord(name, render(hostile));
      }
    });

    it(`GIVEN any string up to 4,000 characters in the ${name} THEN the rendering stays inert and within limits`, () => {
      const pieces = fc.constantFrom(
        ...HOSTILE,
        "a",
        " ",
        "\n",
        "*",
        "_",
        "~",
        "<",
        ">",
        "&",
        "\u200B",
        "\u202E",
        "é",
        "🙂",
      );
      fc.assert(
        fc.property(fc.array(pieces, { maxLength: 400 }), (parts) => {
          const hostile = parts.join("").slice(0, 4000);
          checkSlack(name, render(hostile));
          checkDiscord(name, render(hostile));
        }),
        { numRuns: 60 },
      );
    });
  }
});

describe("drafts meant to be copied are byte-exact (point 7)", () => {
  const groups: RosterGroups = {
    latest: 12,
    recent: [10, 11, 12],
    regulars: [],
    newcomers: [],
    lapsed: [],
    top: [],
  } as unknown as RosterGroups;
  const draft = "Thank you @distraction_20 and @a_b_c for #edchat! *stars* ~all~";
  const message = rosterMessage(
    groups,
    { hashtag: "edchat", drafts: [{ network: "x", drafts: [draft] }] },
    t,
  );

  it("GIVEN a thank-you draft with underscores WHEN Slack shows it THEN the text between its code marks is the draft, byte for byte", () => {
    const shown = JSON.stringify(renderSlack(message).blocks);
    expect(shown).not.toContain("\u200B");
    const inCode = /```([^`]*)```/u.exec(JSON.parse(JSON.stringify(shown)) as string)?.[1] ?? "";
    expect(inCode.replace(/\\n/gu, "\n").trim()).toBe(draft);
  });

  it("GIVEN that draft WHEN Discord shows it THEN it is in a code block, byte for byte", () => {
    const shown = renderDiscord(message)
      .pages.map((p) => JSON.stringify(p.embeds) + p.content)
      .join("");
    const inCode = /```([^`]*)```/u.exec(shown)?.[1] ?? "";
    expect(inCode.replace(/\\n/gu, "\n").trim()).toBe(draft);
  });
});
