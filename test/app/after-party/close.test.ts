import { describe, expect, it } from "vitest";
import {
  closeAfterParty,
  openAfterParty,
  recordAfterPartyMessage,
} from "../../../src/app/after-party/index.js";
import { visibleText } from "../../support/recording-responder.js";
import { afterPartyWorld, DEBRIEF_SLACK, ENDS, GUILD, PARTY } from "./world.js";

const ZOE = `discord:${GUILD}:910000000000000100`;
const MAX = `discord:${GUILD}:910000000000000101`;

describe("closeAfterParty at the after-party's end", () => {
  it("GIVEN a lively after-party THEN its summary goes to the thread and to the Slack debrief channel", async () => {
    const w = await afterPartyWorld({ debrief: "slack" });
    const opened = await openAfterParty(w.services, w.edition.id);
    const thread = opened.status === "opened" ? opened.thread : "";
    const base = { workspaceId: w.discord.id, channel: PARTY, thread, createdAt: ENDS };
    await recordAfterPartyMessage(w.services, {
      ...base,
      externalId: "1",
      authorRef: ZOE,
      text: "Slides?",
      replyTo: null,
    });
    await recordAfterPartyMessage(w.services, {
      ...base,
      externalId: "2",
      authorRef: MAX,
      text: "Here!",
      replyTo: { externalId: "1", authorRef: ZOE },
    });
    await recordAfterPartyMessage(w.services, {
      ...base,
      externalId: "3",
      authorRef: MAX,
      text: "Next topic?",
      replyTo: null,
    });

    const outcome = await closeAfterParty(w.services, w.edition.id);

    expect(outcome).toEqual({
      status: "closed",
      summary: { messages: 3, participants: 2, questions: 2, answered: 1, open: 1 },
      posted: ["thread", "debrief"],
    });
    const [inThread, inDebrief] = w.platforms.of("post");
    expect(inThread?.channel).toBe(thread);
    expect(inDebrief?.channel).toBe(DEBRIEF_SLACK);
    const text = visibleText(inDebrief!.message);
    expect(text).toContain("The #cafechat after-party is over");
    expect(text).toContain("Messages: 3");
    expect(text).toContain("People: 2");
    expect(text).toContain("Questions answered: 1 / 2");
    expect(text).toContain("Questions still open: 1");
    expect(text).toContain("One question is still open");
    expect(text).toContain(`Thread: [cafechat](https://link.test/${thread}/)`);
  });

  it("GIVEN nobody wrote THEN the summary says so, in the series' language", async () => {
    const w = await afterPartyWorld({ locale: "fr" });
    await openAfterParty(w.services, w.edition.id);

    await closeAfterParty(w.services, w.edition.id);

    expect(visibleText(w.platforms.of("post")[0]!.message)).toContain(
      "Personne n'a écrit dans le fil de l'after cette fois-ci.",
    );
  });

  it("GIVEN it is called twice THEN the summary is posted once", async () => {
    const w = await afterPartyWorld();
    await openAfterParty(w.services, w.edition.id);

    await closeAfterParty(w.services, w.edition.id);
    const again = await closeAfterParty(w.services, w.edition.id);

    expect(again).toEqual({ status: "already_closed" });
    expect(w.platforms.of("post")).toHaveLength(2);
  });

  it("GIVEN an edition whose after-party never opened THEN nothing is posted", async () => {
    const w = await afterPartyWorld();
    expect(await closeAfterParty(w.services, w.edition.id)).toEqual({
      status: "skipped",
      reason: "no_thread",
    });
    expect(w.platforms.calls).toEqual([]);
  });
});
