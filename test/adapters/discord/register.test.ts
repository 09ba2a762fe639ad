import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BOT_PERMISSIONS, inviteUrl } from "../../../adapters/discord/invite.js";
import { registerCommands } from "../../../adapters/discord/register.js";
import { COMMAND_NAMES } from "../../../src/app/commands/command.js";
import { type FakeDiscord, startFakeDiscord } from "../../support/fake-discord.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const GUILD = "910000000000000001";
const TOKEN = "fake-register-token-0123456789abcdef";
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await startFakeDiscord({ guilds: [{ id: GUILD, name: "Café chat" }] });
});

afterAll(async () => {
  await fake?.close();
});

describe("registering /afterchat with Discord", () => {
  it("GIVEN a guild id THEN the command is bulk-overwritten in that guild, with every sub-command", async () => {
    const done = await registerCommands({
      token: TOKEN,
      applicationId: fake.applicationId,
      apiUrl: fake.apiUrl,
      guildId: GUILD,
      retries: 0,
    });

    const [put] = fake.calls("PUT", "/applications/:app/guilds/:gid/commands");
    expect(put?.params).toEqual({ app: fake.applicationId, gid: GUILD });
    expect(put?.authorization).toBe(`Bot ${TOKEN}`);
    expect(put?.body).toEqual([expect.objectContaining({ name: "afterchat", type: 1 })]);
    expect(done).toMatchObject({
      scope: "guild",
      commands: [{ name: "afterchat" }],
      subcommands: COMMAND_NAMES.length,
    });
    expect(fake.world.commands.get(GUILD)?.[0]?.options).toHaveLength(COMMAND_NAMES.length);
  });

  it("GIVEN no guild id THEN the command is registered globally", async () => {
    const done = await registerCommands({
      token: TOKEN,
      applicationId: fake.applicationId,
      apiUrl: fake.apiUrl,
      guildId: null,
      retries: 0,
    });
    expect(done.scope).toBe("global");
    expect(fake.calls("PUT", "/applications/:app/commands")).toHaveLength(1);
  });

  it("GIVEN `npm run discord:register` with the environment set THEN it registers and never prints the token", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "afterchat-register-"));
    try {
      const { stdout, stderr } = await promisify(execFile)(
        join(ROOT, "node_modules/.bin/tsx"),
        [join(ROOT, "scripts/discord-register.ts")],
        {
          cwd,
          env: {
            PATH: process.env.PATH ?? "",
            DISCORD_TOKEN: TOKEN,
            DISCORD_APPLICATION_ID: fake.applicationId,
            DISCORD_API_URL: fake.apiUrl,
            DISCORD_GUILD_ID: GUILD,
          },
        },
      );
      expect(stdout).toContain(
        `Registered /afterchat with ${COMMAND_NAMES.length} sub-commands in server ${GUILD}.`,
      );
      expect(stdout).toContain(inviteUrl(fake.applicationId));
      expect(`${stdout}${stderr}`).not.toContain(TOKEN);
      expect(fake.calls("PUT", "/applications/:app/guilds/:gid/commands")).toHaveLength(2);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });

  it("GIVEN Discord refuses the token THEN the script fails with a readable line and no token", async () => {
    fake.failNext("PUT", "/applications/:app/guilds/:gid/commands", {
      status: 401,
      code: 0,
      message: "401: Unauthorized",
    });
    const cwd = mkdtempSync(join(tmpdir(), "afterchat-register-"));
    try {
      const failed = await promisify(execFile)(
        join(ROOT, "node_modules/.bin/tsx"),
        [join(ROOT, "scripts/discord-register.ts")],
        {
          cwd,
          env: {
            PATH: process.env.PATH ?? "",
            DISCORD_TOKEN: TOKEN,
            DISCORD_APPLICATION_ID: fake.applicationId,
            DISCORD_API_URL: fake.apiUrl,
            DISCORD_GUILD_ID: GUILD,
          },
        },
      ).then(
        () => null,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failed?.code).toBe(1);
      expect(failed?.stderr).toContain("Discord refused the registration: 401: Unauthorized");
      expect(`${failed?.stdout}${failed?.stderr}`).not.toContain(TOKEN);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});

describe("the set-up guide", () => {
  it("GIVEN docs/discord-setup.md THEN its invite link asks for exactly the permissions the bot uses", () => {
    const doc = readFileSync(join(ROOT, "docs/discord-setup.md"), "utf8");
    expect(doc).toContain(inviteUrl("APPLICATION_ID"));
    expect(doc).toContain(`(\`${BOT_PERMISSIONS}\`)`);
  });
});
