/**
 * Issue 10, point 8: a failed Discord REST call carries the interaction token in its URL and the
 * whole request body (charts included); neither reaches the log.
 */
import { Writable } from "node:stream";
import { DiscordAPIError } from "@discordjs/rest";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../src/log.js";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { log: createLogger({ destination, level: "debug" }), lines };
}

const TOKEN =
  "aW50ZXJhY3Rpb246MTMwMDAwMDAwMDAwMDAwMDAwMDpXcHZ0OTZ2Mm9ObG1FVkxzd2ZuR3p6M1RodGdPc1Q3aDJ6Y0dxbGFPUnk2";

function failedCallback(): DiscordAPIError {
  const chart = "iVBORw0KGgo".repeat(42_000);
  return new DiscordAPIError(
    { code: 50035, message: "Invalid Form Body" },
    50035,
    400,
    "POST",
    `https://discord.com/api/v10/interactions/1300000000000000000/${TOKEN}/callback?with_response=true`,
    { files: [{ name: "chart.png", data: Buffer.from(chart) }], body: { type: 4, data: { content: chart } } },
  );
}

describe("Discord failures in the log", () => {
  it("GIVEN a failed interaction callback WHEN it is logged THEN the token is masked and the line stays short", () => {
    const { log, lines } = capture();
    log.error({ err: failedCallback(), interaction: "1300000000000000000" }, "could not answer");
    const line = lines.join("");
    expect(line).not.toContain(TOKEN);
    expect(line).toContain("/interactions/1300000000000000000/");
    expect(line.length).toBeLessThan(4_000);
  });

  it("GIVEN a Slack response_url WHEN it is logged THEN the capability in its path is masked", () => {
    const { log, lines } = capture();
    log.warn({ url: "https://hooks.slack.com/commands/T0FAKE0001/1234567890/AbCdEfGhIjKlMnOp" }, "respond");
    expect(lines.join("")).not.toContain("AbCdEfGhIjKlMnOp");
  });

  it("GIVEN a webhook follow-up URL WHEN it is logged as a plain value THEN its token is masked too", () => {
    const { log, lines } = capture();
    log.warn({ url: `https://discord.com/api/v10/webhooks/1234567890/${TOKEN}/messages/@original` }, "retry");
    expect(lines.join("")).not.toContain(TOKEN);
  });
});
