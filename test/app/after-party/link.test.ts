import { describe, expect, it } from "vitest";
import { openAfterParty } from "../../../src/app/after-party/index.js";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { setupRegistry } from "../../../src/app/setup/index.js";
import { makeActor, testWorkspace } from "../../support/actors.js";
import { RecordingResponder } from "../../support/recording-responder.js";
import { afterPartyWorld, GUILD } from "./world.js";

/**
 * Coordination with `/afterchat link` (src/app/setup/link.ts): redeeming a Slack series' code in
 * a Discord channel makes that channel the series' after-party channel, so the scheduler's
 * openAfterParty opens the thread there.
 */
describe("a Slack series linked to a Discord server", () => {
  it("GIVEN a Discord admin redeems the code in #after-party THEN the after-party opens in that Discord channel", async () => {
    const w = await afterPartyWorld({ debrief: "slack" });
    await w.store.series.update(w.owner.id, w.series.id, { afterPartyChannel: null });
    const dispatcher = createDispatcher(w.services, [setupRegistry]);
    const slack = await testWorkspace(w.store, { platform: "slack", externalId: "T1" });
    const moderator = makeActor(slack, { user: "U1", channel: "C1" });
    await w.store.team.set(slack.id, w.series.id, moderator.userRef, "moderator");
    const asked = new RecordingResponder();
    await dispatcher.command(moderator, { name: "link", code: null }, asked);
    const code = /\b((?:DISCORD|SLACK)-[A-HJ-NP-Z2-9]{8})\b/u.exec(asked.lastReply().message.text)?.[1];
    expect(code).toBeDefined();

    const discordAdmin = makeActor(w.discord, {
      user: "910000000000000100",
      channel: "910000000000000044",
      isAdmin: true,
    });
    await dispatcher.command(discordAdmin, { name: "link", code: code! }, new RecordingResponder());
    const outcome = await openAfterParty(w.services, w.edition.id);

    expect((await w.store.series.get(w.owner.id, w.series.id))?.afterPartyChannel).toBe(
      `discord:${GUILD}:910000000000000044`,
    );
    expect(w.platforms.of("openThread")[0]?.channel).toBe(`discord:${GUILD}:910000000000000044`);
    expect(outcome.status).toBe("opened");
  });
});
