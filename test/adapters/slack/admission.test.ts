/**
 * Requests waiting for their ack are bounded (WORK_MAX_UNACKED, adapters/slack/admission.ts), with
 * the real Bolt HTTP receiver: requests held open mid-body stand for a backlog Bolt has not acked;
 * past the bound a command is answered busy at once and never dispatched, other deliveries get 503,
 * health routes still answer, and once the backlog clears commands are taken again.
 */
import { request } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { AckGate } from "../../../adapters/slack/work-queue.js";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { translator } from "../../../src/i18n/index.js";
import { eventBody, signedPost, slackSignature, slashCommandBody } from "../../support/slack-request.js";
import { type Bench, SIGNING_SECRET, startBench } from "./bench.js";
import { REGISTRIES } from "./registries.js";

const busy = { en: translator("en").t("errors.busy"), fr: translator("fr").t("errors.busy") };

/** A signed command whose body is sent only up to half: Bolt waits for the rest, unacked. */
function heldCommand(url: string, id: string) {
  const { body, contentType } = slashCommandBody({
    text: "help",
    user_id: `U0HELD${id}`,
    trigger_id: `held-${id}`,
  });
  const timestamp = Math.floor(Date.now() / 1000);
  const req = request(new URL("/slack/events", url), {
    method: "POST",
    headers: {
      "content-type": contentType,
      "content-length": Buffer.byteLength(body),
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": slackSignature(SIGNING_SECRET, timestamp, body),
    },
  });
  const status = new Promise<number>((resolve, reject) => {
    req.on("response", (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on("error", reject);
  });
  const half = Math.floor(body.length / 2);
  req.write(body.slice(0, half));
  req.flushHeaders();
  return {
    status,
    finish: () => req.end(body.slice(half)),
  };
}

describe("Slack requests waiting for their ack", () => {
  let bench: Bench | null = null;
  afterEach(async () => {
    await bench?.stop();
  });

  it("GIVEN 2 requests unacked and a bound of 2 WHEN more arrive THEN a command is told busy at once, an event gets 503, health answers; once acked, commands are taken again", async () => {
    bench = await startBench({
      mode: "http",
      dispatcher: (services) => createDispatcher(services, REGISTRIES),
      env: { WORK_MAX_UNACKED: "2" },
    });
    const b = bench;
    const url = b.running.url!;
    const held = [heldCommand(url, "1"), heldCommand(url, "2")];
    // Probe until the server has both held requests (headers in, body half-way) and refuses one.
    let shed = "";
    let shedId = "";
    for (let i = 0; i < 50 && !shed.includes(busy.en); i += 1) {
      shedId = `probe-${i}`;
      const res = await signedPost(url, {
        ...slashCommandBody({
          text: "help",
          user_id: "U0PROBE01",
          trigger_id: `probe-${i}`,
          response_url: b.fake.responseUrl(`probe-${i}`),
        }),
        secret: SIGNING_SECRET,
      });
      expect(res.status).toBe(200);
      shed = await res.text();
      if (!shed.includes(busy.en)) await new Promise((r) => setTimeout(r, 20));
    }
    expect(shed).toContain(busy.en);
    expect(JSON.parse(shed).response_type).toBe("ephemeral");

    const event = await signedPost(url, {
      ...eventBody({ type: "app_home_opened", user: "U0HOME0001", tab: "home" }),
      secret: SIGNING_SECRET,
    });
    expect(event.status).toBe(503);
    expect(event.headers.get("retry-after")).toBe("1");
    expect((await fetch(new URL("/healthz", url))).status).toBe(200);

    for (const h of held) h.finish();
    expect(await Promise.all(held.map((h) => h.status))).toEqual([200, 200]);
    const res = await signedPost(url, {
      ...slashCommandBody({
        text: "help",
        user_id: "U0AFTER01",
        trigger_id: "after",
        response_url: b.fake.responseUrl("after"),
      }),
      secret: SIGNING_SECRET,
    });
    expect(await res.text()).toBe("");
    await b.fake.waitForResponse("after", 5000);
    // The command answered busy before Bolt was never dispatched: no response_url post for it.
    expect(b.fake.responses.all.filter((r) => r.id === shedId)).toEqual([]);
  });

  it("GIVEN a French speaker already seen WHEN the backlog is over the bound THEN the busy answer is in French", async () => {
    bench = await startBench({
      mode: "http",
      dispatcher: (services) => createDispatcher(services, REGISTRIES),
      env: { WORK_MAX_UNACKED: "1" },
    });
    const b = bench;
    const url = b.running.url!;
    b.fake.users.set("U0FRENCH1", { locale: "fr-FR" });
    const first = await signedPost(url, {
      ...slashCommandBody({
        text: "help",
        user_id: "U0FRENCH1",
        trigger_id: "fr-1",
        response_url: b.fake.responseUrl("fr-1"),
      }),
      secret: SIGNING_SECRET,
    });
    expect(first.status).toBe(200);
    await b.fake.waitForResponse("fr-1", 5000);
    const held = heldCommand(url, "3");
    let text = "";
    for (let i = 0; i < 50 && !text.includes(busy.fr); i += 1) {
      const res = await signedPost(url, {
        ...slashCommandBody({ text: "help", user_id: "U0FRENCH1", trigger_id: `fr-probe-${i}` }),
        secret: SIGNING_SECRET,
      });
      text = await res.text();
      if (!text.includes(busy.fr)) await new Promise((r) => setTimeout(r, 20));
    }
    expect(text).toContain(busy.fr);
    held.finish();
    expect(await held.status).toBe(200);
  });
});

describe("AckGate", () => {
  it("GIVEN requests never all acked WHEN work waits for the acks and times out THEN no waiter is left behind", async () => {
    const gate = new AckGate();
    gate.enter();
    await Promise.all(Array.from({ length: 100 }, () => gate.idle(5)));
    expect(gate.waiting).toBe(0);
    const woken = gate.idle(10_000);
    gate.leave();
    await woken;
    expect(gate.waiting).toBe(0);
  });
});
