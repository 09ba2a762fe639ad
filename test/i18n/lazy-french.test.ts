import { describe, expect, it, vi } from "vitest";

// Counts the French catalogue's builds: frenchSpacing runs over every French sentence when it is built.
const spacing = vi.hoisted(() => ({ calls: 0 }));
vi.mock("../../src/i18n/typography.js", async (original) => {
  const real = await original<typeof import("../../src/i18n/typography.js")>();
  return {
    ...real,
    frenchSpacing: (text: string) => {
      spacing.calls += 1;
      return real.frenchSpacing(text);
    },
  };
});

const { translator } = await import("../../src/i18n/index.js");

describe("GIVEN a command line run in English", () => {
  it("WHEN its translator is made THEN the French catalogue is not built (start-up of help and report)", () => {
    expect(translator("en").t("cli.usage")).toContain("afterchat");
    expect(spacing.calls).toBe(0);
  });

  it("WHEN a Discord translator is made THEN both languages are built, as its command rewriting reads them", () => {
    translator("en", "discord").t("cli.usage");
    expect(spacing.calls).toBeGreaterThan(0);
  });
});
