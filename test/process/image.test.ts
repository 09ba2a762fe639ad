/**
 * The Dockerfile and docker-compose.yml keep the properties scripts/ci-image.sh cannot check without a
 * Docker daemon (docs/deploy.md): non-root, exec-form node as PID 1, liveness health check, two bot
 * replicas with Discord on one only, a one-shot migrate service after a healthy PostgreSQL.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "../..");
const dockerfile = readFileSync(join(ROOT, "Dockerfile"), "utf8");
const compose = readFileSync(join(ROOT, "docker-compose.yml"), "utf8");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
  bin: Record<string, string>;
  dependencies: Record<string, string>;
};

/** The instructions of the last stage (the image that ships). */
function runtimeStage(): string[] {
  const stages = dockerfile.split(/^FROM /m).slice(1);
  return stages
    .at(-1)!
    .split("\n")
    .map((line) => line.trim());
}

describe("Dockerfile", () => {
  it("builds in a first stage and ships node 20 slim with dist and production dependencies only", () => {
    expect(dockerfile.match(/^FROM /gm)).toHaveLength(2);
    expect(runtimeStage()[0]).toMatch(/^node:20-[a-z]+-slim$/);
    expect(dockerfile).toMatch(/npm ci && npm prune --omit=dev/);
    const copied = runtimeStage().filter((line) => line.startsWith("COPY"));
    expect(copied.every((line) => line.startsWith("COPY --from=build"))).toBe(true);
    expect(copied.map((line) => line.split(/\s+/).at(-2))).toEqual([
      "/app/package.json",
      "/app/node_modules",
      "/app/dist",
      "/app/prisma",
      "/app/bin",
    ]);
  });

  it("runs as a non-root user, node itself in exec form, with a liveness health check", () => {
    const stage = runtimeStage();
    expect(stage).toContain("USER node");
    // Unindented: the HEALTHCHECK's own CMD is a continuation line.
    expect(dockerfile.split("\n").filter((line) => line.startsWith("CMD"))).toEqual([
      'CMD ["node", "dist/src/main.js"]',
    ]);
    expect(dockerfile).toMatch(/HEALTHCHECK[^\n]*\n[^\n]*\/healthz/);
    expect(dockerfile).not.toMatch(/HEALTHCHECK[^\n]*\n[^\n]*\/readyz/);
  });
});

describe("docker-compose.yml", () => {
  it("starts PostgreSQL with pg_isready, migrates once, then two bots sharing Discord's shards", () => {
    expect(compose).toMatch(/pg_isready/);
    expect(compose).toMatch(/migrate:[\s\S]*condition: service_healthy[\s\S]*restart: "no"/);
    const bots = compose.split(/^ {2}(?=bot)/m).slice(1);
    expect(bots).toHaveLength(2);
    for (const bot of bots) expect(bot).toMatch(/condition: service_completed_successfully/);
    // Both get Discord: on PostgreSQL they share the shards by lease (docs/discord-setup.md).
    expect(compose).toMatch(/x-discord-env: &discord-env\n {2}DISCORD_TOKEN:/);
    for (const bot of bots) expect(bot).toMatch(/\*discord-env\]/);
    expect(compose).toMatch(/AFTERCHAT_SECRET: \$\{AFTERCHAT_SECRET:\?/);
  });
});

describe("package.json", () => {
  it("starts compiled code and keeps tsx out of production dependencies", () => {
    expect(pkg.scripts.start).toBe("node bin/start.js");
    expect(readFileSync(join(ROOT, "bin/start.js"), "utf8")).toMatch(/"src\/main\.js"/);
    expect(pkg.scripts.prepare).toBe("npm run build");
    expect(readFileSync(join(ROOT, pkg.bin.afterchat!), "utf8")).toMatch(/"src\/cli\.js"/);
    expect(Object.keys(pkg.dependencies)).not.toContain("tsx");
  });
});

describe("a checkout where dist/ was never built (npm ci skipped or failed)", () => {
  it.each(["start.js", "discord-register.js", "afterchat.js"])(
    "GIVEN bin/%s WHEN run THEN one sentence in both languages says to run npm ci, exit 1, no stack",
    (entry) => {
      const dir = mkdtempSync(join(tmpdir(), "afterchat-unbuilt-"));
      cpSync(join(ROOT, "bin"), join(dir, "bin"), { recursive: true });
      writeFileSync(join(dir, "package.json"), '{"type":"module"}');
      const run = spawnSync(process.execPath, [join(dir, "bin", entry)], { encoding: "utf8" });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/not built yet .* run `npm ci`/u);
      expect(run.stderr).toMatch(/pas encore compilé .* lancez d'abord `npm ci`/u);
      expect(run.stderr).not.toMatch(/ERR_MODULE_NOT_FOUND|\n\s+at /u);
    },
  );
});
