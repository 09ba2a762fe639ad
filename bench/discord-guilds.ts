/**
 * How many Discord servers one process holds (issue 15, point 7): one shard's client (the Guilds
 * intent afterchat asks for) logs in to the fake gateway with `guilds` servers of 10 channels,
 * 5 roles and 5 members each, in a child process; reports the time to ready and the memory the
 * guild cache takes. Discord puts at most 2,500 servers on a shard.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";
import { startFakeDiscord } from "../test/support/fake-discord.js";
import { guildIdOnShard } from "../test/support/fake-discord-gateway.js";

function guild(n: number) {
  const id = guildIdOnShard(0, 1, n);
  const at = (k: number) => String(BigInt(id) + BigInt(k));
  return {
    id,
    name: `Server ${n}`,
    channels: Array.from({ length: 10 }, (_, k) => ({ id: at(k + 1), name: `channel-${k}` })),
    roles: Array.from({ length: 5 }, (_, k) => ({ id: at(k + 20), name: `role-${k}` })),
    members: Array.from({ length: 5 }, (_, k) => ({ id: at(k + 40), username: `member-${n}-${k}` })),
  };
}

export async function benchDiscordGuilds(guilds = 2500): Promise<Record<string, number>> {
  const fake = await startFakeDiscord({ guilds: Array.from({ length: guilds }, (_, n) => guild(n)) });
  try {
    const child = spawn(
      process.execPath,
      ["--expose-gc", "--import", "tsx", join("bench", "discord-guilds-child.ts"), fake.apiUrl],
      { env: { ...process.env, LOG_LEVEL: "silent" }, stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (c: Buffer) => (out += c.toString()));
    const code = await new Promise<number | null>((done) => child.once("exit", done));
    if (code !== 0) throw new Error(`discord-guilds-child exited with ${code}`);
    return JSON.parse(out.slice(out.indexOf("{")));
  } finally {
    await fake.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  console.log(JSON.stringify(await benchDiscordGuilds(Number(process.argv[2] ?? 2500))));
