/**
 * A full line of work after acks (real Bolt, the fake Slack answering users.info slowly): the
 * commands past it are told at once, in their language, to try again in a moment, in the ack
 * itself (the HTTP answer to Slack's request: no extra call).
 */
import { afterEach, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { translator } from "../../../src/i18n/index.js";
import { signedPost, slashCommandBody } from "../../support/slack-request.js";
import { type Bench, SIGNING_SECRET, startBench } from "./bench.js";
import { REGISTRIES } from "./registries.js";

const busy = { en: translator("en").t("errors.busy"), fr: translator("fr").t("errors.busy") };

describe("Slack commands past the line", () => {
  let bench: Bench | null = null;
  afterEach(async () => {
    await bench?.stop();
  });

  async function send(b: Bench, id: string, user: string) {
    const res = await signedPost(b.running.url!, {
      ...slashCommandBody({
        text: "help",
        user_id: user,
        trigger_id: `t-${id}`,
        response_url: b.fake.responseUrl(id),
      }),
      secret: SIGNING_SECRET,
    });
    expect(res.status).toBe(200);
    return res.text();
  }
  const textOf = (b: Bench, id: string) =>
    JSON.stringify(b.fake.responses.all.filter((r) => r.id === id).map((r) => r.body));

  it("GIVEN 1 handler busy and a line of 1 WHEN 4 commands come THEN 2 are answered and 2 are told busy right away", async () => {
    bench = await startBench({
      mode: "http",
      dispatcher: (services) => createDispatcher(services, REGISTRIES),
      env: { WORK_CONCURRENCY: "1", WORK_QUEUE_SIZE: "1" },
    });
    const b = bench;
    b.fake.delay("users.info", 1500);
    const acks: string[] = [];
    for (const i of [1, 2, 3, 4]) acks.push(await send(b, `c${i}`, `U00000000${i}`));
    // The two taken are acked empty; the two refused get the busy answer in their ack.
    expect(acks[0]).toBe("");
    expect(acks[1]).toBe("");
    expect(acks[2]).toContain(busy.en);
    expect(acks[3]).toContain(busy.en);
    expect(JSON.parse(acks[2]!).response_type).toBe("ephemeral");
    await b.fake.waitForResponse("c1", 5000);
    await b.fake.waitForResponse("c2", 5000);
    expect(textOf(b, "c1")).toContain("/afterchat");
    expect(textOf(b, "c2")).not.toContain(busy.en);
  });

  it("GIVEN a French speaker already seen WHEN the line is full THEN the busy answer is in French", async () => {
    bench = await startBench({
      mode: "http",
      dispatcher: (services) => createDispatcher(services, REGISTRIES),
      env: { WORK_CONCURRENCY: "1", WORK_QUEUE_SIZE: "1" },
    });
    const b = bench;
    b.fake.users.set("U0FRENCH1", { locale: "fr-FR" });
    await send(b, "first", "U0FRENCH1");
    await b.fake.waitForResponse("first", 5000);
    b.fake.delay("users.info", 1500);
    await send(b, "f1", "U00000001");
    await send(b, "f2", "U00000002");
    expect(await send(b, "again", "U0FRENCH1")).toContain(busy.fr);
  });
});
