import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createDispatcher } from "../../src/app/dispatch.js";
import type { Registry } from "../../src/app/handler.js";
import { AfterchatError } from "../../src/errors.js";
import { createLogger } from "../../src/log.js";
import { makeActor, testWorkspace } from "../support/actors.js";
import { anyone } from "../support/invoke.js";
import { RecordingResponder, testServices, visibleText } from "../support/recording-responder.js";

function capturedLog() {
  const lines: Array<Record<string, unknown>> = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { log: createLogger({ destination, level: "info" }), lines };
}

async function setup(registry: Registry, locale: "en" | "fr" = "en") {
  const base = testServices();
  const { log, lines } = capturedLog();
  const services = { ...base.services, log };
  const workspace = await testWorkspace(base.store);
  const dispatcher = createDispatcher(services, [registry]);
  const actor = makeActor(workspace, { locale });
  const responder = new RecordingResponder();
  return { dispatcher, actor, responder, lines };
}

describe("dispatcher", () => {
  it("GIVEN a handler that fails with an expected error WHEN the command runs THEN the user reads its translated sentence, privately", async () => {
    const { dispatcher, actor, responder } = await setup({
      commands: {
        roster: anyone(async () => {
          throw new AfterchatError("not_team_member", { hashtag: "edchat" });
        }),
      },
    });
    await dispatcher.commandText(actor, "roster", responder);
    expect(responder.lastReply().ephemeral).toBe(true);
    expect(visibleText(responder.lastReply().message)).toContain("Only the team of #edchat can do this");
  });

  it("GIVEN a French actor WHEN an expected error happens THEN the sentence is French", async () => {
    const { dispatcher, actor, responder } = await setup(
      {
        commands: {
          roster: anyone(async () => {
            throw new AfterchatError("poll_closed");
          }),
        },
      },
      "fr",
    );
    await dispatcher.commandText(actor, "participants", responder);
    expect(visibleText(responder.lastReply().message)).toContain("Ce sondage est clos");
  });

  it("GIVEN a handler that crashes WHEN the command runs THEN the log and the reply carry the same reference, and no secret is logged", async () => {
    const { dispatcher, actor, responder, lines } = await setup({
      commands: {
        roster: anyone(async () => {
          throw new Error("database exploded");
        }),
      },
    });
    await dispatcher.commandText(actor, "roster", responder);
    const text = visibleText(responder.lastReply().message);
    const ref = /\((E-[A-Z0-9]{6})\)/.exec(text)?.[1];
    expect(ref).toBeDefined();
    expect(text).toContain("Something went wrong on our side");
    const line = lines.find((l) => l.msg === "interaction failed");
    expect(line).toMatchObject({
      ref,
      name: "roster",
      interaction: "command",
      workspaceId: actor.workspace.id,
    });
    expect(JSON.stringify(lines)).not.toContain("test-secret");
  });

  it("GIVEN text it cannot read WHEN dispatched THEN the user gets the precise problem, the syntax and the help hint", async () => {
    const { dispatcher, actor, responder } = await setup({});
    await dispatcher.commandText(actor, "poll closes soonish", responder);
    const text = visibleText(responder.lastReply().message);
    expect(text).toContain("I could not read “soonish” after `/afterchat poll`.");
    expect(text).toContain("Usage: `/afterchat poll [anonymous] [min 5] [closes 48h]`");
    expect(text).toContain("/afterchat help");
  });

  it("GIVEN a missing part in French WHEN dispatched THEN the French phrase names it", async () => {
    const { dispatcher, actor, responder } = await setup({}, "fr");
    await dispatcher.commandText(actor, "exporter", responder);
    const text = visibleText(responder.lastReply().message);
    expect(text).toContain("`/afterchat exporter` attend ce qu'il faut exporter");
    expect(text).toContain("Syntaxe\u202F: `/afterchat exporter notes|tâches|participants|posts`");
  });

  it("GIVEN an unknown sub-command WHEN dispatched THEN the word is quoted back", async () => {
    const { dispatcher, actor, responder } = await setup({});
    await dispatcher.commandText(actor, "dance now", responder);
    expect(visibleText(responder.lastReply().message)).toContain("I don't know the sub-command “dance”.");
  });

  it("GIVEN a sub-command no area handles WHEN dispatched THEN it is reported as not available yet", async () => {
    const { dispatcher, actor, responder } = await setup({});
    await dispatcher.commandText(actor, "playbook", responder);
    expect(visibleText(responder.lastReply().message)).toContain(
      "`/afterchat playbook` is not available in this version yet.",
    );
  });

  it("GIVEN two areas claiming one command WHEN wiring THEN it fails at start, not at run time", () => {
    const base = testServices();
    const handler = anyone(async () => {});
    expect(() =>
      createDispatcher(base.services, [{ commands: { roster: handler } }, { commands: { roster: handler } }]),
    ).toThrow(/roster/);
  });

  it("GIVEN an action and a form WHEN dispatched THEN they reach their handlers", async () => {
    const seen: string[] = [];
    const { dispatcher, actor, responder } = await setup({
      actions: { "note.delete": anyone(async (_r, event) => void seen.push(`action:${event.value}`)) },
      forms: {
        "note.new": anyone(async (_r, submission) => void seen.push(`form:${submission.values.good}`)),
      },
    });
    await dispatcher.action(actor, { action: "note.delete", value: "n1" }, responder);
    await dispatcher.form(actor, { formId: "note.new", state: "", values: { good: "yes" } }, responder);
    await dispatcher.action(actor, { action: "task.done", value: "t1" }, responder);
    expect(seen).toEqual(["action:n1", "form:yes"]);
    expect(visibleText(responder.lastReply().message)).toContain("This button no longer works");
  });
});
