import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, maskSecrets } from "../src/log.js";

function capture() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { lines, log: createLogger({ level: "info", destination }) };
}

describe("logs", () => {
  it("GIVEN a config object with tokens WHEN logged THEN the tokens are redacted", () => {
    const { lines, log } = capture();
    log.info(
      {
        config: {
          slack: { botToken: "xoxb-111-222-secret", signingSecret: "abcdef123" },
          x: { bearerToken: "AAAA-bearer" },
        },
      },
      "config",
    );
    const out = lines.join("");
    expect(out).not.toContain("xoxb-111-222-secret");
    expect(out).not.toContain("abcdef123");
    expect(out).not.toContain("AAAA-bearer");
    expect(JSON.parse(out).level).toBe("info");
  });

  it("GIVEN a token inside a message or an error WHEN logged THEN it is masked", () => {
    const { lines, log } = capture();
    log.warn("calling with Bearer abc.def-ghi and xoxb-9-9-zzz");
    log.error({ err: new Error("failed for xapp-1-A1-secretpart at postgresql://u:pw@db:5432/x") }, "boom");
    const out = lines.join("");
    expect(out).not.toMatch(/abc\.def-ghi|xoxb-9-9-zzz|secretpart|:pw@/);
    expect(out).toContain("[redacted]");
  });

  it("GIVEN rotating Slack tokens (token rotation) WHEN logged THEN the access and the refresh token are masked", () => {
    const { lines, log } = capture();
    log.warn("refresh with xoxe-1-My0xLTEtMjM0-refreshpart gave xoxe.xoxb-1-MS0yLTM-accesspart");
    const out = lines.join("");
    expect(out).not.toMatch(/refreshpart|accesspart/);
    expect(out).toContain("[redacted]");
  });

  it("masks Discord bot tokens", () => {
    const token = `MTA${"x".repeat(21)}.Gabcde.${"y".repeat(30)}`;
    expect(maskSecrets(`token ${token} end`)).toBe("token [redacted] end");
  });
});
