import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { keyId, parseKey, SecretBox } from "../src/secret-box.js";

const KEY = randomBytes(32);
const OLD = randomBytes(32);

describe("SecretBox (tokens at rest)", () => {
  it("GIVEN a token WHEN it is sealed THEN the stored text does not contain it and opens back to it", () => {
    const box = new SecretBox(KEY);
    const sealed = box.seal("xoxb-123-secret");
    expect(sealed).not.toContain("xoxb");
    expect(sealed.startsWith(`v1.${keyId(KEY)}.`)).toBe(true);
    expect(box.open(sealed)).toBe("xoxb-123-secret");
    expect(box.seal("xoxb-123-secret")).not.toBe(sealed); // a fresh IV each time
  });

  it("GIVEN a sealed value WHEN one character of it changes THEN it does not open (GCM tag)", () => {
    const box = new SecretBox(KEY);
    const sealed = box.seal("xoxb-123-secret");
    const last = sealed.at(-1) === "A" ? "B" : "A";
    expect(() => box.open(sealed.slice(0, -1) + last)).toThrow();
  });

  it("GIVEN a key rotation WHEN a value sealed under the old key is read THEN it opens with the old key listed, and is stale", () => {
    const sealed = new SecretBox(OLD).seal("xoxe.xoxb-1");
    const rotated = new SecretBox(KEY, [OLD]);
    expect(rotated.open(sealed)).toBe("xoxe.xoxb-1");
    expect(rotated.isStale(sealed)).toBe(true);
    expect(rotated.isStale(rotated.seal("x"))).toBe(false);
    expect(() => new SecretBox(KEY).open(sealed)).toThrow(/TOKEN_ENCRYPTION_OLD_KEYS/);
  });

  it("GIVEN key texts THEN 64 hex characters and 32-byte base64 are read, anything else refused", () => {
    expect(parseKey(KEY.toString("hex"))).toEqual(KEY);
    expect(parseKey(KEY.toString("base64"))).toEqual(KEY);
    expect(parseKey("short")).toBeNull();
    expect(parseKey(randomBytes(16).toString("hex"))).toBeNull();
  });
});
