/**
 * Buttons, modals, shared files and the outbound ChatPlatform, through real Bolt 5 (HTTP) and the
 * Slack fake, with a recording dispatcher.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { expectedText } from "../../../src/app/reply-error.js";
import type { SharedFile } from "../../../src/edge.js";
import { AfterchatError } from "../../../src/errors.js";
import { translator } from "../../../src/i18n/index.js";
import { sentence } from "../../../src/render/message.js";
import { SLACK_DEFAULTS } from "../../support/slack-payloads.js";
import { type Bench, startBench } from "./bench.js";
import { RecordingDispatcher } from "./recording-dispatcher.js";

const T = SLACK_DEFAULTS.teamId;
let bench: Bench;
let dispatcher: RecordingDispatcher;

async function readAll(file: SharedFile): Promise<string> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of await file.open()) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

beforeAll(async () => {
  dispatcher = new RecordingDispatcher();
  bench = await startBench({ mode: "http", dispatcher: () => dispatcher, importMaxBytes: 64 });
});
afterAll(async () => bench?.stop());
beforeEach(() => {
  dispatcher.received.length = 0;
  dispatcher.errors.length = 0;
  dispatcher.script = async () => {};
});

describe("GIVEN a click on a button", () => {
  it("THEN the core gets the ActionId, value and source message, keyed by the trigger_id", async () => {
    const sent = await bench.click(
      { type: "button", action_id: "poll.vote:2", value: "q1:3" },
      {},
      { ts: "1700000000.000900" },
    );

    expect(dispatcher.received[0]).toMatchObject({
      kind: "action",
      event: {
        action: "poll.vote",
        value: "q1:3",
        sourceMessageRef: `slack:${T}:C0FAKE0001:1700000000.000900`,
      },
      actor: { requestKey: sent.triggerId },
    });
  });

  it("THEN updateSource replaces the clicked message through the response_url", async () => {
    dispatcher.script = async (_r, responder) => responder.updateSource?.(sentence("Voted: **3**"));
    const sent = await bench.click({ type: "button", action_id: "poll.vote", value: "q1:3" });

    expect(sent.responses()).toEqual([expect.objectContaining({ replace_original: true, text: "Voted: 3" })]);
  });

  it("THEN a user pick reaches the core as a neutral user reference", async () => {
    await bench.click({ type: "users_select", action_id: "task.reassign:t9:m", selected_user: "U0NEWOWNER" });

    expect(dispatcher.received[0]).toMatchObject({
      event: { action: "task.reassign", value: "t9:m", selectedUser: `slack:${T}:U0NEWOWNER` },
    });
  });
});

describe("GIVEN a form opened from a command and submitted", () => {
  it("THEN the core gets the form id, state and values, in the channel it was opened from, keyed by the view id", async () => {
    dispatcher.script = async (r, responder) => {
      if (r.kind === "commandText")
        await responder.openForm({
          id: "note.new",
          state: "e7",
          title: "Notes",
          submit: "Save",
          fields: [{ id: "good", label: "Good", kind: "multiline" }],
        });
      if (r.kind === "form") await responder.reply(sentence("Saved."), { ephemeral: true });
    };
    await bench.command("note", { channel: "C0FORM0001" });
    const view = bench.fake.calls("views.open").at(-1)?.args.view as Record<string, unknown>;
    const submitted = await bench.submit(view, { good: "Great <guests> & pace" });

    expect(dispatcher.received[1]).toMatchObject({
      kind: "form",
      submission: { formId: "note.new", state: "e7", values: { good: "Great <guests> & pace" } },
      actor: { channel: `slack:${T}:C0FORM0001`, requestKey: submitted.viewId },
    });
    const ephemeral = bench.fake.calls("chat.postEphemeral").at(-1);
    expect(ephemeral?.args).toMatchObject({ channel: "C0FORM0001", user: "U0FAKE0001", text: "Saved." });
  });

  it("WHEN the same view is submitted twice THEN it is handled once", async () => {
    const view = {
      callback_id: "afterchat.form",
      private_metadata: JSON.stringify({ f: "note.new", s: "", c: "C0FAKE0001" }),
    };
    await bench.submit(view, { good: "once" }, {}, "V0DOUBLE01");
    await bench.sendInteraction((await bench.submit(view, { good: "once" }, {}, "V0DOUBLE02")).payload);
    await bench.logs.waitFor(
      (l) => l.msg === "Slack delivery already handled: dropped" && l.interaction === "view",
      5000,
      "drop",
    );

    expect(dispatcher.received.filter((r) => r.kind === "form")).toHaveLength(2);
  });
});

describe("GIVEN /afterchat import", () => {
  it("WHEN the user shared a file in the channel THEN the command carries it, and it downloads with the bot token", async () => {
    bench.fake.addFile({
      name: "old.jsonl",
      bytes: Buffer.from("{}\n"),
      user: "U0IMPORT01",
      channel: "C0IMPORT01",
    });
    bench.fake.addFile({
      name: "chat.jsonl",
      bytes: Buffer.from('{"id":"1"}\n'),
      user: "U0IMPORT01",
      channel: "C0IMPORT01",
    });
    bench.fake.addFile({
      name: "other.jsonl",
      bytes: Buffer.from("x"),
      user: "U0SOMEONE1",
      channel: "C0IMPORT01",
    });
    await bench.command("import 3", { user: "U0IMPORT01", channel: "C0IMPORT01" });

    const got = dispatcher.received[0];
    expect(got?.kind).toBe("command");
    const command = got?.kind === "command" ? got.command : null;
    expect(command).toMatchObject({ name: "import", edition: 3, file: { name: "chat.jsonl", size: 11 } });
    const file = command?.name === "import" ? command.file : null;
    expect(await readAll(file!)).toBe('{"id":"1"}\n');
    expect(bench.fake.downloads.all.at(-1)?.authorized).toBe(true);
  });

  it("WHEN the user shared nothing here THEN the command says so with file null", async () => {
    await bench.command("import", { user: "U0NOFILE01", channel: "C0IMPORT01" });
    expect(dispatcher.received[0]).toMatchObject({
      kind: "command",
      command: { name: "import", file: null },
    });
  });

  it("WHEN the file is larger than the import limit THEN reading it stops with import_too_large", async () => {
    bench.fake.addFile({
      name: "big.jsonl",
      bytes: Buffer.alloc(100, 65),
      user: "U0BIG00001",
      channel: "C0IMPORT01",
    });
    await bench.command("import", { user: "U0BIG00001", channel: "C0IMPORT01" });
    const got = dispatcher.received[0];
    const file = got?.kind === "command" && got.command.name === "import" ? got.command.file : null;

    await expect(readAll(file!)).rejects.toMatchObject({ code: "import_too_large" });
  });
});

describe("GIVEN the ChatPlatform the core uses outside interactions", () => {
  it("THEN post puts files in the new message's thread and returns a message reference", async () => {
    const { messageRef } = await bench.running.platform.post(`slack:${T}:C0POST0001`, {
      ...sentence("Edition 3 report"),
      files: [{ name: "chart.png", title: "Timeline", mime: "image/png", bytes: new Uint8Array([1, 2, 3]) }],
    });

    const posted = bench.fake.messages().find((m) => m.channel === "C0POST0001");
    expect(messageRef).toBe(`slack:${T}:C0POST0001:${posted?.ts}`);
    expect(bench.fake.uploads().find((u) => u.channel === "C0POST0001")?.thread_ts).toBe(posted?.ts);
  });

  it("THEN update edits that message, openThread gives a thread to post under, dm opens the DM", async () => {
    const platform = bench.running.platform;
    const { messageRef } = await platform.post(`slack:${T}:C0POST0002`, sentence("poll"));
    await platform.update(`slack:${T}:C0POST0002`, messageRef, sentence("poll closed"));
    const { thread } = await platform.openThread(`slack:${T}:C0POST0002`, "After-party", sentence("Welcome"));
    await platform.post(thread, sentence("first reply"));
    await platform.dm(`slack:${T}:U0DMUSER01`, sentence("reminder"));

    expect(bench.fake.calls("chat.update").at(-1)?.args).toMatchObject({
      channel: "C0POST0002",
      text: "poll closed",
    });
    const threadTs = thread.split(":").at(-1);
    expect(bench.fake.messages().find((m) => m.text === "first reply")?.thread_ts).toBe(threadTs);
    const opened = bench.fake.calls("conversations.open").find((c) => c.args.users === "U0DMUSER01");
    const dm = (opened!.response.channel as { id: string }).id;
    expect(bench.fake.messages().find((m) => m.channel === dm)?.text).toBe("reminder");
    expect(
      await platform.scheduleEvent(`slack:${T}:C1`, {
        name: "x",
        description: "",
        startsAt: new Date(),
        endsAt: new Date(),
      }),
    ).toBeNull();
  });

  it("THEN roleMembers lists the members of Slack user groups as references", async () => {
    bench.fake.usergroups.set("S0MODS0001", ["U1", "U2"]);
    const workspace = await bench.store.workspaces.ensure({ platform: "slack", externalId: T, name: "t" });

    expect(await bench.running.platform.roleMembers(workspace, ["S0MODS0001"])).toEqual([
      `slack:${T}:U1`,
      `slack:${T}:U2`,
    ]);
  });

  it("WHEN Slack says not_in_channel THEN post fails with platform_refused naming the channel, in both languages", async () => {
    bench.fake.failNext("chat.postMessage", { error: "not_in_channel" });
    const error = await bench.running.platform
      .post(`slack:${T}:C0NOTIN001`, sentence("x"))
      .catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AfterchatError);
    expect((error as AfterchatError).code).toBe("platform_refused");
    expect((error as AfterchatError).params).toMatchObject({
      platform: "Slack",
      code: "not_in_channel",
      channel: `<#slack:${T}:C0NOTIN001>`,
    });
    for (const locale of ["en", "fr"] as const) {
      const t = translator(locale);
      const detail = t.t("slack.refused.not_in_channel", { channel: `<#slack:${T}:C0NOTIN001>` });
      expect(expectedText(t, error as AfterchatError)).toBe(
        t.t("errors.platform_refused", { platform: "Slack", detail }),
      );
    }
  });

  it("WHEN Slack says missing_scope on usergroups THEN platform_refused names the scope Slack needed", async () => {
    bench.fake.failNext("usergroups.users.list", { error: "missing_scope", needed: "usergroups:read" });
    const workspace = await bench.store.workspaces.ensure({ platform: "slack", externalId: T, name: "t" });
    const error = await bench.running.platform
      .roleMembers(workspace, ["S0MODS0001"])
      .catch((e: unknown) => e);

    expect((error as AfterchatError).code).toBe("platform_refused");
    const fr = translator("fr");
    expect(expectedText(fr, error as AfterchatError)).toContain(
      fr.t("slack.refused.missing_scope", { scope: "usergroups:read" }),
    );
  });

  it("WHEN Slack answers 500 THEN platform_failed says Slack is not answering", async () => {
    bench.fake.failNext("chat.postMessage", { status: 500 });
    const error = await bench.running.platform
      .post(`slack:${T}:C0DOWN0001`, sentence("x"))
      .catch((e: unknown) => e);
    expect((error as AfterchatError).params.detailKey).toBe("slack.failure.unavailable");
  });

  it("WHEN Slack rate-limits past the retries THEN platform_failed says so", async () => {
    bench.fake.failNext("chat.postMessage", { status: 429, retryAfter: 0 });
    const error = await bench.running.platform
      .post(`slack:${T}:C0SLOW0001`, sentence("x"))
      .catch((e: unknown) => e);
    expect((error as AfterchatError).params.detailKey).toBe("slack.failure.ratelimited");
  });
});

describe("GIVEN a user in a Slack user group", () => {
  it("THEN the Caller answers that they hold it, and someone outside it does not", async () => {
    const team = "T0GROUPS01";
    bench.fake.usergroups.set("S0TEAM0001", ["U0INGROUP1"]);
    await bench.command("help", { team, user: "U0INGROUP1" });
    await bench.command("help", { team, user: "U0OUTSIDE1" });

    const asked = ["S0TEAM0001", "S0OTHER001"];
    const held = await Promise.all(dispatcher.received.map((r) => r.actor.rolesAmong(asked)));
    expect(held).toEqual([["S0TEAM0001"], []]);
  });
});

describe("GIVEN a form submitted about a channel the bot cannot post in", () => {
  it("WHEN the private reply is refused there THEN the user gets it by DM", async () => {
    dispatcher.script = async (r, responder) => {
      if (r.kind === "form") await responder.reply(sentence("Saved, privately."), { ephemeral: true });
    };
    bench.fake.failNext("chat.postEphemeral", { error: "channel_not_found" });
    const view = {
      callback_id: "afterchat.form",
      private_metadata: JSON.stringify({ f: "note.new", s: "", c: "C0PRIVATE1" }),
    };
    await bench.submit(view, { good: "x" }, { user: "U0PRIVATE1" });

    const opened = bench.fake.calls("conversations.open").find((c) => c.args.users === "U0PRIVATE1");
    const dm = (opened!.response.channel as { id: string }).id;
    expect(bench.fake.messages().find((m) => m.channel === dm)?.text).toBe("Saved, privately.");
  });
});
