/**
 * Trust boundaries seen from Slack, end to end: real Bolt 5 over HTTP against the Slack fake, the
 * real dispatcher and use cases, the in-memory store. Each test is an attack or a careless use
 * that went through before (issue 10), and what a team sees now.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../src/app/dispatch.js";
import { translator } from "../../src/i18n/index.js";
import { type Bench, SIGNING_SECRET, startBench } from "../adapters/slack/bench.js";
import { shown } from "../adapters/slack/blocks.js";
import { REGISTRIES } from "../adapters/slack/registries.js";
import type { MemoryStore } from "../support/memory-store.js";
import { signedPost, slashCommandBody } from "../support/slack-request.js";

const en = translator("en");
const T = "T0FAKE0001";
const C = "C0TRUST001";
const ADMIN = "U0ADMIN001";
const MEMBER = "U0MEMBER01";
const SAM = "U0SAM00001";

let bench: Bench;
let store: MemoryStore;

beforeAll(async () => {
  bench = await startBench({
    mode: "http",
    dispatcher: (services) => createDispatcher(services, REGISTRIES),
  });
  store = bench.store as MemoryStore;
  bench.fake.users.set(ADMIN, { id: ADMIN, is_admin: true });
  bench.fake.users.set(SAM, { id: SAM, name: "sam", real_name: "Sam Secretname" });
  bench.fake.users.set(MEMBER, { id: MEMBER, name: "mia", real_name: "Mia Hiddenname" });
  await bench.command("setup <#C0TRUST001|trustchat> Trust chat", { user: ADMIN, channel: C });
  await bench.command(`team add <@${MEMBER}|mia>`, { user: ADMIN, channel: C });
});
afterAll(async () => bench?.stop());

const seriesHere = () => store.tables().series.find((s) => s.hashtag === "trustchat");

describe("Slack requests from the future (issue 10, point 9)", () => {
  it("GIVEN a validly signed command stamped an hour ahead WHEN it arrives THEN it is refused like a stale one", async () => {
    const inAnHour = Math.floor(Date.now() / 1000) + 3600;
    const sent = await signedPost(bench.running.url!, {
      ...slashCommandBody({ team_id: T, user_id: MEMBER, channel_id: C, text: "help" }),
      secret: SIGNING_SECRET,
      timestamp: inAnHour,
    });
    expect(sent.status).toBe(401);
  });

  it("GIVEN a validly signed command stamped four minutes ahead (clock skew) WHEN it arrives THEN it is accepted", async () => {
    const skewed = Math.floor(Date.now() / 1000) + 4 * 60;
    const sent = await signedPost(bench.running.url!, {
      ...slashCommandBody({ team_id: T, user_id: MEMBER, channel_id: C, text: "help" }),
      secret: SIGNING_SECRET,
      timestamp: skewed,
    });
    expect(sent.status).toBe(200);
  });
});

describe("forged form state (issue 10, point 4)", () => {
  it("GIVEN a set-up form whose private_metadata names another workspace's channel WHEN an admin submits it THEN no series is bound to that channel", async () => {
    const forged = {
      callback_id: "afterchat.form",
      private_metadata: JSON.stringify({ f: "setup", s: "new|slack:T0VICTIM01:C0VICTIM01", c: C }),
    };
    await bench.submit(
      forged,
      {
        hashtag: "hijack",
        title: "Hijack",
        hosts: "",
        schedule: "0 18 * * 2 Europe/Paris 60",
        networks: "x",
      },
      { user: ADMIN, channel: C },
    );
    const bound = store.tables().series.filter((s) => s.debriefChannel?.includes("T0VICTIM01"));
    expect(bound).toEqual([]);
  });
});

describe("what users type never becomes Slack markup (issue 10, point 6)", () => {
  it("GIVEN a topic with a typed <!channel> and a disguised link WHEN it is confirmed THEN neither the blocks nor the fallback text carry them live", async () => {
    await bench.command("edition new at 2026-03-10 18:00", { user: ADMIN, channel: C });
    // What Slack sends when someone types `<!channel>` and `<https://…|…>` literally: escaped entities.
    const sent = await bench.command(
      "edition topic Topic &lt;!channel&gt; see &lt;https://evil.example|the agenda&gt;",
      { user: ADMIN, channel: C },
    );
    const reply = sent.responses().at(-1) as { text: string; blocks: unknown };
    expect(reply.text).toContain("Topic");
    for (const part of [reply.text, JSON.stringify(reply.blocks)]) {
      expect(part).not.toContain("<!channel>");
      expect(part).not.toContain("<https://evil.example");
    }
  });
});

describe("mentions stay people (issue 10, point 7)", () => {
  it("GIVEN a note that names @sam WHEN the notes are listed THEN Slack shows sam as a mention, not a raw reference", async () => {
    await bench.command(`note good thanks <@${SAM}|sam> for the questions`, { user: MEMBER, channel: C });
    const listed = await bench.command("notes", { user: ADMIN, channel: C });
    const text = shown(listed.responses());
    expect(text).toContain(`<@${SAM}>`);
    expect(text).not.toContain("slack:");
    expect(text).not.toContain("&lt;@");
  });

  it("GIVEN that note WHEN the moderator exports the notes THEN the CSV names sam and the author by name, not by reference", async () => {
    await bench.command("export notes", { user: ADMIN, channel: C });
    const file = bench.fake
      .uploads()
      .filter((f) => f.filename.endsWith(".csv"))
      .at(-1);
    const csv = file?.bytes.toString("utf8") ?? "";
    expect(csv).toContain("thanks @sam for the questions");
    expect(csv).toContain("mia");
    expect(csv).not.toContain("slack:");
  });
});

describe("who may do what (issue 10, point 3)", () => {
  it("GIVEN the team WHEN a member assigns a task to afterchat itself THEN it is refused and no task exists", async () => {
    const sent = await bench.command(`task <@${bench.fake.botUserId}|afterchat> write the recap`, {
      user: MEMBER,
      channel: C,
    });
    expect(store.tables().tasks.filter((t) => t.title === "write the recap")).toEqual([]);
    expect(sent.responses().length).toBeGreaterThan(0);
  });

  it("GIVEN a plain member WHEN they export the notes THEN it is refused: exports are for moderators", async () => {
    const before = bench.fake.uploads().length;
    const sent = await bench.command("export notes", { user: MEMBER, channel: C });
    expect(bench.fake.uploads().length).toBe(before);
    expect(shown(sent.responses())).toContain(en.t("errors.not_moderator", { hashtag: "trustchat" }));
  });
});

describe("debug logs hold no note texts or names (issue 10, point 8)", () => {
  it("GIVEN debug logging WHEN a member files a note THEN no log line carries the note's text or anyone's name", async () => {
    await bench.command("note insight the-unloggable-sentence was said", { user: MEMBER, channel: C });
    const lines = bench.logs.all.map((l) => JSON.stringify(l));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => l.includes("the-unloggable-sentence"))).toEqual([]);
    expect(lines.filter((l) => l.includes("Hiddenname") || l.includes("Secretname"))).toEqual([]);
  });
});

describe("a link code grants a link, not power (issue 10, point 1)", () => {
  it("GIVEN a code made in this workspace WHEN the admin of another Slack workspace redeems it THEN it is refused with a sentence and the chat stays here", async () => {
    const made = await bench.command("link", { user: ADMIN, channel: C });
    const code = /`((?:(?:DISCORD|SLACK)-)?[A-HJ-NP-Z2-9]{8})`/u.exec(shown(made.responses()))?.[1] ?? "none";
    bench.fake.users.set("U0OTHERADM", { id: "U0OTHERADM", is_admin: true });

    const tried = await bench.command(`link ${code}`, {
      team: "T0OTHER001",
      user: "U0OTHERADM",
      channel: "C0OTHER001",
    });

    expect(shown(tried.responses())).toContain(
      en.t("setup.link.otherPlatform", { platform: "Discord", code }),
    );
    expect(seriesHere()?.debriefChannel).toBe(`slack:${T}:${C}`);
    expect(seriesHere()?.afterPartyChannel).toBeNull();
  });
});

describe("a series is created by those allowed to (issue 10, point 2)", () => {
  it("GIVEN a plain Slack user (no admin, no moderator) WHEN they run setup THEN no series is created", async () => {
    await bench.command("setup <#C0ROGUE001|rogue> Rogue", { user: "U0NOBODY01", channel: "C0ROGUE001" });
    expect(store.tables().series.filter((s) => s.hashtag === "rogue")).toEqual([]);
    expect(seriesHere()).toBeDefined();
  });
});
