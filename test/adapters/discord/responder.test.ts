import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Registry } from "../../../src/app/handler.js";
import { message, sentence } from "../../../src/render/message.js";
import { anyone } from "../../support/invoke.js";
import { ADA, type DiscordWorld, discordWorld } from "./support/discord-world.js";

// The Responder on Discord's interaction callbacks, driven by small handlers standing for use cases.
const registry: Registry = {
  commands: {
    stats: anyone(async (r, _c) => {
      await r.defer({ ephemeral: true });
      await r.reply(sentence("42 posts"), { ephemeral: true });
      await r.reply(sentence("and a second answer"));
    }),
    roster: anyone(async (r, _c) => {
      await r.defer({ progress: "Counting people…" });
      await r.reply(
        message("roster", [
          { type: "header", text: "Roster" },
          { type: "section", text: "17 people" },
        ]),
      );
    }),
    playbook: anyone(async (r, _c) => {
      await r.defer({ ephemeral: true });
      await r.reply(sentence("for everyone"));
    }),
    notes: anyone(async (r, _c) => {
      await r.reply(sentence("first"));
      await r.openForm({ id: "x", state: "", title: "Too late", submit: "OK", fields: [] });
    }),
  },
  actions: {
    "note.delete": anyone(async (r, _e) => {
      await r.defer();
      await r.updateSource?.(sentence("redrawn after slow work"));
      await r.reply(sentence("done, privately"), { ephemeral: true });
    }),
    "note.edit": anyone(async (r, _e) => {
      await r.updateSource?.(sentence("updated in place"));
      await r.reply(sentence("only you see this"), { ephemeral: true });
    }),
  },
};

let w: DiscordWorld;

beforeAll(async () => {
  w = await discordWorld({ registries: [registry] });
  await w.seedSeries();
});

afterAll(async () => {
  await w?.close();
});

function replies(id: string) {
  return w.fake
    .interactionReplies(id)
    .map((c) => ({ call: `${c.method} ${c.route}`, body: c.body as Record<string, unknown> }));
}

describe("answering an interaction", () => {
  it("GIVEN a deferred private answer THEN the reply fills it in, and a later reply is a follow-up", async () => {
    const sent = w.fake.sendChatInput({ subcommand: "stats", userId: ADA });
    await w.dispatcher.handled(String(sent.id));
    expect(replies(String(sent.id))).toEqual([
      { call: "POST /interactions/:id/:token/callback", body: { type: 5, data: { flags: 64 } } },
      {
        call: "PATCH /webhooks/:app/:token/messages/@original",
        body: expect.objectContaining({ content: "42 posts" }),
      },
      {
        call: "POST /webhooks/:app/:token",
        body: expect.objectContaining({ content: "and a second answer" }),
      },
    ]);
    expect(replies(String(sent.id))[2]?.body.flags).toBeUndefined();
  });

  it("GIVEN a progress text THEN it shows at once and the answer replaces it", async () => {
    const sent = w.fake.sendChatInput({ subcommand: "roster", userId: ADA });
    await w.dispatcher.handled(String(sent.id));
    const [first, second] = replies(String(sent.id));
    expect(first?.body).toMatchObject({ type: 4, data: { content: "Counting people…" } });
    expect(second?.call).toBe("PATCH /webhooks/:app/:token/messages/@original");
    expect(second?.body).toMatchObject({
      content: "",
      embeds: [expect.objectContaining({ title: "Roster" })],
    });
  });

  it("GIVEN a private deferral but a public answer THEN the answer is public and the placeholder removed", async () => {
    const sent = w.fake.sendChatInput({ subcommand: "playbook", userId: ADA });
    await w.dispatcher.handled(String(sent.id));
    expect(replies(String(sent.id)).map((r) => r.call)).toEqual([
      "POST /interactions/:id/:token/callback",
      "DELETE /webhooks/:app/:token/messages/@original",
      "POST /webhooks/:app/:token",
    ]);
  });

  it("GIVEN a form asked for after a reply THEN the failure reaches the user as an error with a reference", async () => {
    const sent = w.fake.sendChatInput({ subcommand: "notes", userId: ADA });
    await w.dispatcher.handled(String(sent.id));
    const last = replies(String(sent.id)).at(-1);
    expect(last?.body).toMatchObject({
      flags: 64,
      content: expect.stringMatching(/Something went wrong on our side \(E-\w+\)/u),
    });
  });

  it("GIVEN a button whose handler updates its message THEN the click is answered by updating that message", async () => {
    const sent = w.fake.sendButton({ customId: "note.edit|n1", userId: ADA });
    await w.dispatcher.handled(String(sent.id));
    const [update, followUp] = replies(String(sent.id));
    expect(update?.body).toMatchObject({ type: 7, data: { content: "updated in place", components: [] } });
    expect(followUp?.body).toMatchObject({ content: "only you see this", flags: 64 });
    expect(w.fake.world.messages.get(String((sent.message as { id: string }).id))?.content).toBe(
      "updated in place",
    );
  });

  it("GIVEN a button whose handler defers THEN no new thinking message appears: the click is a deferred update, then its message is redrawn", async () => {
    const sent = w.fake.sendButton({ customId: "note.delete|n1", userId: ADA });
    await w.dispatcher.handled(String(sent.id));
    const calls = replies(String(sent.id));
    expect(calls[0]).toMatchObject({ call: "POST /interactions/:id/:token/callback", body: { type: 6 } });
    expect(calls.some((c) => c.body.type === 5)).toBe(false);
    expect(calls.at(-1)?.body).toMatchObject({ content: "done, privately", flags: 64 });
    expect(w.fake.world.messages.get(String((sent.message as { id: string }).id))?.content).toBe(
      "redrawn after slow work",
    );
  });

  it("GIVEN a button from another app or an older version THEN the user is told it no longer works", async () => {
    const sent = w.fake.sendButton({ customId: "vote:q1:2", userId: ADA });
    const answer = await w.fake.waitFor(
      "POST",
      "/interactions/:id/:token/callback",
      (c) => c.params.id === String(sent.id),
    );
    expect(answer.body).toMatchObject({
      data: { flags: 64, content: expect.stringContaining("no longer works") },
    });
  });
});

describe("the client", () => {
  it("GIVEN message capture off THEN the gateway is asked for the Guilds intent only, and the platform is ready", () => {
    const identify = w.fake.gateway.received.filter((f) => f.op === 2)[0]?.d as { intents: number };
    expect(identify.intents).toBe(1);
    expect(w.running.ready()).toBe(true);
  });

  it("GIVEN an import with an attachment THEN the core gets the file and can read its bytes from Discord", async () => {
    const bytes = Buffer.from("id,text\n1,A1 hello #cafechat\n");
    const attachment = w.fake.world.addAttachment("910000000000000010", "export.csv", bytes, "text/csv");
    const sent = w.fake.sendChatInput({
      subcommand: "import",
      attachments: { file: attachment },
      userId: ADA,
    });
    const call = await w.dispatcher.handled(String(sent.id));
    if (call.kind !== "command" || call.command.name !== "import")
      throw new Error("expected an import command");
    const file = call.command.file!;
    const chunks: Uint8Array[] = [];
    for await (const chunk of await file.open()) chunks.push(chunk);
    expect({ name: file.name, size: file.size }).toEqual({ name: "export.csv", size: bytes.length });
    expect(Buffer.concat(chunks)).toEqual(bytes);
  });
});
