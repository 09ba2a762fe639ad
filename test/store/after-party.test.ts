import { describe, expect, it } from "vitest";
import { storeTargets } from "../support/db.js";
import { useStore } from "./harness.js";
import { minutes, seedWorld } from "./seed.js";

describe.each(storeTargets())("after-party messages on $name", (target) => {
  const h = useStore(target);

  const message = (workspaceId: string, editionId: string, externalId: string, over = {}) => ({
    workspaceId,
    editionId,
    externalId,
    authorRef: "discord:G1:U1",
    text: "Where are the slides?",
    isQuestion: true,
    createdAt: minutes(70),
    ...over,
  });

  it("GIVEN a message delivered twice WHEN recorded THEN one is kept", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const first = await h.store.afterParty.record(message(ws.id, edition.id, "m1"));
    expect(first).toMatchObject({ externalId: "m1", answeredBy: null, escalatedAt: null, isQuestion: true });
    expect(await h.store.afterParty.record(message(ws.id, edition.id, "m1", { text: "again" }))).toEqual(
      first,
    );
    expect((await h.store.afterParty.summary(ws.id, edition.id)).messages).toBe(1);
  });

  it("GIVEN a recorded message WHEN read by its id THEN it comes back as recorded, and an unknown id gives null", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const recorded = await h.store.afterParty.record(message(ws.id, edition.id, "m1"));
    await h.store.afterParty.markAnswered(ws.id, "m1", "m2");
    expect(await h.store.afterParty.get(ws.id, recorded.id)).toEqual({ ...recorded, answeredBy: "m2" });
    expect(await h.store.afterParty.get(ws.id, "unknown")).toBeNull();
  });

  it("GIVEN questions WHEN some are answered and escalated THEN the due list and the summary follow", async () => {
    const { ws, edition } = await seedWorld(h.store);
    const q1 = await h.store.afterParty.record(message(ws.id, edition.id, "q1", { createdAt: minutes(61) }));
    await h.store.afterParty.record(message(ws.id, edition.id, "q2", { createdAt: minutes(62) }));
    await h.store.afterParty.record(message(ws.id, edition.id, "q3", { createdAt: minutes(63) }));
    await h.store.afterParty.record(
      message(ws.id, edition.id, "r1", { isQuestion: false, authorRef: "discord:G1:U2", text: "Here" }),
    );
    await h.store.afterParty.markAnswered(ws.id, "q2", "r1");
    await h.store.afterParty.markAnswered(ws.id, "q2", "later-reply");
    const due = await h.store.afterParty.dueForEscalation(ws.id, edition.id, minutes(63));
    expect(due.map((m) => m.externalId)).toEqual(["q1"]);
    await h.store.afterParty.markEscalated(ws.id, q1.id, minutes(120));
    expect(await h.store.afterParty.dueForEscalation(ws.id, edition.id, minutes(200))).toMatchObject([
      { externalId: "q3" },
    ]);
    expect(await h.store.afterParty.summary(ws.id, edition.id)).toEqual({
      messages: 4,
      participants: 2,
      questions: 3,
      answered: 1,
      open: 2,
    });
    const answered = await h.store.afterParty.record(message(ws.id, edition.id, "q2"));
    expect(answered.answeredBy).toBe("r1");
  });

  it("GIVEN workspace B's after-party WHEN workspace A reads or marks it THEN nothing is seen or changed", async () => {
    const a = await seedWorld(h.store, "A");
    const b = await seedWorld(h.store, "B");
    const q = await h.store.afterParty.record(message(b.ws.id, b.edition.id, "q1"));
    expect(await h.store.afterParty.dueForEscalation(a.ws.id, b.edition.id, minutes(999))).toEqual([]);
    expect(await h.store.afterParty.get(a.ws.id, q.id)).toBeNull();
    expect((await h.store.afterParty.summary(a.ws.id, b.edition.id)).messages).toBe(0);
    await h.store.afterParty.markAnswered(a.ws.id, "q1", "intruder");
    await h.store.afterParty.markEscalated(a.ws.id, q.id, minutes(1));
    await expect(h.store.afterParty.record(message(a.ws.id, b.edition.id, "x"))).rejects.toMatchObject({
      code: "edition_not_found",
    });
    expect(await h.store.afterParty.dueForEscalation(b.ws.id, b.edition.id, minutes(999))).toEqual([q]);
  });
});
