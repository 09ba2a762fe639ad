/**
 * Discord refusing a permission (50013 Missing Permissions, 50001 Missing Access), with the real
 * discord.js against the fake: the core gets platform_refused naming, in the reader's language,
 * the permissions the action needs that the bot lacks in that channel, the channel, and who grants
 * them; never "try again" (that stays with platform_failed).
 */
import { afterEach, describe, expect, it } from "vitest";
import { expectedText } from "../../../src/app/reply-error.js";
import { AfterchatError } from "../../../src/errors.js";
import { translator } from "../../../src/i18n/index.js";
import { sentence } from "../../../src/render/message.js";
import { CHAT, type DiscordWorld, discordWorld, G } from "./support/discord-world.js";

let w: DiscordWorld | null = null;
afterEach(async () => {
  await w?.close();
  w = null;
});

const ref = (id: string) => `discord:${G}:${id}`;
/** Embed Links (1 << 14) and Attach Files (1 << 15); @everyone adds View Channel: no Send Messages. */
const NO_SEND = String((1 << 14) | (1 << 15));

function refusal(error: unknown): AfterchatError {
  expect(error).toBeInstanceOf(AfterchatError);
  expect((error as AfterchatError).code).toBe("platform_refused");
  return error as AfterchatError;
}

function said(locale: "en" | "fr", detail: string, permissions: string[]) {
  const t = translator(locale);
  const names = permissions.map((p) => t.t(`discord.permission.${p}` as never)).join(", ");
  return t.t("errors.platform_refused", {
    platform: "Discord",
    detail: t.t(detail as never, { permissions: names, channel: `<#${ref(CHAT)}>` }),
  });
}

describe("Discord permission refusals", () => {
  it("GIVEN the bot's role lacks Send Messages WHEN afterchat posts THEN the user reads that permission and that channel, in English and French", async () => {
    w = await discordWorld({ botRolePermissions: NO_SEND });
    w.fake.failNext("POST", `/channels/${CHAT}/messages`, {
      status: 403,
      code: 50013,
      message: "Missing Permissions",
    });
    const error = refusal(await w.platform.post(ref(CHAT), sentence("the report")).catch((e: unknown) => e));

    expect(error.params.permissionsKeys).toBe("discord.permission.SendMessages");
    for (const locale of ["en", "fr"] as const)
      expect(expectedText(translator(locale), error)).toBe(
        said(locale, "discord.refused.missing_permissions", ["SendMessages"]),
      );
  });

  it("GIVEN a channel override Discord enforces but the cache does not show WHEN afterchat posts THEN every permission posting needs is named", async () => {
    w = await discordWorld();
    w.fake.failNext("POST", `/channels/${CHAT}/messages`, {
      status: 403,
      code: 50013,
      message: "Missing Permissions",
    });
    const error = refusal(await w.platform.post(ref(CHAT), sentence("the report")).catch((e: unknown) => e));

    const all = ["ViewChannel", "SendMessages", "EmbedLinks", "AttachFiles"];
    expect(expectedText(translator("en"), error)).toBe(
      said("en", "discord.refused.missing_permissions", all),
    );
  });

  it("GIVEN the bot cannot see the channel (50001) WHEN afterchat opens a thread there THEN the user reads that it cannot see it", async () => {
    w = await discordWorld();
    w.fake.failNext("POST", `/channels/${CHAT}/messages`, {
      status: 403,
      code: 50001,
      message: "Missing Access",
    });
    const error = refusal(
      await w.platform.openThread(ref(CHAT), "after-party", sentence("hello")).catch((e: unknown) => e),
    );

    expect(error.params.detailKey).toBe("discord.refused.missing_access");
    const needed = ["ViewChannel", "SendMessages", "CreatePublicThreads", "SendMessagesInThreads"];
    expect(expectedText(translator("fr"), error)).toBe(said("fr", "discord.refused.missing_access", needed));
  });

  it("GIVEN another Discord failure (unknown channel) THEN it is not turned into a permission sentence", async () => {
    w = await discordWorld();
    w.fake.failNext("POST", `/channels/${CHAT}/messages`, {
      status: 404,
      code: 10003,
      message: "Unknown Channel",
    });
    const error = await w.platform.post(ref(CHAT), sentence("x")).catch((e: unknown) => e);

    expect(error).not.toBeInstanceOf(AfterchatError);
    expect(error).toMatchObject({ code: 10003 });
  });
});

describe("the permanent sentences", () => {
  it("THEN none of them tells the reader to try again, in either language", () => {
    for (const locale of ["en", "fr"] as const) {
      const t = translator(locale);
      const again = locale === "en" ? /try again/i : /réessayez/i;
      const keys = [
        "errors.platform_refused",
        "discord.refused.missing_permissions",
        "discord.refused.missing_access",
        "slack.refused.not_in_channel",
        "slack.refused.channel_not_found",
        "slack.refused.is_archived",
        "slack.refused.missing_scope",
        "slack.refused.no_dm",
      ];
      for (const key of keys) expect(t.t(key as never, { platform: "X", detail: "d" })).not.toMatch(again);
      // The passing one still does: the distinction is the point.
      expect(t.t("errors.platform_failed", { platform: "X", detail: "d" })).toMatch(again);
    }
  });
});
