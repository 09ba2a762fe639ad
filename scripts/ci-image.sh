#!/usr/bin/env bash
# The Dockerfile's steps without Docker (no daemon on these machines), in a clean temporary folder:
#   build stage:   the files the Dockerfile copies, npm ci (Prisma clients + tsc to dist/), npm prune --omit=dev;
#   runtime stage: only package.json, node_modules, dist, prisma, bin; no dev tool left (tsx, typescript, prisma);
#   then, with docker-compose.yml's environment (PostgreSQL on 127.0.0.1 instead of `db`): the migrate
#   service's command, and the bot's command until /readyz says 200, /healthz too, SIGTERM, exit 0.
# Keep it in step with Dockerfile and docker-compose.yml. Usage: scripts/ci-image.sh  (PG_URL to override.)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PG_BASE="${PG_URL:-postgresql://postgres@127.0.0.1:5432}"
DB="afterchat_image_$$"
WORK="$(mktemp -d)"
BOT_PID=""
cleanup() {
  [ -n "$BOT_PID" ] && kill "$BOT_PID" 2>/dev/null || true
  psql "$PG_BASE/postgres" -qtAc "DROP DATABASE IF EXISTS $DB" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
step() { echo "ci-image: $*"; }

step "build stage in $WORK/build"
mkdir -p "$WORK/build" "$WORK/app"
# The Dockerfile's COPY lines (tracked files only, as in a clean clone).
(cd "$ROOT" && git ls-files -z -- package.json package-lock.json tsconfig.json tsconfig.build.json scripts prisma src adapters bin \
  | xargs -0 tar -cf -) | tar -xf - -C "$WORK/build"
(cd "$WORK/build" && npm ci --no-audit --no-fund --loglevel=error && npm prune --omit=dev --no-audit --no-fund --loglevel=error)

step "runtime stage in $WORK/app"
for path in package.json node_modules dist prisma bin; do cp -a "$WORK/build/$path" "$WORK/app/"; done
for dev in tsx typescript prisma vitest @biomejs; do
  if [ -e "$WORK/app/node_modules/$dev" ]; then echo "ci-image: $dev is still in node_modules after the prune"; exit 1; fi
done
du -sh "$WORK/app/node_modules" "$WORK/app/dist" | sed 's/^/ci-image: size /'

psql "$PG_BASE/postgres" -qtAc "CREATE DATABASE $DB" >/dev/null
PORT="$(node -e 's=require("net").createServer().listen(0,()=>{console.log(s.address().port);s.close()})')"
# docker-compose.yml's x-afterchat-env, with the database on this machine.
export NODE_ENV=production DATABASE_URL="$PG_BASE/$DB" AFTERCHAT_SECRET="ci-image-secret-0123456789abcdef0123456789" \
  LOG_LEVEL=warn DEFAULT_LOCALE=en HOST=127.0.0.1 PORT
unset SLACK_BOT_TOKEN SLACK_SIGNING_SECRET SLACK_APP_TOKEN DISCORD_TOKEN DISCORD_APPLICATION_ID

cd "$WORK/app"
step "migrate service: node bin/afterchat.js migrate"
node bin/afterchat.js migrate

step "bot: node dist/src/main.js"
node dist/src/main.js >"$WORK/bot.log" 2>&1 &
BOT_PID=$!
ready=""
for _ in $(seq 1 300); do
  if curl -sf "http://127.0.0.1:$PORT/readyz" >/dev/null; then ready=1; break; fi
  kill -0 "$BOT_PID" 2>/dev/null || break
  sleep 0.1
done
if [ -z "$ready" ]; then echo "ci-image: the bot did not answer /readyz 200"; cat "$WORK/bot.log"; exit 1; fi
curl -sf "http://127.0.0.1:$PORT/healthz" >/dev/null || { echo "ci-image: /healthz did not answer 200"; exit 1; }
step "readyz 200: $(curl -s "http://127.0.0.1:$PORT/readyz")"

kill -TERM "$BOT_PID"
code=0
wait "$BOT_PID" || code=$?
BOT_PID=""
if [ "$code" -ne 0 ]; then echo "ci-image: exit code $code after SIGTERM"; cat "$WORK/bot.log"; exit 1; fi
step "SIGTERM: exit 0. Image steps OK."
