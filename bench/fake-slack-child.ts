/**
 * The Slack fake in its own process, for bench/slack-ack.ts and bench/burst.ts: Slack's servers
 * are not in the bot's process in production, so their work must not slow the bot's acks in the
 * measurement. Prints one JSON line (url, origin, bot ids), then serves until stdin closes; each
 * stdin line "stats" prints how many response_url posts arrived and how many said busy.
 */
import { createInterface } from "node:readline";
import { translator } from "../src/i18n/index.js";
import { startFakeSlack } from "../test/support/fake-slack.js";

const fake = await startFakeSlack();
process.stdout.write(
  `${JSON.stringify({ url: fake.url, origin: fake.origin, botId: fake.botId, botUserId: fake.botUserId })}\n`,
);
const busy = [translator("en").t("errors.busy"), translator("fr").t("errors.busy")];
for await (const line of createInterface({ input: process.stdin })) {
  if (line.trim() !== "stats") continue;
  const bodies = fake.responses.all.map((r) => JSON.stringify(r.body));
  const refused = bodies.filter((b) => busy.some((text) => b.includes(text))).length;
  process.stdout.write(`${JSON.stringify({ responses: bodies.length, busy: refused })}\n`);
}
await fake.close();
process.exit(0);
