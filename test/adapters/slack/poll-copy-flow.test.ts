/**
 * How a poll's copy reads on Slack (real Bolt against the Slack fake), in English and in French
 * (issue 13, point 13): an anonymous poll's results and its closed message say that it was
 * anonymous and that who answered is not kept; a second poll in the same edition is titled
 * "poll 2" so the two read apart.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDispatcher } from "../../../src/app/dispatch.js";
import { translator } from "../../../src/i18n/index.js";
import { type Bench, startBench } from "./bench.js";
import { findElement, shown } from "./blocks.js";
import { postedPoll } from "./posted-poll.js";
import { REGISTRIES } from "./registries.js";

describe.each([
  { locale: "en", userLocale: "en-US", C: "C0COPYEN01" },
  { locale: "fr", userLocale: "fr-FR", C: "C0COPYFR01" },
] as const)("Slack: the copy of polls, in $locale", ({ locale, userLocale, C }) => {
  const t = translator(locale);
  const HOST = "U0COPYHOST";
  let bench: Bench;

  beforeAll(async () => {
    bench = await startBench({
      mode: "http",
      dispatcher: (services) => createDispatcher(services, REGISTRIES),
    });
    bench.fake.users.set(HOST, { is_admin: true, locale: userLocale });
    await bench.command("setup #copychat Copy chat", { user: HOST, channel: C });
  });
  afterAll(async () => bench?.stop());

  const onPoll = () => ({ ts: postedPoll(bench.fake, C).ts, channel: C });
  /** Closing answers the click twice: the poll message replaced, then the results in the channel. */
  const closedPoll = (bodies: unknown[]) =>
    bodies.find((b) => (b as { replace_original?: boolean }).replace_original);
  const resultsOf = (bodies: unknown[]) =>
    bodies.find((b) => (b as { response_type?: string }).response_type === "in_channel");
  const header = (blocks: unknown) =>
    (blocks as Array<{ type: string; text?: { text: string } }>).find((b) => b.type === "header")?.text?.text;

  it("GIVEN an anonymous poll with one answer WHEN the host closes it THEN the results and the closed poll say it was anonymous", async () => {
    await bench.command("poll anonymous", { user: HOST, channel: C });
    const vote = findElement(postedPoll(bench.fake, C).blocks, "poll.vote");
    await bench.click(vote, { user: HOST, channel: C }, onPoll());
    const close = findElement(postedPoll(bench.fake, C).blocks, "poll.close");
    const clicked = await bench.click(close, { user: HOST, channel: C }, onPoll());
    const line = t.t("poll.results.anonymousVoters", { count: 1 });
    const [closed, results] = [closedPoll(clicked.responses()), resultsOf(clicked.responses())];
    expect(shown(results)).toContain(t.t("poll.results.title", { hashtag: "copychat", number: 1 }));
    expect(shown(results)).toContain(line);
    expect(shown(results)).not.toContain(t.t("poll.results.voters", { count: 1 }));
    expect(shown(closed)).toContain(t.t("poll.closedBanner"));
    expect(shown(closed)).toContain(line);
  });

  it("GIVEN the first poll of the edition closed WHEN a second is opened THEN it is titled poll 2, apart from the first", async () => {
    const first = header(postedPoll(bench.fake, C).blocks);
    await bench.command("poll", { user: HOST, channel: C });
    const second = postedPoll(bench.fake, C);
    expect(second.ts).not.toBe(
      bench.fake.messages().find((m) => m.channel === C && m.method === "chat.postMessage")?.ts,
    );
    expect(first).toBe(t.t("poll.title", { hashtag: "copychat", number: 1 }));
    expect(header(second.blocks)).toBe(t.t("poll.titleNth", { hashtag: "copychat", number: 1, ordinal: 2 }));
    expect(header(second.blocks)).not.toBe(first);
    const clicked = await bench.click(
      findElement(second.blocks, "poll.close"),
      { user: HOST, channel: C },
      onPoll(),
    );
    const results = resultsOf(clicked.responses());
    expect(shown(results)).toContain(
      t.t("poll.results.titleNth", { hashtag: "copychat", number: 1, ordinal: 2 }),
    );
    // A named poll keeps the plain count.
    expect(shown(results)).toContain(t.t("poll.results.voters", { count: 0 }));
  });
});
