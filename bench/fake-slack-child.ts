/**
 * The Slack fake in its own process, for bench/slack-ack.ts: Slack's servers are not in the bot's
 * process in production, so their work must not slow the bot's acks in the measurement.
 * Prints one JSON line (url, origin, bot ids), then serves until stdin closes.
 */
import { startFakeSlack } from "../test/support/fake-slack.js";

const fake = await startFakeSlack();
process.stdout.write(
  `${JSON.stringify({ url: fake.url, origin: fake.origin, botId: fake.botId, botUserId: fake.botUserId })}\n`,
);
process.stdin.resume();
process.stdin.on("end", () => {
  void fake.close().then(() => process.exit(0));
});
