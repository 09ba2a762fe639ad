import { describe, expect, it } from "vitest";
import { afterchatCommand } from "../../../adapters/discord/commands/definition.js";
import { commandFromOptions, type OptionReader } from "../../../adapters/discord/commands/options.js";
import { CONTENT_ACTIONS } from "../../../src/app/commands/command.js";

function reader(values: Record<string, string | number | boolean>): OptionReader {
  const get = <T>(name: string, type: string) => (typeof values[name] === type ? (values[name] as T) : null);
  return {
    subcommand: "content",
    string: (name) => get<string>(name, "string"),
    integer: (name) => get<number>(name, "number"),
    boolean: (name) => get<boolean>(name, "boolean"),
    user: () => null,
    role: () => null,
    attachment: () => null,
    channel: () => null,
  };
}
const build = (values: Record<string, string | number | boolean>) =>
  commandFromOptions(reader(values), "G1", async () => {
    throw new Error("no download");
  });

describe("/afterchat content on Discord", () => {
  it("GIVEN the definition THEN content offers every action as a required choice, French names included", () => {
    const sub = afterchatCommand().options?.find((o) => o.name === "content");
    expect(sub?.name_localizations?.fr).toBe("contenu");
    const options = (
      sub as { options: Array<{ name: string; required?: boolean; choices?: Array<{ value: string }> }> }
    ).options;
    expect(options[0]).toMatchObject({ name: "make", required: true });
    expect(options[0]?.choices?.map((c) => c.value)).toEqual([...CONTENT_ACTIONS]);
  });

  it.each([
    ["oui", "on"],
    ["Non", "off"],
    ["on", "on"],
  ])(
    "GIVEN approval with who:%s (as the French help shows) THEN approval is %s, as Slack's words",
    (who, on) => {
      expect(build({ make: "approval", who })).toMatchObject({ ok: true, value: { target: on } });
    },
  );

  it("GIVEN options WHEN built THEN the same Command as Slack's parser gives", () => {
    expect(build({ make: "recap", edition: 3, plain: true })).toEqual({
      ok: true,
      value: { name: "content", action: "recap", edition: 3, target: null, plain: true },
    });
    expect(build({ make: "optout", who: "x:@ana" })).toEqual({
      ok: true,
      value: { name: "content", action: "optout", edition: null, target: "x:@ana", plain: false },
    });
    expect(build({ make: "poster" })).toMatchObject({
      ok: false,
      error: { key: "invalid", command: "content" },
    });
  });
});
